using System.Text;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>Exit codes, usage errors and broken inputs: exit 2, one line on stderr naming the file and the line, never a stack trace.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        // Truncated: the reader reaches the end inside an array.
        { "truncated.json", "{\n  \"schemaVersion\": 1,\n  \"reports\": [\n    { \"id\": \"R1\", \"body\": \"so-noi-vu\", \"period\": 2024, \"receivedAt\": \"2024-12-16\" }\n", "line 5" },
        // A string where a number is expected.
        { "wrong-type.json", "{\n  \"schemaVersion\": 1,\n  \"reports\": [\n    { \"id\": \"R1\", \"body\": \"so-noi-vu\", \"period\": \"twenty\", \"receivedAt\": \"2024-12-16\" }\n  ]\n}\n", "line 4" },
        // An id the catalog does not have: found during evaluation, located afterwards.
        { "unknown-body.json", "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2025-12-20\",\n  \"plan\": { \"signedOn\": \"2024-10-15\" },\n  \"reports\": [\n    { \"id\": \"R1\", \"body\": \"so-khong-co\", \"period\": 2024, \"receivedAt\": \"2024-12-16\" }\n  ]\n}\n", "line 6" },
        // A day that does not exist.
        { "impossible-date.json", "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2025-02-30\"\n}\n", "line 3" },
        // Deeper than the depth limit of 32.
        { "deep.json", "{\n  \"schemaVersion\": 1,\n  \"description\": " + new string('[', 40) + new string(']', 40) + "\n}\n", "line 3" },
        // A plan number that is not a state document number: an input error, not an internal one.
        { "bad-number.json", "{\n  \"schemaVersion\": 1,\n  \"plan\": { \"number\": \"số 5\", \"signedOn\": \"2024-10-15\" }\n}\n", "line 3" },
        // A type-name payload: $type is an unknown member, never a type to create.
        { "type-payload.json", "{\n  \"schemaVersion\": 1,\n  \"$type\": \"System.IO.FileInfo, System.IO.FileSystem\"\n}\n", "line 3" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Run_BrokenEvidence_ExitsTwoWithOneLineNamingFileAndLine(string name, string content, string line)
    {
        var path = _dir.Write(name, content);

        var result = CliRunner.Run("check", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        var only = Assert.Single(result.ErrorLines);
        Assert.StartsWith("Input error: " + path, only);
        Assert.Contains(line, only);
        Assert.DoesNotContain(" at ", only);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Run_BrokenEvidenceInVietnamese_LabelsTheLineInVietnamese()
    {
        var path = _dir.Write("bad.json", "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2025-02-30\"\n}\n");

        var result = CliRunner.Run("check", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^Lỗi dữ liệu vào: .*bad\.json, \$\.asOf, dòng 3, cột \d+: '2025-02-30' không phải là ngày hợp lệ", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("unknown-member.json", "{\n  \"schemaVersion\": 1,\n  \"colour\": 1\n}\n", "Trường 'colour' không có trong định dạng này", "Could not find member 'colour'.")]
    [InlineData("impossible-date.json", "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2025-02-30\"\n}\n", "'2025-02-30' không phải là ngày hợp lệ: tháng 2 năm 2025 chỉ có 28 ngày.", "'2025-02-30' is not a date: 28 is the last day of month 2 of 2025.")]
    [InlineData("unknown-body.json", "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2025-12-20\",\n  \"plan\": { \"signedOn\": \"2024-10-15\" },\n  \"reports\": [\n    { \"id\": \"R1\", \"body\": \"so-khong-co\", \"period\": 2024, \"receivedAt\": \"2024-12-16\" }\n  ]\n}\n", "Không có mã cơ quan, đơn vị 'so-khong-co'", "Unknown body id 'so-khong-co'")]
    public void Run_BrokenEvidence_GivesTheReasonInVietnameseByDefaultAndInEnglishWithLangEn(string name, string content, string vi, string en)
    {
        var path = _dir.Write(name, content);

        var vietnamese = Assert.Single(CliRunner.Run("check", path).ErrorLines);
        var english = Assert.Single(CliRunner.Run("check", path, "--lang", "en").ErrorLines);

        Assert.StartsWith("Lỗi dữ liệu vào: " + path + ", ", vietnamese);
        Assert.Contains(vi, vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain(en, vietnamese, StringComparison.Ordinal);
        Assert.Contains(", dòng ", vietnamese, StringComparison.Ordinal);
        Assert.StartsWith("Input error: " + path + ", ", english);
        Assert.Contains(en, english, StringComparison.Ordinal);
        Assert.DoesNotContain(vi, english, StringComparison.Ordinal);
        Assert.Contains(", line ", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FileOverTheSizeLimit_ExitsTwoNamingTheFile()
    {
        // 50 MB, generated here and deleted with the folder: never committed.
        var path = _dir.PathOf("big.json");
        using (var stream = File.Create(path))
        {
            var head = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"description\":\"");
            stream.Write(head);
            var block = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024));
            for (var i = 0; i < 50; i++) stream.Write(block);
            stream.Write(Encoding.UTF8.GetBytes("\"}"));
        }

        var result = CliRunner.Run("check", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        var only = Assert.Single(result.ErrorLines);
        Assert.StartsWith("Input error: " + path + ": The input is larger than the limit of 16,777,216 bytes", only);
    }

    [Fact]
    public void Run_MaxBytesRaised_ReadsALargerFile()
    {
        // 20 KB of description, read with a limit of 10 KB (refused) and of 1 MB (accepted).
        var path = _dir.Write("padded.json", "{\"schemaVersion\":1,\"asOf\":\"2025-12-20\",\"plan\":{\"signedOn\":\"2024-10-15\"},\"description\":\"" + new string('x', 20_000) + "\"}");

        Assert.Equal(2, CliRunner.Run("check", path, "--max-bytes", "10000").ExitCode);
        Assert.Equal(0, CliRunner.Run("check", path, "--max-bytes", "1000000").ExitCode);
    }

    [Fact]
    public void Run_EvidencePerObligationLimit_RefusedThenRaised()
    {
        // Four reports of Sở Y tế for 2025: over a limit of 3 (exit 2, one line naming the flag), within one of 4.
        var reports = string.Join(",", Enumerable.Range(0, 4).Select(i => $"{{\"id\":\"R{i}\",\"body\":\"so-y-te\",\"period\":2025,\"receivedAt\":\"2025-12-10T15:00:00+07:00\",\"deliveredTo\":\"so-noi-vu\"}}"));
        var path = _dir.Write("dup.json", "{\"schemaVersion\":1,\"asOf\":\"2025-12-20\",\"plan\":{\"signedOn\":\"2024-10-15\"},\"reports\":[" + reports + "]}");

        var refused = CliRunner.Run("check", path, "--max-evidence-per-obligation", "3", "--lang", "en");
        var raised = CliRunner.Run("check", path, "--max-evidence-per-obligation", "4");

        Assert.Equal(2, refused.ExitCode);
        var only = Assert.Single(refused.ErrorLines);
        Assert.Contains("reports[3]", only, StringComparison.Ordinal);
        Assert.Contains("--max-evidence-per-obligation", only, StringComparison.Ordinal);
        Assert.Equal(0, raised.ExitCode);
    }

    [Theory]
    [InlineData("check", "--bogus")] // an unknown option (System.CommandLine would take it for FILE)
    [InlineData("check", "--format", "xml")] // a format that does not exist
    [InlineData("check", "--as-of", "2025-13-01")] // month 13
    [InlineData("check", "--fail-on", "sometimes")] // not a severity
    [InlineData("nothing")] // an unknown command
    [InlineData()] // no command at all
    [InlineData("calendar")] // a required argument missing
    [InlineData("check", "--register-of", "so-noi-vu")] // --register-of without --register
    public void Run_BadUsage_ExitsTwoWithOneLine(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Lỗi cú pháp lệnh: ", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Run_BadUsageWithLangEn_SaysSoInEnglish()
    {
        var result = CliRunner.Run("check", "--format", "xml", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Usage error: ", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Run_MissingFile_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("check", _dir.PathOf("nowhere.json"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.json", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Run_Help_PrintsTheCommandsAndExitsZero()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "check", "explain", "plan", "bodies", "calendar", "rules", "schema" })
        {
            Assert.Contains(command, result.Out);
        }
    }

    [Fact]
    public void Run_Version_PrintsAVersionAndExitsZero()
    {
        // In process the entry assembly is the test host; ProgramTests checks the tool's own version.
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Out.Trim());
    }
}
