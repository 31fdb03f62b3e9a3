using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Tests.Evidence;

public sealed class EvidenceSchemaTests
{
    private static readonly string CommittedPath = RepoFiles.Path("src/LaiChau.PlanRules/Data/evidence.schema.json");

    [Fact]
    public void EvidenceSchema_IsUpToDate()
    {
        var generated = EvidenceSchemaGenerator.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CommittedPath, generated);
        }

        var committed = File.ReadAllText(CommittedPath).ReplaceLineEndings("\n");
        Assert.True(committed == generated, "src/LaiChau.PlanRules/Data/evidence.schema.json is out of date: run `UPDATE_SCHEMA=1 dotnet test --filter EvidenceSchema_IsUpToDate` and commit the file.");
    }

    [Fact]
    public void Json_IsTheEmbeddedCommittedFile()
    {
        Assert.Equal(File.ReadAllText(CommittedPath).ReplaceLineEndings("\n"), EvidenceSchema.Json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Json_DescribesEveryTopLevelFieldOfAnEvidenceSet()
    {
        var schema = JObject.Parse(EvidenceSchema.Json);
        var properties = ((JObject)schema["properties"]!).Properties().Select(p => p.Name).ToHashSet();
        foreach (var p in typeof(EvidenceSet).GetProperties().Where(p => p.GetMethod!.IsStatic == false))
        {
            Assert.Contains(char.ToLowerInvariant(p.Name[0]) + p.Name[1..], properties);
        }

        Assert.False(schema["additionalProperties"]!.Value<bool>());
        Assert.Equal(["schemaVersion"], schema["required"]!.Values<string>());
    }

    [Fact]
    public void Json_MapsTypesTheWayTheReaderReadsThem()
    {
        var defs = (JObject)JObject.Parse(EvidenceSchema.Json)["$defs"]!;
        var report = (JObject)defs["ReceivedReport"]!;
        Assert.Equal(["id", "body", "period", "receivedAt"], report["required"]!.Values<string>());
        Assert.Equal("date-time", report["properties"]!["receivedAt"]!["format"]!.Value<string>());
        Assert.Equal("date", report["properties"]!["documentDate"]!["format"]!.Value<string>());
        Assert.Equal(["string", "null"], report["properties"]!["documentDate"]!["type"]!.Values<string>());
        Assert.Equal(["hand", "post", "fax", "email", "software", "other"], defs["DeliveryMeans"]!["enum"]!.Values<string>());
        var deadlines = defs["PolicyOverrides"]!["properties"]!["deadlines"]!;
        Assert.Equal("#/$defs/DeadlineRule", deadlines["additionalProperties"]!["$ref"]!.Value<string>());
    }
}
