using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>The tool as a real process (<c>dotnet planrules.dll</c>): stdout bytes, exit codes, stderr.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Process_CheckDemo_PrintsUtf8TextWithoutAnsiAndExitsZero()
    {
        var result = CliRunner.RunProcess("check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("DỮ LIỆU MINH HỌA", result.Out);
        Assert.Contains("Sở Nông nghiệp và Môi trường", result.Out);
        Assert.DoesNotContain((byte)0x1B, result.OutBytes);
        Assert.NotEqual(0xEF, result.OutBytes[0]);
    }

    [Fact]
    public void Process_FailOnViolation_ExitsOne()
    {
        Assert.Equal(1, CliRunner.RunProcess("check", "--fail-on", "violation", "--format", "json").ExitCode);
    }

    [Fact]
    public void Process_Json_ParsesAndHasFindings()
    {
        var result = CliRunner.RunProcess("check", "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(JObject.Parse(result.Out)["findings"]!);
    }

    [Fact]
    public void Process_Csv_StartsWithTheByteOrderMark()
    {
        var result = CliRunner.RunProcess("check", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], result.OutBytes.Take(3));
        Assert.Contains("Sở Xây dựng", result.Out);
    }

    [Fact]
    public void Process_BrokenFile_ExitsTwoWithOneLineAndNoStackTrace()
    {
        var path = _dir.Write("broken.json", "{\n  \"schemaVersion\": 1,\n  \"reports\": [ {\n");

        var result = CliRunner.RunProcess("check", path);

        Assert.Equal(2, result.ExitCode);
        var only = Assert.Single(result.ErrorLines);
        Assert.StartsWith("Lỗi dữ liệu vào: " + path, only);
        Assert.Contains("dòng", only);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Process_UnknownOption_ExitsTwo()
    {
        var result = CliRunner.RunProcess("check", "--nonsense", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Usage error: ", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Process_Version_PrintsTheToolVersion()
    {
        var result = CliRunner.RunProcess("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Out.Trim());
    }

    [Fact]
    public void Process_RuntimeConfig_DisablesDynamicCode()
    {
        // The cold-start setting (benchmarks/README.md, "Cold start"): interpreted rules, reflection-only JSON contracts.
        var config = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "planrules.runtimeconfig.json")));

        Assert.False((bool?)config.SelectToken("runtimeOptions.configProperties['System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported']"));
    }

    [Theory]
    [InlineData("json")] // every finding, status and explanation field: interpreted rules must fire exactly as compiled ones
    [InlineData("text")] // the tables and finding lines a user reads
    public void Process_WithoutDynamicCode_SameReportAsCompiledInProcess(string format)
    {
        var interpreted = CliRunner.RunProcess("check", "--format", format, "--lang", "en");
        var compiled = CliRunner.Run("check", "--format", format, "--lang", "en");

        Assert.Equal(0, interpreted.ExitCode);
        Assert.Equal(compiled.ExitCode, interpreted.ExitCode);
        Assert.Equal(compiled.Out, interpreted.Out);
    }
}
