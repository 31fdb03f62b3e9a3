using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_PrintsTheEvidenceSchemaAsValidJson()
    {
        var result = CliRunner.Run("schema");

        Assert.Equal(0, result.ExitCode);
        var schema = JObject.Parse(result.Out);
        Assert.NotNull(schema["properties"]!["reports"]);
        Assert.Equal(EvidenceSchema.Json, result.Out);
    }
}
