using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Nulls through the library: a list of the evidence set to null (<c>TaskResults = null</c>, <c>Reports = null</c>,
/// a request's <c>Bodies = null</c>) is an <see cref="ArgumentNullException"/> naming the property where it is set,
/// never a NullReferenceException later inside an evaluation or a monitor. In a file, <c>null</c> for a list is an
/// empty list.
/// </summary>
public sealed class NullListTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    public static TheoryData<string, Func<object>> NullLists => new()
    {
        { "TaskResults", () => MonitorFixtures.Report("A") with { TaskResults = null! } },
        { "Reports", () => new EvidenceSet { Reports = null! } },
        { "ImplementationPlans", () => new EvidenceSet { ImplementationPlans = null! } },
        { "Studies", () => new EvidenceSet { Studies = null! } },
        { "Inspections", () => new EvidenceSet { Inspections = null! } },
        { "TaskProgress", () => new EvidenceSet { TaskProgress = null! } },
        { "Syntheses", () => new EvidenceSet { Syntheses = null! } },
        { "Reviews", () => new EvidenceSet { Reviews = null! } },
        { "Requests", () => MonitorFixtures.Evidence() with { Requests = null! } },
        { "Bodies", () => new ReportRequest { Id = "R", Kind = ReportRequestKind.AdHoc, DocumentNumber = "12/UBND-TH", DueOn = new DateOnly(2025, 1, 10), Bodies = null! } },
        { "Groups", () => new ReportRequest { Id = "R", Kind = ReportRequestKind.AdHoc, DocumentNumber = "12/UBND-TH", DueOn = new DateOnly(2025, 1, 10), Groups = null! } },
        { "Extensions", () => new TaskProgress { Id = "P", TaskId = "PL-01", Status = TaskProgressStatus.InProgress, Extensions = null! } },
        { "DaysOff", () => new PolicyOverrides { DaysOff = null! } },
        { "WorkingWeekendDays", () => new PolicyOverrides { WorkingWeekendDays = null! } },
        { "Coordinating", () => new AppendixTaskSpec { Id = "T", Title = "x", Lead = "so-noi-vu", Timing = "Năm 2025", Coordinating = null! } },
    };

    [Theory]
    [MemberData(nameof(NullLists))]
    public void ANullList_IsArgumentNullExceptionNamingTheProperty(string property, Func<object> create)
    {
        var e = Assert.Throws<ArgumentNullException>(create);

        Assert.Equal(property, e.ParamName);
    }

    [Fact]
    public void Evaluate_AndMonitor_WithNullListsInTheFile_ReadThemAsEmpty()
    {
        var evidence = EvidenceReader.Parse(
            """{ "schemaVersion": 1, "asOf": "2024-12-20", "plan": { "signedOn": "2024-10-15" }, "reports": null, "requests": null }""", "evidence.json");
        var progress = EvidenceReader.Parse(
            """{ "schemaVersion": 1, "taskProgress": [ { "id": "P", "taskId": "PL-01", "status": "inProgress", "extensions": null } ] }""", "evidence.json");

        Assert.Empty(evidence.Reports);
        Assert.Empty(progress.TaskProgress[0].Extensions);
        Assert.NotNull(Evaluator.Evaluate(evidence));
        using var monitor = Evaluator.CreateMonitor(evidence);
        monitor.AddReport(MonitorFixtures.Report("A"));
        Assert.NotNull(monitor.Snapshot());
    }
}
