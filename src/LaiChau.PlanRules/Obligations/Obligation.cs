using System.Globalization;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Obligations;

/// <summary>
/// One thing one body owes under the plan: an obligation template instantiated for a body and, for
/// recurring duties, a period. Its identity keeps the originally obligated body; who must act after a
/// restructuring is a separate field.
/// </summary>
public sealed class Obligation
{
    internal Obligation(
        ObligationTemplate template,
        ObligationKind kind,
        string bodyId,
        int? period,
        string? qualifier,
        Deadline? deadline,
        string? responsibleOnDueBodyId,
        bool isOnDissolvedBody,
        ExpectedRoute? route,
        IReadOnlyList<string> routeReceivers,
        IReadOnlyList<string> expectedTaskIds,
        DateOnly? remindFrom,
        string clausePath,
        SubPeriod? subPeriod = null)
    {
        SubPeriod = subPeriod;
        Template = template;
        Kind = kind;
        BodyId = bodyId;
        Period = period;
        Qualifier = qualifier;
        Deadline = deadline;
        ResponsibleOnDueBodyId = responsibleOnDueBodyId;
        IsOnDissolvedBody = isOnDissolvedBody;
        Route = route;
        RouteReceivers = routeReceivers;
        ExpectedTaskIds = expectedTaskIds;
        RemindFrom = remindFrom;
        ClausePath = clausePath;
        Id = MakeId();
    }

    /// <summary>
    /// The stable id: <c>{template}:{body}:{period}</c> for recurring duties (the period <c>2026</c>, or <c>2026-H1</c>,
    /// <c>2026-Q3</c> for a half or quarter), <c>{template}:{body}</c> for
    /// one-off ones, <c>{template}:{milestone}</c> for reviews, <c>request:{request}:{body}</c> for ad hoc requests.
    /// </summary>
    /// <remarks>Computed once: NRules asks for a fact's identity on every insert and update, and every index keys by it.</remarks>
    public string Id { get; }

    private string MakeId() => Qualifier is not null
        ? Period is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{TemplateId}:{Qualifier}:{BodyId}:{p}")
            : $"{TemplateId}:{Qualifier}:{BodyId}"
        : Period is { } y
            ? SubPeriod is { } part
                ? string.Create(CultureInfo.InvariantCulture, $"{TemplateId}:{BodyId}:{y}-{part.Code}")
                : string.Create(CultureInfo.InvariantCulture, $"{TemplateId}:{BodyId}:{y}")
            : $"{TemplateId}:{BodyId}";

    /// <summary>The template it instantiates.</summary>
    public ObligationTemplate Template { get; }

    /// <summary>The template id (or <c>request</c> for ad hoc requests).</summary>
    public string TemplateId => Kind == ObligationKind.AdHocReport ? "request" : Template.Id;

    /// <summary>What is owed.</summary>
    public ObligationKind Kind { get; }

    /// <summary>
    /// The clause the obligation rests on (for example <c>III.1.d4</c>); for an ad hoc request, the request's number and
    /// "Nghị định 09/2019/NĐ-CP, Điều 4 (báo cáo đột xuất)", since no clause of the plan asks for it.
    /// </summary>
    public string ClausePath { get; }

    /// <summary>The body originally obligated (part of the identity).</summary>
    public string BodyId { get; }

    /// <summary>The period for recurring duties (the year); null for one-off ones.</summary>
    public int? Period { get; }

    /// <summary>The half or quarter of <see cref="Period"/> a half-yearly or quarterly duty is owed for; null for a whole year and for one-off duties.</summary>
    public SubPeriod? SubPeriod { get; }

    /// <summary>
    /// The period as reports write it: "2026", "6 tháng đầu năm 2026" / "first half of 2026", "Quý III/2026" / "Q3 2026";
    /// null without a period.
    /// </summary>
    public LocalizedText? PeriodLabel => Period is { } y ? SubPeriod.LabelOf(y, SubPeriod) : null;

    /// <summary>The milestone or request id that qualifies the obligation, if any.</summary>
    public string? Qualifier { get; }

    /// <summary>The deadline, or null when no deadline applies (then the obligation is pending, never violated).</summary>
    public Deadline? Deadline { get; }

    /// <summary>The due date, if any.</summary>
    public DateOnly? DueOn => Deadline?.DueOn;

    /// <summary>
    /// Who must act at the due date: the body itself, or its primary successor when it was dissolved
    /// before the due date; null when it was abolished with no successor.
    /// </summary>
    public string? ResponsibleOnDueBodyId { get; }

    /// <summary>True when the body was dissolved before the due date with no successor: the obligation stays on it, flagged.</summary>
    public bool IsOnDissolvedBody { get; }

    /// <summary>The route a submission must take, if the template says.</summary>
    public ExpectedRoute? Route { get; }

    /// <summary>
    /// The bodies that receive documents for the route's addressee (catalog <c>receivesFor</c>: Văn phòng UBND tỉnh
    /// for UBND tỉnh), sorted by id; a submission addressed or delivered to one of them counts as addressed or
    /// delivered to the addressee. Empty without a route.
    /// </summary>
    internal IReadOnlyList<string> RouteReceivers { get; }

    /// <summary>For reports: the appendix tasks the body leads that the report must cover.</summary>
    public IReadOnlyList<string> ExpectedTaskIds { get; }

    /// <summary>The first as-of date on which a missing submission is flagged as due soon.</summary>
    public DateOnly? RemindFrom { get; }

    /// <summary>True for reports (annual or ad hoc).</summary>
    public bool IsReport => Kind is ObligationKind.AnnualReport or ObligationKind.AdHocReport;

    /// <summary>
    /// True when the obligation is inherited rather than stated: a UBND xã/phường owing a III.1 duty that the plan
    /// put on the districts, which ended on 01/7/2025 (Law 72/2025/QH15; <c>CommunesInheritDistrictDuties</c>).
    /// Such an obligation is partly confirmed (P) until a request names the commune or its group.
    /// </summary>
    public bool IsInherited { get; internal init; }

    /// <summary>The districts whose duty an inherited obligation takes over (the catalog's district → commune table, P); empty otherwise.</summary>
    public IReadOnlyList<string> InheritedFromBodyIds { get; internal init; } = [];

    /// <summary>
    /// The request (công văn) that confirms an inherited obligation by naming the commune, or the communes' group
    /// (<c>commune-committees</c>); null when none does, and for an obligation that is not inherited.
    /// </summary>
    public string? ConfirmedByRequestId { get; internal init; }

    /// <summary>
    /// How sure the obligation itself is: <see cref="Confidence.Partial"/> for an inherited obligation no request has
    /// confirmed, otherwise <see cref="Confidence.Confirmed"/>. A finding that rests on a partly confirmed
    /// obligation is at most a warning.
    /// </summary>
    public Confidence Confidence => IsInherited && ConfirmedByRequestId is null ? Confidence.Partial : Confidence.Confirmed;

    /// <inheritdoc />
    public override string ToString() => Id;
}
