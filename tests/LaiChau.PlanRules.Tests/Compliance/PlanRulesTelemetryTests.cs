using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// What an OpenTelemetry host sees: the activities and instruments of <c>LaiChau.PlanRules</c>, through the
/// framework's own listeners. Other tests evaluate in parallel, so measurements are compared as "at least", and
/// activities are picked by an as-of date no other test uses.
/// </summary>
public sealed class PlanRulesTelemetryTests : IDisposable
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();
    private static readonly DateOnly AsOf = new(2026, 2, 27); // used by no other test
    private readonly ConcurrentBag<(string Instrument, string? Unit, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly ConcurrentBag<Activity> _activities = [];
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _traces;

    public PlanRulesTelemetryTests()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "LaiChau.PlanRules") listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _meters.Start();
        _traces = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "LaiChau.PlanRules",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => _activities.Add(a),
        };
        ActivitySource.AddActivityListener(_traces);
    }

    public void Dispose()
    {
        _meters.Dispose();
        _traces.Dispose();
    }

    private static EvidenceSet Evidence() => new()
    {
        Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        Policy = new PolicyOverrides { FirstYear = 2024, LastYear = 2025 },
    };

    [Fact]
    public void Evaluate_Listened_OneActivityAndTheCountersOfTheReport()
    {
        var report = Evaluator.Evaluate(Evidence(), AsOf);

        var activity = Assert.Single(_activities, a => a.OperationName == "planrules.evaluate" && (string?)a.GetTagItem("planrules.as_of") == "2026-02-27");
        Assert.Equal(report.Findings.Count, activity.GetTagItem("planrules.findings"));
        Assert.Equal(report.PlanId, activity.GetTagItem("planrules.plan.id"));
        Assert.Contains(_measurements, m => m.Instrument == "planrules.evaluations" && m.Unit == "{evaluation}" && m.Value >= 1);
        Assert.Contains(_measurements, m => m.Instrument == "planrules.evaluation.duration" && m.Unit == "s" && m.Value > 0);
        var obligations = Assert.IsType<int>(activity.GetTagItem("planrules.obligations"));
        Assert.True(obligations >= report.ReportStatuses.Count);
        Assert.Contains(_measurements, m => m.Instrument == "planrules.obligations" && m.Unit == "{obligation}" && m.Value == obligations);
        var violations = report.Findings.Count(f => f.Severity == FindingSeverity.Violation);
        Assert.True(violations > 0, "the evidence has no report, so reports due in 2024 are missing");
        Assert.Contains(_measurements, m => m.Instrument == "planrules.findings" && m.Unit == "{finding}"
            && (string?)m.Tags["planrules.finding.severity"] == "violation" && m.Value == violations);
    }

    [Fact]
    public void MonitorUpdate_Listened_ActivityWithKindAndFindingsAndAnUpdateCounted()
    {
        using var monitor = Evaluator.CreateMonitor(Evidence(), AsOf);

        monitor.AddReport(new ReceivedReport
        {
            Id = "TEL-1", Body = "so-tai-chinh", Period = 2025, ReceivedAt = new DateTimeOffset(2026, 2, 26, 9, 0, 0, TimeSpan.FromHours(7)),
            Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu",
        });
        monitor.AdvanceTo(AsOf.AddDays(1));
        monitor.Withdraw("TEL-1");

        var kinds = _activities.Where(a => a.OperationName == "planrules.monitor.update").Select(a => (string?)a.GetTagItem("planrules.monitor.update.kind")).ToList();
        Assert.Contains("add", kinds);
        Assert.Contains("advance", kinds);
        Assert.Contains("withdraw", kinds);
        Assert.Contains(_activities, a => a.OperationName == "planrules.monitor.update" && (int?)a.GetTagItem("planrules.findings") == monitor.FindingIds.Count);
        Assert.Contains(_measurements, m => m.Instrument == "planrules.monitor.updates" && m.Unit == "{update}" && (string?)m.Tags["planrules.monitor.update.kind"] == "add");
        Assert.Contains(_measurements, m => m.Instrument == "planrules.monitor.update.duration" && m.Unit == "s" && (string?)m.Tags["planrules.monitor.update.kind"] == "withdraw");
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var dict = new Dictionary<string, object?>();
        foreach (var t in tags) dict[t.Key] = t.Value;
        dict.TryAdd("planrules.finding.severity", null);
        dict.TryAdd("planrules.monitor.update.kind", null);
        _measurements.Add((instrument.Name, instrument.Unit, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), dict));
    }
}
