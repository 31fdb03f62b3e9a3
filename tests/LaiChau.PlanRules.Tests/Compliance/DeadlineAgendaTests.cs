using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Compliance;

public class DeadlineAgendaTests
{
    private static DeadlineAgenda Agenda(out LaiChau.PlanRules.Obligations.Obligation obligation)
    {
        var model = MonitorFixtures.Context().Model;
        obligation = model.Obligations.First(o => o.Id == "annual-report:so-y-te:2024");
        var agenda = new DeadlineAgenda([]);
        agenda.SetObligations(model.Obligations);
        return agenda;
    }

    [Fact]
    public void Crossed_TheDayAfterTheDueDate_NamesTheObligation()
    {
        var agenda = Agenda(out var o);
        var due = o.DueOn!.Value;

        Assert.Contains(o.Id, agenda.Crossed(due.AddDays(-1), due.AddDays(1)));
        Assert.DoesNotContain(o.Id, agenda.Crossed(due.AddDays(-1), due)); // due today: not late yet
    }

    [Fact]
    public void Crossed_TheReminderStart_NamesTheObligation()
    {
        var agenda = Agenda(out var o);
        var remind = o.RemindFrom!.Value;

        Assert.Contains(o.Id, agenda.Crossed(remind.AddDays(-1), remind));
        Assert.DoesNotContain(o.Id, agenda.Crossed(remind, remind.AddDays(1))); // already started
    }

    [Fact]
    public void Crossed_TheDateOfEvidenceHeldBack_NamesItsKeys()
    {
        var agenda = new DeadlineAgenda([]);
        var report = MonitorFixtures.Report("A", day: 25);

        agenda.AddEvidence(report, ["k"], new DateOnly(2024, 12, 20));

        Assert.Empty(agenda.Crossed(new DateOnly(2024, 12, 20), new DateOnly(2024, 12, 24)));
        Assert.Equal(["k"], agenda.Crossed(new DateOnly(2024, 12, 24), new DateOnly(2024, 12, 25)));
    }

    [Fact]
    public void AddEvidence_DatedByTheAsOfDate_AddsNothing()
    {
        var agenda = new DeadlineAgenda([]);

        agenda.AddEvidence(MonitorFixtures.Report("A", day: 16), ["k"], new DateOnly(2024, 12, 20));

        Assert.Empty(agenda.Crossed(new DateOnly(1990, 1, 1), new DateOnly(2199, 12, 31)));
    }

    [Fact]
    public void RequestTakesEffect_OnlyWhenItsDateIsCrossed()
    {
        var agenda = new DeadlineAgenda([new ReportRequest { Id = "Q", Kind = ReportRequestKind.AdHoc, DocumentNumber = "1/UBND-TH", DocumentDate = new DateOnly(2025, 3, 1), DueOn = new DateOnly(2025, 3, 15) }]);

        Assert.True(agenda.RequestTakesEffect(new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 1)));
        Assert.False(agenda.RequestTakesEffect(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31))); // in force already
        Assert.False(agenda.RequestTakesEffect(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28)));
    }
}
