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

    /// <summary>The input files of this run (<c>-</c> is standard input).</summary>
    public InputFiles Files { get; } = new(loc, environment.StandardInput);

    /// <summary>The <c>--no-color</c> option, recursive from the root.</summary>
    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Recursive = true,
        Description = loc.T("Không dùng màu và khung bảng (cũng tắt khi đầu ra được chuyển hướng hoặc có NO_COLOR).", "No colours or box tables (also off when output is redirected or NO_COLOR is set)."),
    };

    /// <summary>The <c>--lang</c> option, recursive from the root (read before parsing, see <see cref="Loc.FromArgs"/>).</summary>
    public Option<string> Lang => _lang ??= CreateLang(loc);

    private Option<string>? _lang;

    private readonly Dictionary<Symbol, string[]> _choices = [];

    /// <summary>Accepts only <paramref name="values"/> for <paramref name="option"/>, and remembers them for the help and for usage errors.</summary>
    public T OneOf<T>(T option, params string[] values)
        where T : Option<string>
    {
        option.AcceptOnlyFromAmong(values);
        _choices[option] = values;
        return option;
    }

    /// <summary>The values <paramref name="option"/> accepts, if it accepts only some.</summary>
    public string[]? Choices(Symbol option) => _choices.GetValueOrDefault(option);

    /// <summary>What a value of the option or argument must be, in words: "năm, ví dụ 2026" / "a year, for example 2026".</summary>
    public string Expected(Symbol symbol)
    {
        if (Choices(symbol) is { } values) return loc.T("một trong ", "one of ") + string.Join(", ", values);
        var name = symbol switch
        {
            Option o => o.HelpName,
            Argument a => a.HelpName ?? a.Name,
            _ => null,
        };
        return name switch
        {
            "YEAR" => loc.T("năm, ví dụ 2026", "a year, for example 2026"),
            "N" => loc.T("số nguyên dương, ví dụ 16777216", "a positive whole number, for example 16777216"),
            "YYYY-MM-DD" => loc.T(CliDates.FormatsVi, CliDates.FormatsEn),
            "BODY" => loc.T("mã cơ quan, ví dụ so-noi-vu", "a body id, for example so-noi-vu"),
            "ID" => loc.T("một mã, ví dụ lai-chau-kh-2024", "an id, for example lai-chau-kh-2024"),
            "ID|CODE" => loc.T("mã phát hiện hoặc mã quy tắc, ví dụ REPORT_LATE", "a finding id or a rule code, for example REPORT_LATE"),
            _ => loc.T("đường dẫn một tệp, hoặc - cho đầu vào chuẩn", "a file path, or - for standard input"),
        };
    }

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
        if (Directory.Exists(path))
        {
            throw new UsageException(loc.T($"Không ghi được tệp kết quả {path}: đó là một thư mục; hãy cho tên tệp.", $"Cannot write the output file {path}: it is a directory; give a file name."));
        }

        try
        {
            return File.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException(loc.T($"Không ghi được tệp kết quả {path}: {e.Message}", $"Cannot write the output file {path}: {e.Message}"));
        }
    }

    private Option<string> CreateLang(Loc loc) => OneOf(
        new Option<string>("--lang")
        {
            Recursive = true,
            HelpName = "vi|en",
            Description = loc.T(
                "Ngôn ngữ: vi hoặc en; mặc định vi, hoặc en khi biến môi trường LANG bắt đầu bằng en.",
                "Language: vi or en; default vi, or en when the LANG environment variable starts with en."),
        },
        "vi",
        "en");
}
