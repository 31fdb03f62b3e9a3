using System.CommandLine;
using System.Text;

namespace LaiChau.PlanRules.Cli;

/// <summary>What every command of one run shares: the writers, the machine, the language.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, CliEnvironment environment, Loc loc)
{
    public TextWriter Out => output;

    public TextWriter Error => error;

    public CliEnvironment Environment => environment;

    public Loc Loc => loc;

    /// <summary>The <c>--no-color</c> option, recursive from the root.</summary>
    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Recursive = true,
        Description = loc.T("Không dùng màu và khung bảng (cũng tắt khi đầu ra được chuyển hướng hoặc có NO_COLOR).", "No colours or box tables (also off when output is redirected or NO_COLOR is set)."),
    };

    /// <summary>The <c>--lang</c> option, recursive from the root (read before parsing, see <see cref="Loc.FromArgs"/>).</summary>
    public Option<string> Lang { get; } = CreateLang(loc);

    /// <summary>A screen on stdout: fancy only on a terminal without --no-color.</summary>
    public Screen OpenScreen(ParseResult r) => Screen.Create(output, environment.IsTerminal && !r.GetValue(NoColor));

    /// <summary>Runs <paramref name="write"/> on stdout, or on the file of <c>--output</c> (UTF-8 without a byte-order mark; plain text).</summary>
    public void WriteTo(string? path, Action<TextWriter, bool> write)
    {
        if (path is null)
        {
            write(output, environment.IsTerminal);
            output.Flush();
            return;
        }

        using var stream = OpenOutput(path);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        write(writer, false);
    }

    public Stream OpenOutput(string path)
    {
        try
        {
            return File.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException(loc.T($"Không ghi được tệp kết quả {path}: {e.Message}", $"Cannot write the output file {path}: {e.Message}"));
        }
    }

    private static Option<string> CreateLang(Loc loc)
    {
        var o = new Option<string>("--lang")
        {
            Recursive = true,
            HelpName = "vi|en",
            DefaultValueFactory = _ => "vi",
            Description = loc.T("Ngôn ngữ: vi (mặc định) hoặc en.", "Language: vi (default) or en."),
        };
        o.AcceptOnlyFromAmong("vi", "en");
        return o;
    }
}
