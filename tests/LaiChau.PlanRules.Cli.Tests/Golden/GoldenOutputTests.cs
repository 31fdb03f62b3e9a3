using System.Diagnostics;
using System.Text;
using LaiChau.PlanRules.Cli.Tests.Cli;

namespace LaiChau.PlanRules.Cli.Tests.Golden;

/// <summary>
/// The demo's text, JSON and CSV output and every sample's output, compared with committed golden files
/// (tests/LaiChau.PlanRules.Cli.Tests/Golden/*.golden). A golden file changes only on purpose, in the
/// commit that changes the behaviour. To rewrite them after such a change: <c>UPDATE_GOLDEN=1 dotnet test
/// --filter GoldenOutputTests</c>, then read the diff before committing it.
/// </summary>
public sealed class GoldenOutputTests
{
    public static TheoryData<string, string[]> CliRuns() => new()
    {
        { "check-text-vi", ["check"] },
        { "check-text-en", ["check", "--lang", "en"] },
        { "check-json-vi", ["check", "--format", "json"] },
        { "check-csv-vi", ["check", "--format", "csv"] },
        { "check-csv-en", ["check", "--format", "csv", "--lang", "en"] },
    };

    [Theory]
    [MemberData(nameof(CliRuns))]
    public void Demo_CliOutput_EqualsGolden(string name, string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        AssertGolden(name, result.Out);
    }

    public static TheoryData<string, string, string[]> SampleRuns() => new()
    {
        { "sample-minimalhost-vi", "MinimalHost", [] },
        { "sample-minimalhost-en", "MinimalHost", ["--lang", "en"] },
        { "sample-hostrulesapp-vi", "HostRulesApp", [] },
        { "sample-livemonitor-vi", "LiveMonitor", [] },
    };

    [Theory]
    [MemberData(nameof(SampleRuns))]
    public void Sample_Output_EqualsGolden(string name, string sample, string[] args)
    {
        var (code, output, error) = RunSample(sample, args);

        Assert.True(code == 0, $"{sample} exited {code}: {error}");
        AssertGolden(name, output);
    }

    private static (int Code, string Out, string Error) RunSample(string sample, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, sample + ".dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project references every sample app");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static void AssertGolden(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = RepoFiles.Path($"tests/LaiChau.PlanRules.Cli.Tests/Golden/{name}.golden");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with UPDATE_GOLDEN=1 to create it");
        var expected = Encoding.UTF8.GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        Assert.Fail($"{name}: output differs from {path} at line {line + 1}:\n expected: {(line < e.Length ? e[line] : "<end>")}\n actual:   {(line < a.Length ? a[line] : "<end>")}");
    }
}
