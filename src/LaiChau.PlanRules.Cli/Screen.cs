using Spectre.Console;
using Spectre.Console.Rendering;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// Where text output goes. On a terminal: Spectre.Console with colours and rounded tables. Redirected, in a file,
/// with <c>--no-color</c> or <c>NO_COLOR</c>: the same tables in plain ASCII, no ANSI codes, a fixed width of 200
/// columns so the output does not depend on the machine; text lines are never wrapped.
/// </summary>
internal sealed class Screen
{
    private const int PlainWidth = 200;

    private readonly TextWriter _writer;

    private Screen(IAnsiConsole console, bool fancy, TextWriter writer)
    {
        Console = console;
        Fancy = fancy;
        _writer = writer;
    }

    public IAnsiConsole Console { get; }

    public bool Fancy { get; }

    public static Screen Create(TextWriter writer, bool terminal)
    {
        var fancy = terminal && Environment.GetEnvironmentVariable("NO_COLOR") is not { Length: > 0 };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = fancy ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = fancy ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!fancy)
        {
            console.Profile.Width = PlainWidth;
            console.Profile.Capabilities.Unicode = false;
        }

        return new Screen(console, fancy, writer);
    }

    /// <summary>A table in this screen's border style, with the given column headers.</summary>
    public Table NewTable(params string[] headers)
    {
        var table = new Table { Border = Fancy ? TableBorder.Rounded : TableBorder.Ascii };
        foreach (var header in headers) table.AddColumn(header);
        return table;
    }

    /// <summary>
    /// Writes a line: styled through Spectre on a terminal; as is, never wrapped, otherwise. Control characters,
    /// escape sequences, line breaks and bidirectional overrides in it are shown escaped (<see cref="PrintableText"/>).
    /// </summary>
    public void Line(string text = "", Style? style = null)
    {
        text = PrintableText.Escape(text);
        if (!Fancy)
        {
            _writer.WriteLine(text);
            return;
        }

        Console.Write(new Text(text, style ?? Style.Plain));
        Console.WriteLine();
    }

    public void Heading(string text)
    {
        Console.WriteLine();
        Line(text, new Style(decoration: Decoration.Bold));
        Line(new string('=', Math.Min(text.Length, PlainWidth)));
    }

    public void Write(IRenderable renderable) => Console.Write(renderable);

    /// <summary>A table cell; its text escaped as <see cref="Line"/> escapes.</summary>
    public static IRenderable Cell(string text, Style? style = null) => new Text(PrintableText.Escape(text), style ?? Style.Plain);

    /// <summary>Writes one line of plain text to <paramref name="writer"/>, escaped as <see cref="Line"/> escapes.</summary>
    public static void SafeLine(TextWriter writer, string text) => writer.WriteLine(PrintableText.Escape(text));
}
