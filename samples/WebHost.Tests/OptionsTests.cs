using LaiChau.PlanRules.Compliance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WebHost.Tests;

/// <summary>PlanRules:Policy comes from configuration (appsettings.json, environment, command line) and is validated on start.</summary>
public sealed class OptionsTests
{
    [Fact]
    public async Task Policy_FromConfiguration_BoundAndUsedByTheMonitor()
    {
        using var factory = new WebHostFactory(settings: new Dictionary<string, string> { ["PlanRules:Policy:CutOffDay"] = "31" });
        var client = factory.CreateClient();

        var findings = await Api.FindingIdsAsync(client);

        Assert.Equal(31, factory.Services.GetRequiredService<IOptions<PlanRulesOptions>>().Value.Policy.CutOffDay);
        Assert.Equal(Api.FullEvaluationWith(factory.DatabasePath, Api.Today, o => o.Policy.CutOffDay = 31), findings);
        Assert.NotEqual(Api.FullEvaluation(factory.DatabasePath, Api.Today), findings); // a later cut-off changes who is late
    }

    [Fact]
    public void Policy_Invalid_TheHostDoesNotStart()
    {
        using var factory = new WebHostFactory(settings: new Dictionary<string, string> { ["PlanRules:Policy:CutOffMonth"] = "13" });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.IsType<OptionsValidationException>(error);
    }
}
