using LaiChau.PlanRules.Compliance;

namespace LaiChau.PlanRules.Tests.Compliance;

public class FindingsDiffTests
{
    [Fact]
    public void Take_GivesWhatAppearedAndDisappeared_Sorted()
    {
        var diff = new FindingsDiff();
        diff.Inserted("B");
        diff.Inserted("C");
        diff.Discard(); // the session's first findings are no change
        diff.Inserted("A");
        diff.Retracted("C");

        var change = diff.Take();

        Assert.Equal(["A"], change!.Value.Added);
        Assert.Equal(["C"], change.Value.Removed);
        Assert.Equal(["A", "B"], diff.Current.Order(StringComparer.Ordinal));
        Assert.Null(diff.Take()); // taken
    }

    [Fact]
    public void Take_AFindingRetractedAndReinserted_IsNoChange()
    {
        var diff = new FindingsDiff();
        diff.Inserted("A");
        diff.Discard();
        diff.Retracted("A");
        diff.Inserted("A");

        Assert.Null(diff.Take());
    }

    [Fact]
    public void Since_ComparesANewSessionWithTheFindingsBefore()
    {
        var diff = new FindingsDiff();
        diff.Inserted("A");
        diff.Inserted("B");
        diff.Discard();

        var before = diff.Restart();
        diff.Inserted("B");
        diff.Inserted("C");
        diff.Discard();
        diff.Since(before);

        var change = diff.Take();
        Assert.Equal(["C"], change!.Value.Added);
        Assert.Equal(["A"], change.Value.Removed);
    }
}
