using System.Globalization;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>
/// A few dozen real `planrules check` processes on broken evidence files: each exits 2 with exactly one line on
/// stderr that names the file, and never prints a stack trace. The in-process fuzzing over 12,000 cases is in
/// the library's Reliability tests; these confirm the installed program behaves the same way.
/// </summary>
public sealed class BrokenInputProcessRunsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string> Cases()
    {
        var demo = EvidenceWriter.Serialize(DemoEvidence.Load());
        var data = new TheoryData<string, string>();
        // Truncations of the real demo file at 24 points spread over it.
        for (var i = 1; i <= 24; i++)
        {
            var cut = demo.Length * i / 25;
            data.Add(string.Create(CultureInfo.InvariantCulture, $"truncated-{i:00}"), demo[..cut]);
        }

        // One-token mutations that each break a different rule of the format.
        data.Add("impossible-date", demo.Replace("\"2026-03-13\"", "\"2025-02-30\"", StringComparison.Ordinal));
        data.Add("unknown-body", ReplaceFirst(demo, "\"body\": \"so-xay-dung\"", "\"body\": \"so-khong-ton-tai\""));
        data.Add("wrong-type", ReplaceFirst(demo, "\"period\": 2024", "\"period\": \"hai nghìn\""));
        data.Add("unknown-field", ReplaceFirst(demo, "\"schemaVersion\": 1", "\"schemaVersion\": 1, \"colour\": \"red\""));
        data.Add("type-payload", ReplaceFirst(demo, "\"schemaVersion\": 1", "\"$type\": \"System.IO.FileInfo, System.IO.FileSystem\", \"schemaVersion\": 1"));
        data.Add("duplicate-key", ReplaceFirst(demo, "\"schemaVersion\": 1", "\"schemaVersion\": 1, \"schemaVersion\": 1"));
        data.Add("schema-version", ReplaceFirst(demo, "\"schemaVersion\": 1", "\"schemaVersion\": 7"));
        data.Add("huge-number", ReplaceFirst(demo, "\"period\": 2024", "\"period\": 99999999999999999999"));
        data.Add("deep-nesting", "{\"schemaVersion\":1,\"description\":" + new string('[', 200) + new string(']', 200) + "}");
        data.Add("not-an-object", "[1, 2, 3]");
        data.Add("null-report", ReplaceFirst(demo, "\"reports\": [", "\"reports\": [ null,"));
        data.Add("empty", string.Empty);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_BrokenFile_ExitsTwoWithOneLineNamingTheFile(string name, string content)
    {
        var path = _dir.Write(name + ".json", content);

        var result = CliRunner.RunProcess("check", path);

        Assert.True(result.ExitCode == 2, $"{name}: exit {result.ExitCode}, stderr: {result.Error}");
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("Lỗi dữ liệu vào: " + path, line);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", line);
    }

    private static string ReplaceFirst(string s, string find, string replace)
    {
        var i = s.IndexOf(find, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{find}' is not in the demo evidence");
        return s[..i] + replace + s[(i + find.Length)..];
    }
}
