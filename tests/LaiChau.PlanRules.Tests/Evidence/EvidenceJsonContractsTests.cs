using System.Reflection;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Evidence;

public class EvidenceJsonContractsTests
{
    [Fact]
    public void EvidenceRecords_CarryNoJsonAttributes()
    {
        // The JSON mapping lives in EvidenceJsonContracts: the public records stay plain.
        var records = typeof(EvidenceSet).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(EvidenceSet).Namespace);
        var attributed = records
            .SelectMany(t => t.GetProperties().Cast<MemberInfo>().Append(t))
            .Where(m => m.GetCustomAttributes().Any(a => a.GetType().Namespace?.StartsWith("Newtonsoft", StringComparison.Ordinal) == true))
            .Select(m => m.DeclaringType?.Name + "." + m.Name);

        Assert.Empty(attributed);
    }

    [Fact]
    public void IsRequired_FollowsTheCSharpRequiredModifier_AndSchemaVersion()
    {
        Assert.True(EvidenceJsonContracts.IsRequired(typeof(ReceivedReport).GetProperty(nameof(ReceivedReport.Id))!));
        Assert.True(EvidenceJsonContracts.IsRequired(typeof(ReceivedReport).GetProperty(nameof(ReceivedReport.ReceivedAt))!));
        Assert.False(EvidenceJsonContracts.IsRequired(typeof(ReceivedReport).GetProperty(nameof(ReceivedReport.SentAt))!));
        Assert.True(EvidenceJsonContracts.IsRequired(typeof(EvidenceSet).GetProperty(nameof(EvidenceSet.SchemaVersion))!));
    }

    [Fact]
    public void Parse_AReportWithoutItsBody_NamesTheMissingMember()
    {
        const string json = """{ "schemaVersion": 1, "reports": [ { "id": "A", "period": 2024, "receivedAt": "2024-12-16T09:00:00+07:00" } ] }""";

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json));

        Assert.Contains("Required property 'body' not found", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AFileWithoutSchemaVersion_IsRefused()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse("{ }"));

        Assert.Contains("schemaVersion", e.Reason, StringComparison.Ordinal);
    }
}
