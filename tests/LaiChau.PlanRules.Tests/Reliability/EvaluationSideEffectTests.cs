using System.Collections;
using System.Globalization;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Tests.Plan;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>Watching the console, the file system and the environment needs the process to itself.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "Process state";
}

/// <summary>
/// Evaluation never changes its input (the evidence, the options, the plan) and has no effect besides its result
/// and its log: nothing on the console, no file, no environment or culture change, nothing carried to the next
/// evaluation.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public class EvaluationSideEffectTests
{
    [Fact]
    public void Evaluate_NeverChangesTheEvidenceTheOptionsOrThePlan()
    {
        // The evidence overrides the plan's signature and appendix: the evaluator must build a new plan, not edit this one.
        var plan = PlanDocument.LaiChau;
        var options = new PlanRulesOptions { Plan = plan };
        options.Policy.ReviewMilestones.Add(new ReviewMilestone { Id = "so-ket-2026", DueOn = new DateOnly(2026, 6, 30) });
        var evaluator = new ComplianceEvaluator(Microsoft.Extensions.Options.Options.Create(options));
        var evidence = ReliabilityData.RichEvidence();
        var (evidenceBefore, policyBefore, planBefore) = (EvidenceWriter.Serialize(evidence), JsonConvert.SerializeObject(options.Policy), PlanTestFiles.SaveToString(plan));
        var (reports, deadlines, milestones) = (evidence.Reports, evidence.Policy!.Deadlines, evidence.Policy.ReviewMilestones);

        var report = evaluator.Evaluate(evidence);
        _ = evaluator.Explain(report, report.Findings[0].Id);

        Assert.Equal(evidenceBefore, EvidenceWriter.Serialize(evidence));
        Assert.Equal(policyBefore, JsonConvert.SerializeObject(options.Policy));
        Assert.Equal(planBefore, PlanTestFiles.SaveToString(plan));
        Assert.Equal(planBefore, PlanTestFiles.SaveToString(evaluator.Plan));
        Assert.Same(reports, evidence.Reports);
        Assert.Same(deadlines, evidence.Policy.Deadlines);
        Assert.Same(milestones, evidence.Policy.ReviewMilestones);
    }

    [Fact]
    public void Monitor_NeverChangesTheEvidenceItStartedFromOrTheItemsItWasGiven()
    {
        var evidence = ReliabilityData.RichEvidence() with { AsOf = new DateOnly(2024, 12, 1) };
        var before = EvidenceWriter.Serialize(evidence);
        var added = new ReceivedReport { Id = "Sổ đến mới", Body = "so-y-te", Period = 2025, ReceivedAt = new DateTimeOffset(2025, 12, 15, 9, 0, 0, TimeSpan.FromHours(7)) };
        var addedBefore = added with { };

        using (var monitor = ComplianceEvaluator.Create().CreateMonitor(evidence))
        {
            monitor.AddReport(added);
            monitor.AdvanceTo(new DateOnly(2026, 1, 20));
            monitor.Withdraw("Sổ đến 2024-005");
            _ = monitor.Snapshot();
        }

        Assert.Equal(before, EvidenceWriter.Serialize(evidence));
        Assert.Equal(addedBefore, added);
    }

    [Fact]
    public void Evaluate_LeavesNoTraceBesidesItsResultAndItsLog()
    {
        var logger = new CapturingLogger();
        var evaluator = ComplianceEvaluator.Create(logger: logger);
        var a = ReliabilityData.RichEvidence();
        var b = a with { Reports = a.Reports.Take(3).ToList(), AsOf = new DateOnly(2025, 6, 1) };
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(e => $"{e.Key}={e.Value}").Order(StringComparer.Ordinal).ToList();
        var files = FileSystemEntries();
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var console = new StringWriter();
        string first, again;
        try
        {
            Console.SetOut(console);
            Console.SetError(console);
            first = ComplianceReportJson.Serialize(evaluator.Evaluate(a));
            _ = evaluator.Evaluate(b);
            again = ComplianceReportJson.Serialize(evaluator.Evaluate(a));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }

        Assert.Equal(first, again); // nothing of b carried over into a
        Assert.Equal(string.Empty, console.ToString());
        Assert.Equal(culture, (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));
        Assert.Equal(environment, Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(e => $"{e.Key}={e.Value}").Order(StringComparer.Ordinal).ToList());
        Assert.Equal(files, FileSystemEntries());
        Assert.Equal(3, logger.Entries.Count(e => e.Level == LogLevel.Information && e.Message.StartsWith("Evaluated plan lai-chau-kh-107-nq-cp-2024 as of ", StringComparison.Ordinal)));
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning);
    }

    // The working and output folders only: the shared temp folder is written by the other test assemblies that
    // `dotnet test` runs at the same time (the Office tests convert files there), so it cannot be compared.
    private static List<string> FileSystemEntries() =>
        [.. Directory.GetFileSystemEntries(Environment.CurrentDirectory), .. Directory.GetFileSystemEntries(AppContext.BaseDirectory)];

    private sealed class CapturingLogger : ILogger<ComplianceEvaluator>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries) Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
