using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>
/// Terminal injection: whatever an input carries (an evidence id, a body name, an unknown member name, the
/// <c>--as-of</c> value, a file name), the human-facing output shows ESC sequences, OSC window titles, BEL,
/// bidirectional overrides and line breaks escaped; stdout and stderr hold no such character but the line ends.
/// </summary>
public sealed class TerminalInjectionTests : IDisposable
{
    // ESC [2J (clear screen), OSC 0 (window title) ended by BEL, U+202E (right-to-left override), a CSI in C1, a line break.
    private const string Hostile = "x\u001B[2J\u001B]0;pwned\u0007\u202E\u009B31m\u2066\ny";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void AssertPrintable(string text)
    {
        var bad = text.Where((c, i) => PrintableText.IsUnsafe(c) && c != '\n').ToList();
        Assert.True(bad.Count == 0, $"Unescaped characters: {string.Join(" ", bad.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    private string DemoWith(string path, string value, string fileName = "evidence.json")
    {
        var json = JObject.Parse(EmbeddedData.ReadText("demo-evidence.json"));
        ((JValue)json.SelectToken(path)!).Value = value;
        return _dir.Write(fileName, json.ToString());
    }

    [Fact]
    public void CheckAndExplain_AnEvidenceIdWithEscapes_IsShownEscaped()
    {
        var file = DemoWith("reports[?(@.id == 'SĐ-2024-0012')].id", Hostile);

        var check = CliRunner.Run("check", file, "--lang", "en");
        var explain = CliRunner.Run("explain", "REPORT_LATE:annual-report:so-xay-dung:2024", file, "--lang", "en");

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains(@"x\u001B[2J\u001B]0;pwned\u0007\u202E\u009B31m\u2066\ny", explain.Out);
        AssertPrintable(check.Out);
        AssertPrintable(explain.Out);
    }

    [Fact]
    public void Bodies_ABodyNameWithEscapes_IsShownEscaped()
    {
        var path = _dir.Write("bodies.json", new JObject
        {
            ["schemaVersion"] = 1,
            ["bodies"] = new JArray(new JObject
            {
                ["id"] = "cong-an-tinh", ["kind"] = "provincialDepartment", ["confidence"] = "confirmed",
                ["names"] = new JArray(new JObject { ["vi"] = "Công an " + Hostile, ["en"] = "Police " + Hostile }),
            }),
        }.ToString());

        var result = CliRunner.Run("bodies", "--bodies", path, "--on", "2025-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(@"\u001B[2J", result.Out);
        AssertPrintable(result.Out);
    }

    [Fact]
    public void Check_AnUnknownMemberOrBodyWithEscapes_OneEscapedLineOnStderr()
    {
        var member = _dir.Write("member.json", "{ \"schemaVersion\": 1, \"" + Hostile.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u001B", "\\u001b", StringComparison.Ordinal).Replace("\u0007", "\\u0007", StringComparison.Ordinal).Replace("\u009B", "\\u009b", StringComparison.Ordinal) + "\": 1 }");
        var body = DemoWith("reports[0].body", Hostile);

        foreach (var result in new[] { CliRunner.Run("check", member), CliRunner.Run("check", body) })
        {
            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains(@"\u001B]0;pwned\u0007\u202E", line);
            AssertPrintable(result.Error);
        }
    }

    [Fact]
    public void Check_AsOfValueAndFileNameWithEscapes_AreEscaped()
    {
        var asOf = CliRunner.Run("check", "--as-of", Hostile);
        var missing = CliRunner.Run("check", Path.Combine(_dir.Root, "no" + Hostile + ".json"));
        var named = CliRunner.Run("check", DemoWith("asOf", "2026-03-13", "ev" + Hostile.Replace("\n", string.Empty, StringComparison.Ordinal) + ".json"), "--lang", "en");

        Assert.Equal(2, asOf.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(0, named.ExitCode);
        Assert.Single(asOf.ErrorLines);
        Assert.Single(missing.ErrorLines);
        Assert.Contains(@"\u001B]0;pwned", named.Out);
        foreach (var r in new[] { asOf, missing, named })
        {
            AssertPrintable(r.Error);
            AssertPrintable(r.Out);
        }
    }
}
