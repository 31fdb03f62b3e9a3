using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LaiChau.PlanRules.Tests.DependencyInjection;

public class PlanRulesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPlanRules_RegistersASingletonEvaluator()
    {
        using var provider = new ServiceCollection().AddPlanRules().BuildServiceProvider();

        var a = provider.GetRequiredService<IComplianceEvaluator>();
        var b = provider.GetRequiredService<IComplianceEvaluator>();
        Assert.Same(a, b);
    }

    [Fact]
    public void AddPlanRules_Twice_IsHarmless()
    {
        var services = new ServiceCollection().AddPlanRules().AddPlanRules(o => o.Policy.ReminderWorkingDays = 3);

        Assert.Single(services, d => d.ServiceType == typeof(IComplianceEvaluator));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(3, provider.GetRequiredService<IOptions<PlanRulesOptions>>().Value.Policy.ReminderWorkingDays);
    }

    [Fact]
    public void InvalidOptions_AreRejectedWhenTheEvaluatorIsBuilt()
    {
        using var provider = new ServiceCollection().AddPlanRules(o => o.Policy.ReminderWorkingDays = -1).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IComplianceEvaluator>());
        Assert.Contains("ReminderWorkingDays", ex.Message);
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanRules:Policy:LastYear"] = "2028",
            ["PlanRules:Policy:RollForward"] = "false",
            ["PlanRules:Policy:Deadlines:annual-report:Kind"] = "DayOfYear",
            ["PlanRules:Policy:Deadlines:annual-report:Month"] = "12",
            ["PlanRules:Policy:Deadlines:annual-report:Day"] = "20",
            ["PlanRules:Policy:Deadlines:annual-report:Confidence"] = "Confirmed",
            ["PlanRules:Policy:ReviewMilestones:0:Id"] = "so-ket-2027",
            ["PlanRules:Policy:ReviewMilestones:0:DueOn"] = "2027-06-30",
        }).Build();
        var services = new ServiceCollection().AddPlanRules();
        services.Configure<PlanRulesOptions>(configuration.GetSection(PlanRulesOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var policy = provider.GetRequiredService<IOptions<PlanRulesOptions>>().Value.Policy;
        Assert.Equal(2028, policy.LastYear);
        Assert.False(policy.RollForward);
        Assert.Equal(DeadlineRuleKind.DayOfYear, policy.Deadlines["annual-report"].Kind);
        Assert.Equal(20, policy.Deadlines["annual-report"].Day);
        Assert.Equal(new DateOnly(2027, 6, 30), Assert.Single(policy.ReviewMilestones).DueOn);
        Assert.True(policy.Deadlines.ContainsKey("annual-task")); // defaults not named in configuration stay
    }

    [Fact]
    public async Task ParallelEvaluations_ThroughOneContainer_GiveIdenticalReports()
    {
        using var provider = new ServiceCollection().AddPlanRules().BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IComplianceEvaluator>();
        var evidence = new EvidenceSet
        {
            AsOf = new DateOnly(2025, 12, 31),
            Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
            Reports = [new ReceivedReport { Id = "A", Body = "so-y-te", Period = 2024, ReceivedAt = new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.FromHours(7)) }],
        };

        var reports = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => evaluator.Evaluate(evidence))));

        var first = string.Join(",", reports[0].Findings.Select(f => f.Id));
        Assert.NotEmpty(reports[0].Findings);
        Assert.All(reports, r => Assert.Equal(first, string.Join(",", r.Findings.Select(f => f.Id))));
    }

    [Fact]
    public void Evaluate_HonoursCancellation()
    {
        var evaluator = ComplianceEvaluator.Create();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => evaluator.Evaluate(
            new EvidenceSet { AsOf = new DateOnly(2025, 1, 1), Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) } }, null, cts.Token));
    }
}
