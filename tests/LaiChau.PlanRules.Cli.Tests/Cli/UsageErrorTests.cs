using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>
/// Every way a command line goes wrong that issue 15 lists, in four settings (Vietnamese by default, <c>--lang en</c>,
/// <c>LANG=en_US.UTF-8</c>, <c>LANG=C.UTF-8</c>): exit 2, one line on stderr that says what to do, in the run's language,
/// with no framework text or type name in it.
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    // What System.CommandLine or .NET would have said, or a type name: none may reach the user.
    private static readonly string[] Forbidden =
    [
        "System.", "Exception", "Int32", "Int64", "Required command", "Unrecognized command", "Required argument", "Access to the path",
        "expected type", "Cannot parse argument", "is not a valid value", "Option '", "   at ",
    ];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public enum Setting
    {
        Default,
        LangOptionEn,
        LangEnvEn,
        LangEnvC,
    }

    /// <summary>Each case: its arguments ({dir} is a folder that exists), what the Vietnamese and the English line must say, and what neither may.</summary>
    public static TheoryData<string, string[], string[], string[], string[]> Cases => new()
    {
        { "misspelt option names the option", ["check", "--asof", "2026-01-15"], ["không có tùy chọn --asof", "--as-of?"], ["unknown option --asof; did you mean --as-of?"], ["'2026-01-15'"] },
        { "unknown command suggests the nearest", ["chek"], ["không có lệnh 'chek'", "có phải ý bạn là 'check'?"], ["unknown command 'chek'; did you mean 'check'?"], [] },
        { "a year in words", ["calendar", "2026x"], ["YEAR '2026x'", "năm, ví dụ 2026"], ["YEAR '2026x'", "a year, for example 2026"], [] },
        { "a directory as input", ["check", "{dir}"], ["là một thư mục"], ["is a directory"], ["denied"] },
        { "a directory as --plan", ["check", "--plan", "{dir}"], ["là một thư mục"], ["is a directory"], ["denied"] },
        { "a month-first date names both forms", ["check", "--as-of", "01/15/2026"], ["'01/15/2026'", "YYYY-MM-DD", "dd/MM/yyyy"], ["'01/15/2026'", "YYYY-MM-DD", "dd/MM/yyyy"], [] },
        { "a value not among the choices", ["check", "--format", "xml"], ["--format 'xml'", "text, json, csv, xlsx, html"], ["--format 'xml'", "one of text, json, csv, xlsx, html"], [] },
        { "a CSV separator not among the choices", ["check", "--format", "csv", "--csv-separator", "|"], ["--csv-separator '|'", ",, ;"], ["--csv-separator '|'", "one of ,, ;"], [] },
        { "no command", [], ["thiếu lệnh", "check, explain"], ["missing command", "check, explain"], [] },
        { "a missing argument", ["calendar"], ["thiếu YEAR", "năm, ví dụ 2026"], ["missing YEAR", "a year, for example 2026"], [] },
        { "a missing required option", ["draft", "urging"], ["thiếu --period", "năm, ví dụ 2026"], ["missing --period", "a year, for example 2026"], [] },
        { "an option without its value", ["check", "--signed-on"], ["--signed-on cần một giá trị"], ["--signed-on needs a value"], [] },
        { "one argument too many", ["check", "a.json", "b.json"], ["thừa tham số 'b.json'"], ["unexpected argument 'b.json'"], [] },
        { "a number that is not one", ["check", "--max-bytes", "abc"], ["--max-bytes 'abc'", "số nguyên dương"], ["--max-bytes 'abc'", "positive whole number"], [] },
        { "an unknown option far from any", ["check", "--bogus"], ["không có tùy chọn --bogus"], ["no option --bogus"], [] },
        { "--version with a command", ["--version", "check"], ["--version không đi kèm"], ["--version takes no command"], [] },
        { "stdin for a file the library opens", ["check", "--calendar", "-"], ["--calendar không đọc được '-'"], ["--calendar cannot read '-'"], [] },
    };

    public static IEnumerable<object[]> CasesInEverySetting =>
        from object[] c in Cases
        from s in Enum.GetValues<Setting>()
        select new object[] { c[0], c[1], c[2], c[3], c[4], s };

    [Theory]
    [MemberData(nameof(CasesInEverySetting))]
    public void Run_BadCommandLine_ExitsTwoWithOneActionableLineInTheRunsLanguage(string name, string[] args, string[] vi, string[] en, string[] never, Setting setting)
    {
        args = [.. args.Select(a => a == "{dir}" ? _dir.Root : a)];
        var (locale, extra, english) = setting switch
        {
            Setting.LangOptionEn => (null, new[] { "--lang", "en" }, true),
            Setting.LangEnvEn => ("en_US.UTF-8", [], true),
            Setting.LangEnvC => ("C.UTF-8", [], false),
            _ => ((string?)null, Array.Empty<string>(), false),
        };

        var result = CliRunner.RunWith(locale, null, [.. args, .. extra]);

        Assert.True(result.ExitCode == 2, $"{name}: exit {result.ExitCode}, stderr {result.Error}");
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(english ? "Usage error: " : "Lỗi cú pháp lệnh: ", line.Replace("Input error: ", "Usage error: ").Replace("Lỗi dữ liệu vào: ", "Lỗi cú pháp lệnh: "));
        foreach (var expected in english ? en : vi) Assert.Contains(expected, line);
        foreach (var bad in never.Concat(Forbidden)) Assert.DoesNotContain(bad, line);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("check", "--as-of", "15/01/2026")]
    [InlineData("check", "--as-of", "2026-01-15")]
    public void Run_AsOfInEitherForm_IsTheSameDay(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Tính đến ngày: 15/01/2026 (theo tham số --as-of)", result.Out);
    }

    [Fact]
    public void Run_BodiesOnInEitherForm_IsTheSameDay()
    {
        Assert.Equal(CliRunner.Run("bodies", "--on", "2025-08-01").Out, CliRunner.Run("bodies", "--on", "01/08/2025").Out);
    }

    [Fact]
    public void Run_EvidenceFromStandardInput_ChecksItAndNamesItStdin()
    {
        var path = RepoFiles.Path("samples/data/illustrative-evidence.json");
        using var stdin = File.OpenRead(path);

        var fromStdin = CliRunner.RunWith(null, stdin, "check", "-", "--format", "json");
        var fromFile = CliRunner.Run("check", path, "--format", "json");

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Out, fromStdin.Out);
        Assert.Contains("Dữ liệu: stdin", CliRunner.RunWith(null, new MemoryStream(File.ReadAllBytes(path)), "check", "-").Out);
    }

    [Fact]
    public void Run_BrokenStandardInput_NamesStdin()
    {
        var result = CliRunner.RunWith(null, new MemoryStream("{ \"schemaVersion\": 1, "u8.ToArray()), "check", "-", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Input error: stdin", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Run_ExplainAsJson_GivesTheFindingRuleClauseAndDeadlineSteps()
    {
        var result = CliRunner.Run("explain", "REPORT_LATE:annual-report:so-xay-dung:2024", "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var json = JObject.Parse(result.Out);
        Assert.Equal("REPORT_LATE", (string?)json["finding"]!["code"]);
        Assert.Equal("III.1.d4", (string?)json["clause"]!["path"]);
        Assert.Equal("2026-03-13", (string?)json["asOf"]);
        Assert.NotEmpty(json["deadlineSteps"]!);
        Assert.False(string.IsNullOrEmpty((string?)json["rule"]!["description"]!["vi"]));
    }

    [Theory]
    [InlineData("rules", "rules")]
    [InlineData("bodies", "bodies")]
    [InlineData("calendar", "daysOff", "2026")]
    [InlineData("plan", "clauses")]
    public void Run_DataCommandAsJson_ParsesWithItsList(string command, string list, params string[] rest)
    {
        var result = CliRunner.Run([command, .. rest, "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(JObject.Parse(result.Out)[list]!);
    }

    [Fact]
    public void Run_CsvSeparatorSemicolon_SeparatesEveryFieldWithIt()
    {
        var comma = CliRunner.Run("check", "--format", "csv");
        var semicolon = CliRunner.Run("check", "--format", "csv", "--csv-separator", ";");

        Assert.Equal(0, semicolon.ExitCode);
        Assert.StartsWith("\uFEFFMã;Mức độ;Cơ quan;Kỳ;", semicolon.Out);
        Assert.StartsWith("\uFEFFMã,Mức độ,Cơ quan,Kỳ,", comma.Out);
        Assert.Equal(comma.Out.Split('\n').Length, semicolon.Out.Split('\n').Length);
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("explain")]
    [InlineData("draft")]
    [InlineData("draft", "urging")]
    [InlineData("plan")]
    [InlineData("plan", "import")]
    [InlineData("bodies")]
    [InlineData("calendar")]
    [InlineData("rules")]
    [InlineData("schema")]
    public void Help_EveryCommand_IsAllVietnameseOrAllEnglishAndNamesTheDocsFolder(params string[] command)
    {
        var vi = CliRunner.Run([.. command, "--help"]);
        var en = CliRunner.RunWith("en_GB.UTF-8", null, [.. command, "--help"]);

        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Cách dùng: planrules", vi.Out);
        Assert.Contains("Tùy chọn:", vi.Out);
        foreach (var english in new[] { "Usage:", "Options:", "Arguments:", "Commands:", "Show help", "Show version", "Description:" })
        {
            Assert.DoesNotContain(english, vi.Out);
        }

        Assert.Contains("Usage: planrules", en.Out);
        Assert.DoesNotContain("Cách dùng", en.Out);
        var docs = System.Text.RegularExpressions.Regex.Match(vi.Out, @"Tài liệu: (\S+cli\.md)").Groups[1].Value;
        Assert.True(File.Exists(docs), $"the help names {docs}, which does not exist");
    }

    [Fact]
    public void Process_LangEnvironmentVariable_ChoosesTheLanguageOfErrors()
    {
        Assert.StartsWith("Usage error: unknown command 'chek'", CliRunner.RunProcessWith("en_US.UTF-8", "chek").Error);
        Assert.StartsWith("Lỗi cú pháp lệnh: không có lệnh 'chek'", CliRunner.RunProcessWith("C.UTF-8", "chek").Error);
    }

    [Theory]
    [InlineData(null, "Lỗi cú pháp lệnh: --lang 'fr' không hợp lệ: cần một trong vi, en.")]
    [InlineData("en_AU.UTF-8", "Usage error: --lang 'fr' is not valid: expected one of vi, en.")]
    public void Run_UnknownLanguage_IsSaidInTheLocalesLanguage(string? locale, string start)
    {
        var result = CliRunner.RunWith(locale, null, "rules", "--lang", "fr");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(start, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Distance_CountsEditsAndSwaps()
    {
        Assert.Equal(1, UsageErrors.Distance("chek", "check"));
        Assert.Equal(1, UsageErrors.Distance("--asof", "--as-of"));
        Assert.Equal(1, UsageErrors.Distance("chekc", "check"));
        Assert.Null(UsageErrors.Nearest("zzzzzz", ["check", "explain"]));
    }
}
