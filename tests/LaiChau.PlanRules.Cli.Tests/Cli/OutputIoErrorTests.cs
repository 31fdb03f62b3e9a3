using System.Diagnostics;
using System.Text;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>
/// Output that cannot be written (a full disk, a closed pipe, stderr failing) is the environment's fault: exit 74
/// (EX_IOERR) with one line on stderr where stderr still works, never exit 70 or an abort.
/// </summary>
public sealed class OutputIoErrorTests
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "planrules.dll");

    [Fact]
    public void InProcess_StdoutThatFails_ExitsSeventyFourWithOneLine()
    {
        var error = new StringWriter();

        var code = PlanRules.Cli.Cli.Run(["check", "--lang", "en"], new FailingWriter(), error, new CliEnvironment(IsTerminal: false, CliRunner.Clock));

        Assert.Equal(PlanRules.Cli.Cli.ExitIoError, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Output error: ", line);
    }

    [Fact]
    public void InProcess_StderrThatFails_ExitsSeventyFourWithoutThrowing()
    {
        var code = PlanRules.Cli.Cli.Run(["check", "no-such-file.json"], new StringWriter(), new FailingWriter(), new CliEnvironment(IsTerminal: false, CliRunner.Clock));

        Assert.Equal(PlanRules.Cli.Cli.ExitIoError, code);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Process_OutputToAFullDisk_ExitsSeventyFourWithOneLine(string format)
    {
        if (!File.Exists("/dev/full")) return; // Linux only

        var result = CliRunner.RunProcess("check", "--format", format, "-o", "/dev/full", "--lang", "en");

        Assert.Equal(74, result.ExitCode);
        Assert.StartsWith("Output error: ", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Process_StdoutClosedEarly_ExitsSeventyFourWithOneLine()
    {
        if (OperatingSystem.IsWindows()) return;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("--lang");
        start.ArgumentList.Add("en");
        using var process = Process.Start(start)!;

        process.StandardOutput.BaseStream.Dispose(); // the reader goes away before the tool writes
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(74, process.ExitCode);
        Assert.StartsWith("Output error: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Process_StderrToAFullDisk_ExitsSeventyFourNotAnAbort()
    {
        if (!File.Exists("/dev/full")) return; // Linux only
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" check no-such-file.json 2>/dev/full");
        start.ArgumentList.Add(Dll);
        using var process = Process.Start(start)!;

        process.WaitForExit();

        Assert.Equal(74, process.ExitCode);
    }

    [Fact]
    public void Process_AnInputWhoseReadFailsMidway_StaysAnInputError()
    {
        if (!File.Exists("/proc/self/mem")) return; // Linux: opens, then every read fails with EIO

        var result = CliRunner.RunProcess("check", "/proc/self/mem", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Input error: /proc/self/mem", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Process_TwoRunsRedirectedToOneFile_BothOutputsKept()
    {
        if (OperatingSystem.IsWindows()) return;
        var file = Path.Combine(Path.GetTempPath(), "planrules-redirect-" + Guid.NewGuid().ToString("N") + ".txt");
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("{ dotnet \"$0\" schema; dotnet \"$0\" schema; } > \"$1\"");
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add(file);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();

            Assert.Equal(0, process.ExitCode);
            Assert.Equal(2 * Encoding.UTF8.GetByteCount(CliRunner.Run("schema").Out), new FileInfo(file).Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }
}
