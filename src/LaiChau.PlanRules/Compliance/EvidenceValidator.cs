using System.Globalization;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// Every check of the evidence against the catalog, the plan and the policy, in one place: ids present and
/// unique (requests included), body, group, task and milestone ids known, periods in range, the fields a kind
/// needs given together. Each error is a <see cref="PlanRulesInputException"/> at the JSON path of the value
/// (<c>requests[3].groups[0]</c>). One validator holds the evidence ids seen so far: use one per evidence set.
/// </summary>
/// <remarks>
/// The requests are checked first and once (<see cref="CheckRequests"/>), before the obligation model uses
/// them; whoever checks the rest of the same evidence later reserves their ids (<see cref="ReserveIds"/>).
/// </remarks>
internal sealed class EvidenceValidator
{
    private readonly PlanDocument _plan;
    private readonly BodyCatalog _catalog;
    private readonly CompliancePolicy _policy;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private HashSet<string>? _milestones;

    public EvidenceValidator(PlanDocument plan, BodyCatalog catalog, CompliancePolicy policy)
    {
        _plan = plan;
        _catalog = catalog;
        _policy = policy;
    }

    /// <summary>Checks the schema version and every request (ids, bodies, groups, issuer, period).</summary>
    public void CheckRequests(EvidenceSet evidence)
    {
        if (evidence.SchemaVersion != EvidenceSet.CurrentSchemaVersion)
        {
            throw Error(
                string.Create(CultureInfo.InvariantCulture, $"Không hỗ trợ schemaVersion {evidence.SchemaVersion}; thư viện này đọc phiên bản {EvidenceSet.CurrentSchemaVersion}."),
                string.Create(CultureInfo.InvariantCulture, $"schemaVersion {evidence.SchemaVersion} is not supported; this library reads version {EvidenceSet.CurrentSchemaVersion}."), "schemaVersion");
        }

        for (var i = 0; i < evidence.Requests.Count; i++)
        {
            var path = $"requests[{i}]";
            var r = evidence.Requests[i] ?? throw Error("Một yêu cầu báo cáo có giá trị null.", "A request is null.", path);
            RequireId(r.Id, path);
            RequireDate(r.DueOn, path, ".dueOn");
            if (r.DocumentDate is { } dd) RequireDate(dd, path, ".documentDate");
            for (var j = 0; j < r.Bodies.Count; j++) RequireBody(r.Bodies[j], $"{path}.bodies[{j}]");
            for (var j = 0; j < r.Groups.Count; j++)
            {
                if (r.Groups[j] is not { } g || !_catalog.TryGetGroup(g, out _)) throw Error($"Không có mã nhóm '{r.Groups[j]}'.", $"Unknown group id '{r.Groups[j]}'.", $"{path}.groups[{j}]");
            }

            if (r.Issuer is not null) RequireBody(r.Issuer, path, ".issuer");
            if (r.Period is { } p) RequirePeriod(p, path, ".period");
            else if (r.Kind == ReportRequestKind.PeriodDeadline) throw Error("Yêu cầu báo cáo theo hạn của kỳ phải nêu kỳ báo cáo.", "A period-deadline request must name its period.", path + ".period");
            if ((r.Half ?? r.Quarter) is not null && r.Kind != ReportRequestKind.PeriodDeadline)
            {
                throw Error("Chỉ yêu cầu báo cáo theo hạn của kỳ mới nêu nửa năm hoặc quý; yêu cầu đột xuất thuộc về kỳ của nó.", "Only a period-deadline request names a half or quarter; an ad hoc request belongs to its period.", path + (r.Half is null ? ".quarter" : ".half"));
            }

            PartOf(r.Half, r.Quarter, path);
        }
    }

    /// <summary>Marks ids as used (the requests, checked already by <see cref="CheckRequests"/>).</summary>
    public void ReserveIds(IEnumerable<EvidenceItem?> items)
    {
        foreach (var item in items)
        {
            if (item?.Id is { } id) _ids.Add(id);
        }
    }

    /// <summary>Checks one piece of evidence (not a request) found at <paramref name="path"/>.</summary>
    public void Check(EvidenceItem? item, string path)
    {
        switch (item)
        {
            case ReceivedReport r: CheckReport(r, path); break;
            case ImplementationPlanIssued p:
                CheckBodyItem(p.Id, p.Body, path, p.OnBehalfOf);
                RequireDate(p.IssuedOn, path, ".issuedOn");
                break;
            case SynthesisSubmitted s:
                CheckBodyItem(s.Id, s.Body, path);
                RequirePeriod(s.Period, path, ".period");
                PartOf(s.Half, s.Quarter, path);
                RequireInstant(s.SubmittedAt, path, ".submittedAt");
                break;
            case ReviewHeld v: CheckReview(v, path); break;
            case TaskProgress t: CheckProgress(t, path); break;
            case StudyHeld s:
                CheckBodyItem(s.Id, s.Body, path);
                RequireDate(s.HeldOn, path, ".heldOn");
                break;
            case InspectionHeld s:
                CheckBodyItem(s.Id, s.Body, path);
                RequirePeriod(s.Period, path, ".period");
                RequireDate(s.HeldOn, path, ".heldOn");
                break;
            case null: throw new ArgumentNullException(nameof(item));
            default: throw new ArgumentException($"{item.GetType().Name} is not evidence this check takes.", nameof(item));
        }
    }

    /// <summary>
    /// Checks that each report's <c>replaces</c> names a report of the same obligation among <paramref name="reports"/>
    /// (the reports received by the as-of date, with the obligation each answers).
    /// </summary>
    public static void CheckReplacements(IReadOnlyList<(ReceivedReport Report, Obligation? Obligation, string Path)> reports)
    {
        Dictionary<string, Obligation?>? byId = null; // built when the first report that replaces another is met
        foreach (var (r, obligation, path) in reports)
        {
            if (r.Replaces is null) continue;
            if (byId is null)
            {
                byId = new Dictionary<string, Obligation?>(reports.Count, StringComparer.Ordinal);
                foreach (var (other, o, _) in reports) byId[other.Id] = o;
            }

            if (r.Replaces == r.Id) throw Error("Một báo cáo không thể thay thế chính nó.", "A report cannot replace itself.", path + ".replaces");
            if (!byId.TryGetValue(r.Replaces, out var replaced))
            {
                throw Error($"Báo cáo '{r.Replaces}' mà báo cáo này thay thế không có trong số báo cáo đã nhận đến ngày tính.", $"Report '{r.Replaces}' that this one replaces is not among the reports received by the as-of date.", path + ".replaces");
            }

            if (!ReferenceEquals(replaced, obligation))
            {
                throw Error($"Báo cáo '{r.Replaces}' thuộc cơ quan, đơn vị khác hoặc kỳ khác; một báo cáo chỉ thay thế báo cáo cùng cơ quan, đơn vị và cùng kỳ.", $"Report '{r.Replaces}' is for another body or period; a report replaces one of its own body and period.", path + ".replaces");
            }
        }
    }

    /// <summary>The error for a null entry of an evidence list ("A report is null.").</summary>
    public static PlanRulesInputException IsNull(string whatVi, string whatEn, string path) => Error($"{whatVi} có giá trị null.", $"{whatEn} is null.", path);

    /// <summary>The ad hoc request a report answers; an error when the evidence has no such request.</summary>
    public static ReportRequest AdHocRequest(ReceivedReport r, IReadOnlyDictionary<string, ReportRequest> requests, string path)
    {
        var request = r.RequestId is { } id ? requests.GetValueOrDefault(id) : null;
        return request is { Kind: ReportRequestKind.AdHoc }
            ? request
            : throw Error($"Yêu cầu '{r.RequestId}' không phải là yêu cầu báo cáo đột xuất trong dữ liệu chứng cứ này.", $"Request '{r.RequestId}' is not an ad hoc request of this evidence.", path + ".requestId");
    }

    /// <summary>The error when task progress names no body and the task has not exactly one lead body.</summary>
    public static PlanRulesInputException LeadNotSingle(string taskId, int leads, string path) =>
        Error($"Nhiệm vụ '{taskId}' có {leads} cơ quan chủ trì: hãy nêu cơ quan.", $"Task '{taskId}' has {leads} lead bodies: name the body.", path + ".body");

    /// <summary>The error when task progress names a body that does not lead the task (in its period).</summary>
    public static PlanRulesInputException NotALead(string body, string taskId, int? period, string path) =>
        Error($"Cơ quan '{body}' không chủ trì nhiệm vụ '{taskId}'{(period is { } year ? string.Create(CultureInfo.InvariantCulture, $" trong năm {year}") : string.Empty)}.", $"Body '{body}' does not lead task '{taskId}'{(period is { } q ? string.Create(CultureInfo.InvariantCulture, $" in {q}") : string.Empty)}.", path + ".body");

    private void CheckReport(ReceivedReport r, string path)
    {
        RequireId(r.Id, path);
        RequireBody(r.Body, path, ".body");
        if (r.OnBehalfOf is not null) RequireBody(r.OnBehalfOf, path, ".onBehalfOf");
        if (r.Addressee is not null) RequireBody(r.Addressee, path, ".addressee");
        if (r.DeliveredTo is not null) RequireBody(r.DeliveredTo, path, ".deliveredTo");
        RequirePeriod(r.Period, path, ".period");
        PartOf(r.Half, r.Quarter, path);
        RequireInstant(r.ReceivedAt, path, ".receivedAt");
        if (r.SentAt is { } sent) RequireInstant(sent, path, ".sentAt");
        if (r.DocumentDate is { } dd) RequireDate(dd, path, ".documentDate");
        for (var i = 0; i < r.TaskResults.Count; i++)
        {
            var t = r.TaskResults[i];
            if (t is null || string.IsNullOrWhiteSpace(t.TaskId) || _plan.Appendix.Find(t.TaskId) is null)
            {
                throw Error($"Nhiệm vụ '{t?.TaskId}' không có trong phụ lục của kế hoạch.", $"Task '{t?.TaskId}' is not in the plan's appendix.", $"{path}.taskResults[{i}].taskId");
            }
        }
    }

    private void CheckBodyItem(string id, string body, string path, string? onBehalfOf = null)
    {
        RequireId(id, path);
        RequireBody(body, path, ".body");
        if (onBehalfOf is not null) RequireBody(onBehalfOf, path, ".onBehalfOf");
    }

    private void CheckReview(ReviewHeld r, string path)
    {
        RequireId(r.Id, path);
        RequireDate(r.HeldOn, path, ".heldOn");
        _milestones ??= _policy.ReviewMilestones.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        if (r.Milestone is null || !_milestones.Contains(r.Milestone))
        {
            throw Error($"Mốc sơ kết, tổng kết '{r.Milestone}' chưa được cấu hình (policy.reviewMilestones).", $"Review milestone '{r.Milestone}' is not configured (policy.reviewMilestones).", path + ".milestone");
        }
    }

    private void CheckProgress(TaskProgress p, string path)
    {
        RequireId(p.Id, path);
        var task = _plan.Appendix.Find(p.TaskId)
            ?? throw Error($"Nhiệm vụ '{p.TaskId}' không có trong phụ lục của kế hoạch.", $"Task '{p.TaskId}' is not in the plan's appendix.", path + ".taskId");
        if (p.Body is not null) RequireBody(p.Body, path, ".body");
        if (p.CompletedOn is { } done) RequireDate(done, path, ".completedOn");
        if (p.Status == TaskProgressStatus.Completed && p.CompletedOn is null) throw Error("Nhiệm vụ đã hoàn thành cần có completedOn.", "A completed task needs completedOn.", path + ".completedOn");
        if (p.Status != TaskProgressStatus.Completed && p.CompletedOn is not null) throw Error("Có completedOn nhưng trạng thái không phải là đã hoàn thành.", "completedOn is given but the status is not completed.", path + ".completedOn");
        for (var j = 0; j < p.Extensions.Count; j++)
        {
            if (p.Extensions[j] is not { } x) throw Error("Một lần gia hạn có giá trị null.", "An extension is null.", $"{path}.extensions[{j}]");
            RequireDate(x.NewDueOn, path, $".extensions[{j}].newDueOn");
            if (x.GrantedOn is { } granted) RequireDate(granted, path, $".extensions[{j}].grantedOn");
        }

        var recurring = task.Timing.IsRecurring || task.Timing.Kind == TimingKind.Continuous;
        if (recurring && p.Period is null) throw Error($"Nhiệm vụ '{task.Id}' lặp lại ({task.Timing.Text}): hãy nêu kỳ.", $"Task '{task.Id}' recurs ({task.Timing.Text}): name the period.", path + ".period");
        if (!recurring && p.Period is not null) throw Error($"Nhiệm vụ '{task.Id}' chỉ thực hiện một lần ({task.Timing.Text}): không nêu kỳ.", $"Task '{task.Id}' is a one-off task ({task.Timing.Text}): it takes no period.", path + ".period");
        if (p.Period is { } y) RequirePeriod(y, path, ".period");
    }

    // The checks take the JSON path in two parts and join them only when a check fails: building the path of
    // every member of every piece of evidence was a large share of an evaluation's allocations.
    private void RequireId(string? id, string path)
    {
        if (string.IsNullOrWhiteSpace(id)) throw Error("Mã chứng cứ để trống.", "The evidence id is empty.", path + ".id");
        if (!_ids.Add(id)) throw Error($"Mã chứng cứ '{id}' bị dùng hai lần.", $"The evidence id '{id}' is used twice.", path + ".id");
    }

    private void RequireBody(string? id, string path, string member = "")
    {
        if (string.IsNullOrWhiteSpace(id) || !_catalog.TryGet(id, out _))
        {
            throw Error($"Không có mã cơ quan, đơn vị '{id}': hãy dùng mã trong danh mục (lệnh planrules bodies liệt kê các mã).", $"Unknown body id '{id}': use an id of the catalog (planrules bodies lists them).", path + member);
        }
    }

    /// <summary>
    /// The half or quarter a report or synthesis names (null for a whole year), checked: a half is 1 or 2, a quarter 1 to 4,
    /// and not both.
    /// </summary>
    public static SubPeriod? PartOf(int? half, int? quarter, string path)
    {
        if (half is not null && quarter is not null) throw Error("Chỉ ghi nửa năm hoặc quý, không ghi cả hai: một báo cáo bao quát một nửa năm hoặc một quý của kỳ.", "Give either half or quarter, not both: a report covers one half or one quarter of its period.", path + ".quarter");
        if (half is { } x and not (1 or 2)) throw Error(string.Create(CultureInfo.InvariantCulture, $"Nửa năm {x} không phải là 1 (15/12 đến 14/6) hoặc 2 (15/6 đến 14/12)."), string.Create(CultureInfo.InvariantCulture, $"Half {x} is not 1 (15/12 to 14/6) or 2 (15/6 to 14/12)."), path + ".half");
        if (quarter is { } q and not (>= 1 and <= 4)) throw Error(string.Create(CultureInfo.InvariantCulture, $"Quý {q} không nằm trong khoảng 1 đến 4."), string.Create(CultureInfo.InvariantCulture, $"Quarter {q} is not 1 to 4."), path + ".quarter");
        return SubPeriod.From(half, quarter);
    }

    private static void RequirePeriod(int period, string path, string member)
    {
        if (period is < 1990 or > 2200) throw Error(string.Create(CultureInfo.InvariantCulture, $"Kỳ {period} không phải là năm trong khoảng 1990 đến 2200."), string.Create(CultureInfo.InvariantCulture, $"Period {period} is not a year between 1990 and 2200."), path + member);
    }

    /// <summary>
    /// Refuses a date outside the years the working-day calendar covers (1900-2199): every date of the evidence
    /// is checked before any arithmetic on it, so a typo such as 9999 is an input error at its path, not an overflow.
    /// </summary>
    public static void RequireDate(DateOnly date, string path, string member = "")
    {
        if (date < VietnameseLunarCalendar.MinSupportedDate || date > VietnameseLunarCalendar.MaxSupportedDate)
        {
            throw Error(
                string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} nằm ngoài các năm {VietnameseLunarCalendar.MinSupportedDate.Year} đến {VietnameseLunarCalendar.MaxSupportedDate.Year} mà lịch ngày làm việc bao quát."),
                string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is outside the years {VietnameseLunarCalendar.MinSupportedDate.Year} to {VietnameseLunarCalendar.MaxSupportedDate.Year} that the working-day calendar covers."), path + member);
        }
    }

    /// <summary>
    /// Refuses an instant whose Vietnam date is outside the years the working-day calendar covers; compared in UTC,
    /// so <see cref="DateTimeOffset.MaxValue"/> is refused without an overflow.
    /// </summary>
    public static void RequireInstant(DateTimeOffset instant, string path, string member = "")
    {
        if (instant < FirstSupportedInstant || instant >= EndOfSupportedInstants)
        {
            throw Error(
                string.Create(CultureInfo.InvariantCulture, $"{instant.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} nằm ngoài các năm {VietnameseLunarCalendar.MinSupportedDate.Year} đến {VietnameseLunarCalendar.MaxSupportedDate.Year} (giờ Việt Nam) mà lịch ngày làm việc bao quát."),
                string.Create(CultureInfo.InvariantCulture, $"{instant.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} is outside the years {VietnameseLunarCalendar.MinSupportedDate.Year} to {VietnameseLunarCalendar.MaxSupportedDate.Year} (Vietnam time) that the working-day calendar covers."), path + member);
        }
    }

    private static readonly DateTimeOffset FirstSupportedInstant = VietnamTime.StartOfDay(VietnameseLunarCalendar.MinSupportedDate);
    private static readonly DateTimeOffset EndOfSupportedInstants = VietnamTime.EndOfDay(VietnameseLunarCalendar.MaxSupportedDate);

    private static PlanRulesInputException Error(string vi, string en, string path) => new(new LocalizedText(vi, en), jsonPath: path);
}
