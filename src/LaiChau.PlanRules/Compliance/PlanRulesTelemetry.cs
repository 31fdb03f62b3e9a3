using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// The library's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="Name"/> (docs/hosting.md, "Telemetry"): an OpenTelemetry host adds
/// <c>AddSource("LaiChau.PlanRules")</c> and <c>AddMeter("LaiChau.PlanRules")</c> and needs no adapter.
/// Instrument names and units follow the OpenTelemetry semantic conventions (dotted lower-case names,
/// UCUM units, durations in seconds as histograms). Created once; nothing is recorded without a listener.
/// </summary>
internal static class PlanRulesTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "LaiChau.PlanRules";

    private static readonly string? Version = typeof(PlanRulesTelemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    private static readonly Counter<long> Evaluations = Meter.CreateCounter<long>(
        "planrules.evaluations", "{evaluation}", "Full evaluations of an evidence set.");

    private static readonly Histogram<double> EvaluationDuration = Meter.CreateHistogram<double>(
        "planrules.evaluation.duration", "s", "Duration of a full evaluation.");

    private static readonly Counter<long> Obligations = Meter.CreateCounter<long>(
        "planrules.obligations", "{obligation}", "Report and plan obligations judged by full evaluations.");

    private static readonly Counter<long> Findings = Meter.CreateCounter<long>(
        "planrules.findings", "{finding}", "Findings of full evaluations, by planrules.finding.severity.");

    private static readonly Counter<long> MonitorUpdates = Meter.CreateCounter<long>(
        "planrules.monitor.updates", "{update}", "Changes applied to live monitors, by planrules.monitor.update.kind.");

    private static readonly Histogram<double> MonitorUpdateDuration = Meter.CreateHistogram<double>(
        "planrules.monitor.update.duration", "s", "Duration of a change applied to a live monitor.");

    /// <summary>Starts the <c>planrules.evaluate</c> activity (null when nobody listens).</summary>
    public static Activity? StartEvaluation() => Source.StartActivity("planrules.evaluate");

    /// <summary>Records a finished evaluation on the meter and on its activity.</summary>
    public static void Evaluated(Activity? activity, string planId, DateOnly asOf, int obligations, ComplianceReport report, TimeSpan elapsed)
    {
        var plan = new KeyValuePair<string, object?>("planrules.plan.id", planId);
        Evaluations.Add(1, plan);
        EvaluationDuration.Record(elapsed.TotalSeconds, plan);
        Obligations.Add(obligations, plan);
        foreach (var group in report.Findings.GroupBy(f => f.Severity))
        {
            Findings.Add(group.Count(), plan, new KeyValuePair<string, object?>("planrules.finding.severity", Severity(group.Key)));
        }

        activity?.SetTag("planrules.plan.id", planId)
            .SetTag("planrules.as_of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .SetTag("planrules.obligations", obligations)
            .SetTag("planrules.findings", report.Findings.Count);
    }

    /// <summary>Starts the <c>planrules.monitor.update</c> activity (null when nobody listens).</summary>
    public static Activity? StartMonitorUpdate(string kind) =>
        Source.StartActivity("planrules.monitor.update")?.SetTag("planrules.monitor.update.kind", kind);

    /// <summary>Records a change applied to a monitor, from <paramref name="started"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static void MonitorUpdated(Activity? activity, string kind, long started, int findings)
    {
        var tag = new KeyValuePair<string, object?>("planrules.monitor.update.kind", kind);
        MonitorUpdates.Add(1, tag);
        MonitorUpdateDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
        activity?.SetTag("planrules.findings", findings);
    }

    private static string Severity(FindingSeverity s) => s switch
    {
        FindingSeverity.Violation => "violation",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };
}
