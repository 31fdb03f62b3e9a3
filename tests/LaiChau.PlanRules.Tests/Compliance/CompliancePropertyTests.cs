using CsCheck;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>Properties that hold for any evidence: generated with CsCheck (seeded, shrinking).</summary>
public class CompliancePropertyTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();
    private static readonly IReadOnlyList<string> Bodies2025 = Scenario.Obligated(2025);

    // A random report: a body of 2025, a period, a received instant around the deadline, a route.
    private static readonly Gen<ReceivedReport> GenReport =
        from body in Gen.OneOfConst(Bodies2025.Concat(["ubnd-tam-duong", "so-ke-hoach-dau-tu"]).ToArray())
        from period in Gen.Int[2024, 2025]
        from minutes in Gen.Int[-20 * 24 * 60, 10 * 24 * 60]
        from delivered in Gen.OneOfConst<string?>("so-noi-vu", "ubnd-tinh", "van-phong-ubnd", null)
        from addressee in Gen.OneOfConst<string?>("ubnd-tinh", "so-noi-vu", null)
        from n in Gen.Int[0, 1_000_000]
        select new ReceivedReport
        {
            Id = "G" + n,
            Body = body,
            Period = period,
            ReceivedAt = new DateTimeOffset(period, 12, 16, 12, 0, 0, TimeSpan.FromHours(7)).AddMinutes(minutes),
            DeliveredTo = delivered,
            Addressee = addressee,
        };

    private static readonly Gen<List<ReceivedReport>> GenReports =
        GenReport.List[0, 25].Select(list => list.GroupBy(r => r.Id).Select(g => g.First()).ToList());

    private static EvidenceSet Evidence(IReadOnlyList<ReceivedReport> reports) => new()
    {
        AsOf = new DateOnly(2026, 1, 15),
        Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        Policy = new PolicyOverrides { FirstYear = 2024, LastYear = 2026 },
        Reports = reports,
    };

    private static string Fingerprint(ComplianceReport r) =>
        string.Join("\n", r.Findings.Select(f => f.Id + "|" + f.Message.Vi)) + "\n--\n" +
        string.Join("\n", r.ReportStatuses.Select(c => $"{c.ObligationId}|{c.Status}|{c.EvidenceId}"));

    [Fact]
    public void EvidenceOrder_NeverChangesTheReport()
    {
        Gen.Select(GenReports, Gen.Int).Sample((reports, seed) =>
        {
            var shuffled = reports.OrderBy(r => HashCode.Combine(r.Id, seed)).ToList();
            Assert.Equal(Fingerprint(Evaluator.Evaluate(Evidence(reports))), Fingerprint(Evaluator.Evaluate(Evidence(shuffled))));
        }, iter: 40, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void EvaluatingTwice_GivesTheSameReport()
    {
        GenReports.Sample(reports =>
        {
            var e = Evidence(reports);
            Assert.Equal(Fingerprint(Evaluator.Evaluate(e)), Fingerprint(Evaluator.Evaluate(e)));
        }, iter: 20, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void AFirstCorrectOnTimeReport_NeverAddsAViolationOrWarning()
    {
        Gen.Select(GenReports, Gen.OneOfConst(Bodies2025.ToArray())).Sample((reports, body) =>
        {
            // Only when the body has sent nothing for 2025 yet is the new report its first.
            var others = reports.Where(r => !(r.Period == 2025 && (r.Body == body || r.OnBehalfOf == body))).ToList();
            var before = Evaluator.Evaluate(Evidence(others));
            var good = new ReceivedReport
            {
                Id = "GOOD", Body = body, Period = 2025, ReceivedAt = new DateTimeOffset(2025, 12, 15, 9, 0, 0, TimeSpan.FromHours(7)),
                Addressee = "ubnd-tinh", DeliveredTo = body == "so-noi-vu" ? "ubnd-tinh" : "so-noi-vu",
            };
            var after = Evaluator.Evaluate(Evidence([.. others, good]));

            var serious = (ComplianceReport r) => r.Findings.Where(f => f.Severity >= FindingSeverity.Warning).Select(f => f.Id).ToHashSet();
            Assert.Empty(serious(after).Except(serious(before)));
        }, iter: 30, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void MovingTheDateForward_NeverRemovesAMissingReport_WithoutNewEvidence()
    {
        Gen.Select(GenReports, Gen.Int[0, 400]).Sample((reports, days) =>
        {
            var e = Evidence(reports);
            var earlier = new DateOnly(2025, 12, 1).AddDays(days / 2);
            var later = earlier.AddDays(days);
            var receivedBetween = reports.Any(r => LaiChau.PlanRules.VietnamTime.LocalDate(r.ReceivedAt) is var d && d > earlier && d <= later);
            if (receivedBetween) return;
            var missing = (DateOnly asOf) => Evaluator.Evaluate(e, asOf).Findings.Where(f => f.Code == FindingCodes.ReportMissing).Select(f => f.Id).ToHashSet();
            Assert.Empty(missing(earlier).Except(missing(later)));
        }, iter: 30, seed: "0N0XIzNsQ0O2");
    }
}
