using System.Diagnostics;
using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Tests.Reliability.Adversarial;

namespace LaiChau.PlanRules.Benchmarks;

/// <summary>
/// The adversarial benchmark mode (issue "Reliability, round two"; benchmarks/README.md, "Hostile input"): every
/// generator of <see cref="HostileInputs"/> at 1× (at least <c>--base</c> bytes, default 1 MB) and at 4× the units,
/// each run in a fresh child process (<c>--runs</c>, default 5, median taken) that reads the input from a file the
/// way a host does (library reader, evaluation with the default options, JSON report written to a null stream).
/// The child measures its own CPU time and its peak resident memory above the idle process (after the plan,
/// catalog, calendar and rules are loaded, before the input is read). Prints a Markdown table; exit 1 when a
/// generator that must be evaluated has a CPU ratio above 5 or a peak memory above 16 × its input, or when a
/// generator ends otherwise than it must (a clear input error for the refused ones, whose figures are printed too).
/// </summary>
internal static class Adversarial
{
    private const double MaxCpuRatio = 5;
    private const double MaxMemoryFactor = 16;

    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var baseBytes = long.Parse(Option("--base") ?? "1048576", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option("--runs") ?? "5", CultureInfo.InvariantCulture);
        var only = Option("--only");
        var dir = Directory.CreateTempSubdirectory("planrules-adversarial-");
        var failed = false;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Hostile inputs: 1x >= {baseBytes:N0} bytes, 4x the units; median of {runs} runs in fresh processes; CPU and peak RSS above the idle process."));
        Console.WriteLine();
        Console.WriteLine("| generator | class | 1x input | 4x input | outcome | CPU 1x ms | CPU 4x ms | CPU ratio | peak 1x MB | peak 4x MB | peak ÷ input (4x) | verdict |");
        Console.WriteLine("|---|---|--:|--:|---|--:|--:|--:|--:|--:|--:|---|");
        try
        {
            foreach (var g in HostileInputs.All.Where(g => only is null || g.Name == only))
            {
                var units = g.UnitsFor(baseBytes);
                var one = Measure(g, units, runs, dir.FullName);
                var four = Measure(g, units * 4, runs, dir.FullName);
                var ratio = four.CpuMs / Math.Max(one.CpuMs, 1);
                var memoryFactor = four.PeakBytes / (double)four.InputBytes;
                var outcomeOk = four.Outcome == (g.Outcome == HostileOutcome.Evaluated ? "evaluated" : "refused") && one.Outcome == four.Outcome;

                // The goal (issue "Reliability, round two"): CPU ratio and memory within bounds, or a clear limit error.
                var ok = outcomeOk && (g.Outcome == HostileOutcome.Refused || (ratio <= MaxCpuRatio && memoryFactor <= MaxMemoryFactor));
                failed |= !ok;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {g.Name} | {g.Class} | {one.InputBytes / 1024.0 / 1024:F2} MB | {four.InputBytes / 1024.0 / 1024:F2} MB | {four.Outcome} | {one.CpuMs:F0} | {four.CpuMs:F0} | {ratio:F2} | {one.PeakBytes / 1048576.0:F1} | {four.PeakBytes / 1048576.0:F1} | {memoryFactor:F1} | {(!ok ? "MISSED" : g.Outcome == HostileOutcome.Refused ? "ok (input error)" : "ok")} |"));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }

        return failed ? 1 : 0;
    }

    private static Sample Measure(HostileInput g, int units, int runs, string dir)
    {
        var path = Path.Combine(dir, g.Name + (g.IsCsv ? ".csv" : ".json"));
        File.WriteAllText(path, g.Generate(units), new UTF8Encoding(false));
        var samples = new List<Sample>();
        for (var i = 0; i < runs; i++)
        {
            var psi = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal)) psi.ArgumentList.Add(typeof(Adversarial).Assembly.Location);
            foreach (var a in new[] { "--adversarial-child", g.IsCsv ? "csv" : "json", path }) psi.ArgumentList.Add(a);
            using var child = Process.Start(psi)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            var parts = line.Split(' ');
            samples.Add(new Sample(new FileInfo(path).Length, double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture), parts[0]));
        }

        var median = samples.OrderBy(s => s.CpuMs).ElementAt(samples.Count / 2);
        return median with { PeakBytes = samples.OrderBy(s => s.PeakBytes).ElementAt(samples.Count / 2).PeakBytes };
    }

    /// <summary>In the child: load everything fixed, note the idle point, read and evaluate the input, print "outcome cpuMs peakBytesAboveIdle".</summary>
    public static int Child(string[] args)
    {
        var (kind, path) = (args[0], args[1]);
        var evaluator = ComplianceEvaluator.Create();
        evaluator.Warm();
        _ = evaluator.Evaluate(DemoEvidence.Load()); // JIT and the rules' first session: part of the idle process, not of the input
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var idle = Rss();
        ResetPeak();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        string outcome;
        try
        {
            EvidenceSet evidence;
            if (kind == "csv")
            {
                using var csv = File.OpenRead(path);
                evidence = HostileInput.ReadRegister(csv, path);
            }
            else
            {
                evidence = EvidenceReader.ReadFile(path);
            }

            var report = evaluator.Evaluate(evidence);
            ComplianceReportJson.Write(report, TextWriter.Null);
            outcome = "evaluated";
        }
        catch (PlanRulesInputException)
        {
            outcome = "refused";
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var peak = Math.Max(0, Peak() - idle);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome} {cpuMs:F1} {peak}"));
        return 0;
    }

    // Linux /proc: VmRSS now, VmHWM the peak since the last reset (writing 5 to clear_refs resets it).
    private static long Rss() => Status("VmRSS:");

    private static long Peak() => Status("VmHWM:");

    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not resettable here: the peak then counts from the start of the process, an overestimate.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static long Status(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private sealed record Sample(long InputBytes, double CpuMs, long PeakBytes, string Outcome);
}
