using System.Globalization;
using LaiChau.PlanRules.Rules;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// Why a finding exists, computed when asked (never stored with the report): the rule, the clause text,
/// the legal basis, the evidence, and how the due date was computed (window, policy, days off skipped).
/// </summary>
public sealed class FindingExplanation
{
    private FindingExplanation(Finding finding, RuleInfo rule, string clauseText, IReadOnlyList<string> legalBases, IReadOnlyList<LocalizedText> evidence, IReadOnlyList<LocalizedText> deadlineSteps)
    {
        Finding = finding;
        Rule = rule;
        ClauseText = clauseText;
        PlanLegalBases = legalBases;
        Evidence = evidence;
        DeadlineSteps = deadlineSteps;
    }

    /// <summary>The finding.</summary>
    public Finding Finding { get; }

    /// <summary>The rule that made it, built-in or host-written: its code, severity, clause, legal basis and messages.</summary>
    public RuleInfo Rule { get; }

    /// <summary>The text of the clause the finding rests on (<see cref="Finding.ClausePath"/>).</summary>
    public string ClauseText { get; }

    /// <summary>The plan's legal bases (Căn cứ), as citations.</summary>
    public IReadOnlyList<string> PlanLegalBases { get; }

    /// <summary>The evidence behind the finding, described.</summary>
    public IReadOnlyList<LocalizedText> Evidence { get; }

    /// <summary>How the due date was computed, step by step; empty when the finding has no due date.</summary>
    public IReadOnlyList<LocalizedText> DeadlineSteps { get; }

    private static LocalizedText Describe(Submission s, ReportContext ctx, IReadOnlyList<Submission> all)
    {
        string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var at = s.Instant is { } i ? VietnamTime.ToVietnam(i).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) + " (giờ Việt Nam)" : D(s.JudgedOn);
        var atEn = s.Instant is { } j ? VietnamTime.ToVietnam(j).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) + " (Vietnam time)" : D(s.JudgedOn);
        var sender = ctx.BodyName(s.SenderBodyId, null);
        var rank = all.ToList().IndexOf(s) + 1;
        var doc = s.DocumentNumber is null ? string.Empty : $" số {s.DocumentNumber}";
        var docEn = s.DocumentNumber is null ? string.Empty : $" no. {s.DocumentNumber}";
        var onBehalf = s.OnBehalfOfBodyId is null ? string.Empty : $", thay cho {ctx.BodyName(s.OnBehalfOfBodyId, null)}";
        var onBehalfEn = s.OnBehalfOfBodyId is null ? string.Empty : $", on behalf of {ctx.BodyName(s.OnBehalfOfBodyId, null)}";
        var route = $"kính gửi: {s.Addressee ?? "không ghi"}; nơi nhận: {s.DeliveredTo ?? "không ghi"}";
        var routeEn = $"addressed to: {s.Addressee ?? "not recorded"}; delivered to: {s.DeliveredTo ?? "not recorded"}";
        return new LocalizedText(
            $"Chứng cứ {s.EvidenceId}{doc} của {sender}{onBehalf}, thời điểm xét {at}, thứ {rank}/{all.Count} theo thứ tự nhận; {route}.",
            $"Evidence {s.EvidenceId}{docEn} from {sender}{onBehalfEn}, judged at {atEn}, {rank} of {all.Count} in order of receipt; {routeEn}.");
    }

    internal static FindingExplanation Create(ComplianceReport report, Finding finding)
    {
        var ctx = report.Context;
        var clauseText = ctx.Plan.TryFind(finding.ClausePath, out var clause) ? clause.Text : string.Empty;
        var bases = ctx.Plan.LegalBases.Select(b => Documents.DocumentNumber.TryParse(b.Number, out _) ? b.ToDocumentReference().ToFullCitation() : b.Number).ToList();
        var evidence = new List<LocalizedText>();
        var basis = finding.Basis;
        var submissions = basis.Submissions;
        foreach (var id in finding.EvidenceIds)
        {
            var s = submissions.FirstOrDefault(x => x.EvidenceId == id);
            evidence.Add(s is null ? new LocalizedText($"Chứng cứ {id}.", $"Evidence {id}.") : Describe(s, ctx, submissions));
        }

        if (evidence.Count == 0)
        {
            evidence.Add(new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"Không có chứng cứ nào nhận đến ngày {report.AsOf:dd/MM/yyyy} cho nghĩa vụ này."),
                string.Create(CultureInfo.InvariantCulture, $"No evidence received by {report.AsOf:dd/MM/yyyy} answers this obligation.")));
        }

        var steps = basis.Deadline is { } deadline ? ctx.Deadlines.Explain(deadline, basis.Period, basis.Part) : [];
        return new FindingExplanation(finding, finding.Rule, clauseText, bases, evidence, steps);
    }
}
