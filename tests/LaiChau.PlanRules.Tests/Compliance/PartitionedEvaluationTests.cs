using System.Globalization;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// An evaluation split over several NRules sessions (<see cref="PlanRulesOptions.Partitions"/>) gives the same report,
/// byte for byte, as one session: the built-in rules never join facts of two bodies, and the report orders everything.
/// </summary>
public class PartitionedEvaluationTests
{
    private static string Json(ComplianceReport r)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        ComplianceReportJson.Write(r, w);
        return w.ToString();
    }

    private static string Csv(ComplianceReport r)
    {
        using var s = new MemoryStream();
        FindingsCsv.Write(r, s);
        return System.Text.Encoding.UTF8.GetString(s.ToArray());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(16)]
    public void Demo_PartitionedAndSingleSession_ByteIdentical(int partitions)
    {
        var single = ComplianceEvaluator.Create(o => o.Partitions = 1).Evaluate(DemoEvidence.Load());
        var split = ComplianceEvaluator.Create(o => o.Partitions = partitions).Evaluate(DemoEvidence.Load());

        Assert.Equal(Json(single), Json(split));
        Assert.Equal(Csv(single), Csv(split));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void RandomEvidence_PartitionedAndSingleSession_ByteIdentical(int seed)
    {
        var evidence = RandomEvidence(seed);
        var single = ComplianceEvaluator.Create(o => o.Partitions = 1).Evaluate(evidence);
        var two = ComplianceEvaluator.Create(o => o.Partitions = 2).Evaluate(evidence);
        var five = ComplianceEvaluator.Create(o => o.Partitions = 5).Evaluate(evidence);

        Assert.True(single.Findings.Count > 50, "the data should give many findings");
        Assert.Equal(Json(single), Json(two));
        Assert.Equal(Json(single), Json(five));
    }

    [Fact]
    public void Automatic_ASmallEvaluationStaysInOneSession_AndHostRulesKeepOne()
    {
        var evaluator = ComplianceEvaluator.Create();
        var withHostRules = ComplianceEvaluator.Create(o => o.RuleTypes.Add(typeof(LaiChau.PlanRules.Rules.BuiltIn.ReportLateRule)));

        Assert.Equal(Json(evaluator.Evaluate(DemoEvidence.Load())), Json(ComplianceEvaluator.Create(o => o.Partitions = 1).Evaluate(DemoEvidence.Load())));
        Assert.NotNull(withHostRules.Evaluate(DemoEvidence.Load()));
    }

    [Fact]
    public void Options_PartitionsOutOfRange_AreRefused()
    {
        Assert.ThrowsAny<Exception>(() => ComplianceEvaluator.Create(o => o.Partitions = 0));
    }

    internal static EvidenceSet RandomEvidence(int seed)
    {
        var random = new Random(seed);
        var bodies = BodyCatalog.LaiChau.Bodies.Select(b => b.Id).ToArray();
        var demo = DemoEvidence.Load();
        var reports = new List<ReceivedReport>();
        for (var i = 0; i < 400; i++)
        {
            var period = random.Next(2024, 2027);
            reports.Add(new ReceivedReport
            {
                Id = $"R{i}",
                Body = bodies[random.Next(bodies.Length)],
                Period = period,
                ReceivedAt = new DateTimeOffset(period, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)).AddHours(random.Next(0, 24 * 40)),
                Addressee = "ubnd-tinh",
                DeliveredTo = random.Next(5) == 0 ? "ubnd-tinh" : "so-noi-vu",
            });
        }

        return demo with { Reports = reports, AsOf = new DateOnly(2026, 12, 20) };
    }
}

/// <summary>A host rule whose action fails, to check that a partitioned evaluation throws what one session throws.</summary>
public class FailingHostRule : NRules.Fluent.Dsl.Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        LaiChau.PlanRules.Rules.ObligationCase c = null!;
        When().Match(() => c);
        Then().Do(_ => Fail());
    }

    private static void Fail() => throw new InvalidOperationException("the host rule failed");
}

public class PartitionedEvaluationFailureTests
{
    [Fact]
    public void HostRuleThatThrows_PartitionedThrowsWhatOneSessionThrows()
    {
        var one = Record.Exception(() => ComplianceEvaluator.Create(o => { o.RuleTypes.Add(typeof(FailingHostRule)); o.Partitions = 1; }).Evaluate(DemoEvidence.Load()));
        var split = Record.Exception(() => ComplianceEvaluator.Create(o => { o.RuleTypes.Add(typeof(FailingHostRule)); o.Partitions = 3; }).Evaluate(DemoEvidence.Load()));

        Assert.NotNull(one);
        Assert.IsNotType<AggregateException>(split);
        Assert.Equal(one.GetType(), split!.GetType());
    }

    [Fact]
    public void Cancelled_PartitionedThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ComplianceEvaluator.Create(o => o.Partitions = 2).Evaluate(DemoEvidence.Load(), cancellationToken: cts.Token));
    }
}
