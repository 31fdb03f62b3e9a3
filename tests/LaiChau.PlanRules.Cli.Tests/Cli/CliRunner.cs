using System.Diagnostics;
using System.Text;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>Runs the CLI in process (captured writers, a fixed clock) or as a real process (<c>dotnet planrules.dll</c>).</summary>
internal static class CliRunner
{
    /// <summary>The clock the in-process runs see: 13/03/2026 10:00 in Vietnam (03:00 UTC).</summary>
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 3, 13, 3, 0, 0, TimeSpan.Zero));

    public static CliResult Run(params string[] args) => RunWith(null, null, args);

    /// <summary>Runs in process with a locale (as LC_ALL/LC_MESSAGES/LANG would give it) and standard input.</summary>
    public static CliResult RunWith(string? locale, Stream? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(IsTerminal: false, Clock) { Locale = locale, StandardInput = stdin is null ? null : () => stdin };
        var code = PlanRules.Cli.Cli.Run(args, output, error, environment);
        return new CliResult(code, output.ToString(), error.ToString(), Encoding.UTF8.GetBytes(output.ToString()));
    }

    public static CliResult RunProcess(params string[] args) => RunProcessWith(null, args);

    /// <summary>Runs the tool as a process with LANG set to <paramref name="lang"/> (default C.UTF-8) and no LC_ALL or LC_MESSAGES, whatever the machine's locale.</summary>
    public static CliResult RunProcessWith(string? lang, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "planrules.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = lang ?? "C.UTF-8";
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        copy.Wait();
        var bytes = stdout.ToArray();
        return new CliResult(process.ExitCode, Encoding.UTF8.GetString(bytes), error.Result, bytes);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>What a run returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error, byte[] OutBytes)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
