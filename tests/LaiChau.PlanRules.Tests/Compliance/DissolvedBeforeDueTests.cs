using System.Text;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>A body that exists on the cut-off but is dissolved before the due date.</summary>
public class DissolvedBeforeDueTests
{
    // Illustrative test data: a department that exists on the 2024 cut-off (Sat 14/12) and is absorbed
    // into Sở Tài chính on Mon 16/12/2024, before the assumed due date Tue 17/12/2024.
    private const string Overrides = """
        {
          "schemaVersion": 1,
          "bodies": [
            {
              "id": "so-thu-nghiem",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Sở Thử nghiệm (minh họa)", "en": "Test Department (illustrative)" } ],
              "dissolvedOn": "2024-12-16",
              "succession": { "kind": "absorbedInto", "successorIds": [ "so-tai-chinh" ], "confidence": "confirmed" },
              "confidence": "confirmed"
            },
            {
              "id": "so-bien-mat",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Sở Biến mất (minh họa)" } ],
              "dissolvedOn": "2024-12-16",
              "succession": { "kind": "abolished", "confidence": "confirmed" },
              "confidence": "confirmed"
            }
          ],
          "addMembers": [
            { "groupId": "provincial-departments", "bodyId": "so-thu-nghiem", "confidence": "confirmed" },
            { "groupId": "provincial-departments", "bodyId": "so-bien-mat", "confidence": "confirmed" }
          ]
        }
        """;

    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create(o =>
        o.Catalog = BodyCatalog.LaiChau.WithOverrides(new MemoryStream(Encoding.UTF8.GetBytes(Overrides)), "test-bodies.json"));

    private static ComplianceReport Evaluate(params ReceivedReport[] reports) => Evaluator.Evaluate(new EvidenceSet
    {
        AsOf = new DateOnly(2024, 12, 31),
        Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        Policy = new PolicyOverrides { LastYear = 2025 },
        Reports = reports,
    });

    [Fact]
    public void ObligationMovesToThePrimarySuccessor_KeepingTheOriginalBodyInItsIdentity()
    {
        var report = Evaluate();

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.ReportMissing && f.BodyId == "so-thu-nghiem");
        Assert.Equal("annual-report:so-thu-nghiem:2024", finding.ObligationId);
        Assert.Equal("so-tai-chinh", finding.ResponsibleBodyId);
    }

    [Fact]
    public void SuccessorReportingOnBehalf_IsMatched()
    {
        var report = Evaluate(new ReceivedReport
        {
            Id = "A", Body = "so-tai-chinh", OnBehalfOf = "so-thu-nghiem", Period = 2024,
            ReceivedAt = new DateTimeOffset(2024, 12, 17, 15, 0, 0, TimeSpan.FromHours(7)), Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu",
        });

        Assert.DoesNotContain(report.Findings, f => f.BodyId == "so-thu-nghiem");
    }

    [Fact]
    public void WithNoSuccessor_TheObligationStaysOnTheDissolvedBody_Flagged()
    {
        var report = Evaluate();

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.ReportMissing && f.BodyId == "so-bien-mat");
        Assert.Null(finding.ResponsibleBodyId);
        Assert.Contains("không có cơ quan kế thừa", finding.Message.Vi);
    }
}
