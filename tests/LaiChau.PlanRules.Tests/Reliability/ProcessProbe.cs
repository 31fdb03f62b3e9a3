using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>What a probe process did: its exit code, the bytes it wrote to stdout and the text it wrote to stderr.</summary>
internal sealed record ProbeResult(int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>The lines of stderr, without the final line break.</summary>
    public string[] StderrLines => Stderr.Length == 0 ? [] : Stderr.TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {ExitCode}, {Stdout.Length} bytes on stdout, stderr: {Stderr}";
}

/// <summary>
/// Runs LaiChau.PlanRules.ProcessProbe (tests/LaiChau.PlanRules.ProcessProbe; copied next to the tests as probe/
/// by the test project) in a process of its own, with the environment a test chooses: the time zone and the
/// culture are process-wide, so only a separate process can show what a host in New York or Istanbul gets.
/// </summary>
internal static class ProcessProbe
{
    // A guard against a hung process, not a timing assertion.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "probe", "LaiChau.PlanRules.ProcessProbe.dll");

    /// <summary>Runs the probe.</summary>
    /// <param name="arguments">The probe's arguments (see its Program.cs).</param>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    /// <returns>What the process did.</returns>
    public static ProbeResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Assert.True(File.Exists(DllPath), $"The process probe is not at {DllPath}: build the solution (the test project copies it there).");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(DllPath);
        foreach (var a in arguments) start.ArgumentList.Add(a);

        // A clean slate for what decides culture and time zone; the test sets what it wants.
        foreach (var name in new[] { "TZ", "LANG", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The probe did not start.");
        process.StandardInput.Close();
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The probe did not finish within {Timeout} ({string.Join(' ', start.ArgumentList)}).");
        }

        copy.Wait();
        return new ProbeResult(process.ExitCode, stdout.ToArray(), stderr.Result);
    }

    /// <summary>The dotnet host that runs these tests (so the probe runs on the same runtime).</summary>
    private static string DotnetHost()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name) return self;
        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/; the host in <root>.
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        return File.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : name;
    }
}
