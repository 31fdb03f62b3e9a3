using System.Globalization;
using System.Text.Json;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Benchmarks.Synthetic;

/// <summary>
/// A deterministic synthetic province of any size, for the benchmarks: the embedded Lai Châu plan over a
/// generated catalog of <c>Bodies</c> obligated bodies and <see cref="Years"/> annual periods, two appendix
/// tasks, and evidence mixed on time, late, missing and by the wrong route. The same size and seed always give
/// the same data. Illustrative, not real records.
/// </summary>
/// <remarks>
/// Size: <see cref="ReportObligations"/> = bodies × periods annual-report obligations (the "N" of every table).
/// Each body also owes one implementation plan (no deadline by default, so it never fires); one body in ten
/// (the associations) leads a yearly appendix task, so the session holds about 1.2 N facts in all.
/// The as-of date is inside the reminder window of the fifth period: four periods are past (missing, late,
/// wrong route and on time all occur), the fifth is due soon for the bodies that have not reported, the rest
/// are not due.
/// </remarks>
internal sealed class SyntheticData
{
    /// <summary>Annual periods covered: 2025-2034.</summary>
    public const int Years = 10;

    /// <summary>The first period covered.</summary>
    public const int FirstYear = 2025;

    /// <summary>The period whose reminder window holds the as-of date.</summary>
    public const int CurrentYear = FirstYear + 4;

    /// <summary>The yearly appendix task, led by every association.</summary>
    public const string YearlyTaskId = "PL-01";

    /// <summary>The one-off appendix task, led by Sở Nội vụ.</summary>
    public const string OneOffTaskId = "PL-02";

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private SyntheticData(int reportObligations, BodyCatalog catalog, ComplianceEvaluator evaluator, EvidenceSet evidence, DateOnly asOf, DateOnly currentDue, EvidenceMix mix)
    {
        ReportObligations = reportObligations;
        Catalog = catalog;
        Evaluator = evaluator;
        Evidence = evidence;
        AsOf = asOf;
        CurrentDueOn = currentDue;
        Mix = mix;
    }

    /// <summary>Annual-report obligations (bodies × periods).</summary>
    public int ReportObligations { get; }

    /// <summary>The generated catalog.</summary>
    public BodyCatalog Catalog { get; }

    /// <summary>An evaluator over the generated catalog (rules compiled, plan loaded).</summary>
    public ComplianceEvaluator Evaluator { get; }

    /// <summary>The evidence, as of <see cref="AsOf"/>.</summary>
    public EvidenceSet Evidence { get; }

    /// <summary>The as-of date: the first day of the current period's reminder window.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The current period's due date (advancing to the day after it turns "due soon" into "missing").</summary>
    public DateOnly CurrentDueOn { get; }

    /// <summary>How many reports of each kind were generated.</summary>
    public EvidenceMix Mix { get; }

    /// <summary>Counts of the generated evidence.</summary>
    public sealed record EvidenceMix(int OnTime, int Late, int Missing, int WrongRoute, int DueSoon, int NotDue);

    /// <summary>Builds the data set: <paramref name="reportObligations"/> must be a positive multiple of <see cref="Years"/> and at least 30.</summary>
    public static SyntheticData Create(int reportObligations, int seed = 107)
    {
        if (reportObligations < 3 * Years || reportObligations % Years != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reportObligations), reportObligations, $"A positive multiple of {Years}, at least {3 * Years}.");
        }

        var bodies = reportObligations / Years;
        var catalog = BuildCatalog(bodies);
        var evaluator = CreateEvaluator(catalog);
        var start = BaseEvidence(null);
        var ctx = evaluator.CreateContext(start, new DateOnly(FirstYear, 1, 1));
        var current = ctx.Model.Obligations.First(o => o.Kind == ObligationKind.AnnualReport && o.Period == CurrentYear && o.BodyId != "so-noi-vu");
        var asOf = current.RemindFrom ?? throw new InvalidOperationException("The annual report has no reminder date.");
        var (evidence, mix) = BuildEvidence(ctx.Model, start with { AsOf = asOf }, asOf, seed);
        return new SyntheticData(reportObligations, catalog, evaluator, evidence, asOf, current.DueOn!.Value, mix);
    }

    /// <summary>
    /// An evaluator over a catalog, with the built-in rules (compiled now, so no benchmark pays for it twice). The
    /// obligations limit is raised past the largest size measured (1M and its facts), as a host that needs it would.
    /// </summary>
    public static ComplianceEvaluator CreateEvaluator(BodyCatalog catalog, int? partitions = null)
    {
        var evaluator = ComplianceEvaluator.Create(o =>
        {
            o.Catalog = catalog;
            o.MaxObligations = 20_000_000;
            o.Partitions = partitions;
        });
        evaluator.Warm();
        return evaluator;
    }

    /// <summary>The evidence before anything is received: the plan signed, the periods covered, the appendix.</summary>
    public static EvidenceSet BaseEvidence(DateOnly? asOf) => new()
    {
        AsOf = asOf,
        Illustrative = true,
        Description = "Synthetic benchmark data (illustrative).",
        Plan = new PlanOverrides
        {
            SignedOn = new DateOnly(2024, 10, 15),
            AppendixPublished = false,
            AppendixTasks =
            [
                new AppendixTaskSpec { Id = YearlyTaskId, Title = "Tổng hợp kết quả thực hiện của các hội (minh họa)", Lead = GroupIds.Associations, Timing = "Hằng năm" },
                new AppendixTaskSpec { Id = OneOffTaskId, Title = "Sơ kết giữa kỳ (minh họa)", Lead = "so-noi-vu", Timing = "Quý IV/2027" },
            ],
        },
        Policy = new PolicyOverrides { FirstYear = FirstYear, LastYear = FirstYear + Years - 1 },
    };

    /// <summary>The generated catalog as a JSON stream (docs/catalog-file.md): UBND tỉnh, Sở Nội vụ, Văn phòng UBND and generated agencies.</summary>
    public static MemoryStream CatalogJson(int obligatedBodies)
    {
        var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteString("description", "Synthetic catalog for the benchmarks (illustrative).");
            w.WriteStartArray("bodies");
            Body(w, "ubnd-tinh", "provincialPeoplesCommittee", "Ủy ban nhân dân tỉnh");
            Body(w, "so-noi-vu", "provincialDepartment", "Sở Nội vụ");
            Body(w, "van-phong-ubnd", "provincialDepartment", "Văn phòng Ủy ban nhân dân tỉnh", receivesFor: "ubnd-tinh");
            for (var i = 2; i < obligatedBodies; i++)
            {
                var (kind, name) = KindOf(i);
                Body(w, AgencyId(i), kind, string.Create(CultureInfo.InvariantCulture, $"{name} {i}"));
            }

            w.WriteEndArray();
            w.WriteStartArray("groups");
            Group(w, GroupIds.Departments, ["so-noi-vu", "van-phong-ubnd", .. Agencies(obligatedBodies, "provincialDepartment")]);
            Group(w, GroupIds.Associations, Agencies(obligatedBodies, "provincialAssociation"));
            Group(w, GroupIds.Districts, Agencies(obligatedBodies, "districtPeoplesCommittee"));
            Group(w, GroupIds.Communes, []);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>Loads the generated catalog through the public file format, as a host would.</summary>
    public static BodyCatalog BuildCatalog(int obligatedBodies)
    {
        using var json = CatalogJson(obligatedBodies);
        return BodyCatalog.Load(json, "synthetic-bodies.json", new JsonInputLimits(maxBytes: long.MaxValue));
    }

    /// <summary>
    /// Reports that would arrive next, on the as-of date by the right route, one for each report obligation of a
    /// past or current period that has none yet: adding one to a live session turns REPORT_MISSING into
    /// REPORT_LATE, or clears REPORT_DUE_SOON. In obligation order, at most <paramref name="count"/>.
    /// </summary>
    public List<ReceivedReport> NextReports(int count)
    {
        var reported = new HashSet<(string, int)>(Evidence.Reports.Select(r => (r.Body, r.Period)));
        var ctx = Evaluator.CreateContext(Evidence, AsOf);
        var result = new List<ReceivedReport>(count);
        foreach (var o in ctx.Model.Obligations)
        {
            if (result.Count == count) break;
            if (o.Kind != ObligationKind.AnnualReport || o.Period is not { } p || p > CurrentYear || reported.Contains((o.BodyId, p))) continue;
            result.Add(new ReceivedReport
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"SĐ-MOI-{result.Count:D7}"),
                Body = o.BodyId,
                Period = p,
                ReceivedAt = new DateTimeOffset(AsOf.ToDateTime(new TimeOnly(9, 0)), Vietnam),
                Addressee = o.Route!.AddresseeBodyId,
                DeliveredTo = o.Route.ViaBodyId ?? o.Route.AddresseeBodyId,
                TaskResults = o.ExpectedTaskIds.Select(t => new TaskResult { TaskId = t, Result = "Đã thực hiện (minh họa)" }).ToList(),
            });
        }

        return result;
    }

    private static string AgencyId(int i) => string.Create(CultureInfo.InvariantCulture, $"co-quan-{i:D6}");

    private static (string Kind, string Name) KindOf(int i) => (i % 10) switch
    {
        0 => ("provincialAssociation", "Hội"),
        1 or 2 => ("districtPeoplesCommittee", "UBND huyện"),
        _ => ("provincialDepartment", "Sở"),
    };

    private static IEnumerable<string> Agencies(int obligatedBodies, string kind)
    {
        for (var i = 2; i < obligatedBodies; i++)
        {
            if (KindOf(i).Kind == kind) yield return AgencyId(i);
        }
    }

    private static void Body(Utf8JsonWriter w, string id, string kind, string vi, string? receivesFor = null)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("kind", kind);
        w.WriteStartArray("names");
        w.WriteStartObject();
        w.WriteString("vi", vi);
        w.WriteEndObject();
        w.WriteEndArray();
        if (receivesFor is not null)
        {
            w.WriteStartObject("receivesFor");
            w.WriteString("bodyId", receivesFor);
            w.WriteString("confidence", "confirmed");
            w.WriteEndObject();
        }

        w.WriteString("confidence", "confirmed");
        w.WriteEndObject();
    }

    private static void Group(Utf8JsonWriter w, string id, IEnumerable<string> members)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartObject("name");
        w.WriteString("vi", id);
        w.WriteString("en", id);
        w.WriteEndObject();
        w.WriteStartObject("inclusionRule");
        w.WriteString("vi", "Sinh tự động cho đo hiệu năng.");
        w.WriteString("en", "Generated for the benchmarks.");
        w.WriteEndObject();
        w.WriteStartArray("members");
        foreach (var m in members)
        {
            w.WriteStartObject();
            w.WriteString("bodyId", m);
            w.WriteString("confidence", "confirmed");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static (EvidenceSet Evidence, EvidenceMix Mix) BuildEvidence(ObligationModel model, EvidenceSet start, DateOnly asOf, int seed)
    {
        var random = new Random(seed);
        var reports = new List<ReceivedReport>(model.Obligations.Count / 2);
        var plans = new List<ImplementationPlanIssued>();
        var progress = new List<TaskProgress>();
        int onTime = 0, late = 0, missing = 0, wrong = 0, dueSoon = 0, notDue = 0;
        foreach (var o in model.Obligations)
        {
            if (o.Kind == ObligationKind.ImplementationPlan)
            {
                if (random.Next(10) < 8)
                {
                    plans.Add(new ImplementationPlanIssued { Id = "KH-" + o.BodyId, Body = o.BodyId, IssuedOn = new DateOnly(2024, 11, 1).AddDays(random.Next(60)) });
                }

                continue;
            }

            if (o.Kind != ObligationKind.AnnualReport || o.Period is not { } period || o.DueOn is not { } due) continue;
            if (period > CurrentYear)
            {
                notDue++;
                continue;
            }

            var roll = random.Next(100);
            var kind = period == CurrentYear
                ? roll < 40 ? Kind.OnTime : Kind.Missing
                : roll < 60 ? Kind.OnTime : roll < 75 ? Kind.Late : roll < 90 ? Kind.Missing : Kind.WrongRoute;
            var route = o.Route!;
            if (kind == Kind.WrongRoute && route.ViaBodyId is null) kind = Kind.OnTime; // Sở Nội vụ's own report goes straight to UBND tỉnh
            switch (kind)
            {
                case Kind.Missing when period == CurrentYear: dueSoon++; continue;
                case Kind.Missing: missing++; continue;
                case Kind.OnTime: onTime++; break;
                case Kind.Late: late++; break;
                default: wrong++; break;
            }

            var day = kind == Kind.Late ? due.AddDays(1 + random.Next(20)) : period == CurrentYear ? asOf.AddDays(-random.Next(3)) : due.AddDays(-random.Next(4));
            var received = new DateTimeOffset(day.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60))), Vietnam);
            // The right route is "to UBND tỉnh via Sở Nội vụ"; the wrong one bypasses Sở Nội vụ.
            var deliveredTo = kind == Kind.WrongRoute ? route.AddresseeBodyId : route.ViaBodyId ?? route.AddresseeBodyId;
            reports.Add(new ReceivedReport
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"SĐ-{period}-{reports.Count:D7}"),
                Body = o.BodyId,
                Period = period,
                ReceivedAt = received,
                Addressee = route.AddresseeBodyId,
                DeliveredTo = deliveredTo,
                DocumentNumber = string.Create(CultureInfo.InvariantCulture, $"{1 + (reports.Count % 900)}/BC-UBND"),
                TaskResults = o.ExpectedTaskIds.Count > 0 && random.Next(10) < 8
                    ? o.ExpectedTaskIds.Select(t => new TaskResult { TaskId = t, Result = "Đã thực hiện (minh họa)" }).ToList()
                    : [],
            });
        }

        foreach (var t in model.Tasks)
        {
            if (t.Deadline is not { } d || d.DueOn > asOf || random.Next(10) >= 7) continue;
            progress.Add(new TaskProgress
            {
                Id = "TD-" + t.Id,
                TaskId = t.Task.Id,
                Body = t.BodyId,
                Period = t.Period,
                Status = TaskProgressStatus.Completed,
                CompletedOn = d.DueOn.AddDays(random.Next(-30, 10)),
            });
        }

        var evidence = start with { Reports = reports, ImplementationPlans = plans, TaskProgress = progress };
        return (evidence, new EvidenceMix(onTime, late, missing, wrong, dueSoon, notDue));
    }

    private enum Kind
    {
        OnTime,
        Late,
        Missing,
        WrongRoute,
    }
}
