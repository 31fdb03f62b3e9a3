using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Compliance;

public class EvidenceStoreTests
{
    private static readonly StudyHeld Study = new() { Id = "S", Body = "so-y-te", HeldOn = new DateOnly(2024, 11, 5) };

    [Fact]
    public void Add_FilesTheItemUnderEachKey()
    {
        var store = new EvidenceStore();

        store.Add(MonitorFixtures.Report("A"), ["k1", "k2"]);

        Assert.True(store.Contains("A"));
        Assert.Equal("A", Assert.Single(store.ForKey("k1")!).Id);
        Assert.Equal("A", Assert.Single(store.ForKey("k2")!).Id);
        Assert.Null(store.ForKey("k3"));
    }

    [Fact]
    public void Add_AnIdHeldAlready_Throws()
    {
        var store = new EvidenceStore();
        store.Add(MonitorFixtures.Report("A"), ["k1"]);

        var e = Assert.Throws<PlanRulesInputException>(() => store.Add(Study with { Id = "A" }, []));

        Assert.Equal("id", e.JsonPath);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Withdraw_UnfilesTheItem_AndGivesItsKeys()
    {
        var store = new EvidenceStore();
        store.Add(MonitorFixtures.Report("A"), ["k1"]);

        var withdrawn = store.Withdraw("A");

        Assert.Equal(["k1"], withdrawn!.Value.Keys);
        Assert.False(store.Contains("A"));
        Assert.Null(store.ForKey("k1"));
        Assert.Null(store.Withdraw("A")); // not held any more
    }

    [Fact]
    public void Replace_RefilesUnderTheNewKeys_AndMovesTheItemLast()
    {
        var store = new EvidenceStore();
        store.Add(MonitorFixtures.Report("A"), ["k1"]);
        store.Add(Study, []);

        var (old, oldKeys, next) = store.Replace(MonitorFixtures.Report("A", period: 2025), ["k2"]);

        Assert.Equal(2024, ((ReceivedReport)old).Period);
        Assert.Equal(["k1"], oldKeys);
        Assert.Null(store.ForKey("k1"));
        Assert.Equal(2025, ((ReceivedReport)Assert.Single(store.ForKey("k2")!)).Period);
        Assert.Equal(["S", "A"], store.Items.Select(i => i.Id));
        Assert.Equal("S", next?.Id);

        store.Restore(old, oldKeys, next);

        Assert.Equal(["A", "S"], store.Items.Select(i => i.Id)); // back in its place
        Assert.Equal(2024, ((ReceivedReport)Assert.Single(store.ForKey("k1")!)).Period);
        Assert.Null(store.ForKey("k2"));
    }

    [Fact]
    public void Rekey_FilesEveryItemAgain()
    {
        var store = new EvidenceStore();
        store.Add(MonitorFixtures.Report("A"), ["unexpected:A"]);

        store.Rekey(item => ["request:Q:" + item.Id]);

        Assert.Null(store.ForKey("unexpected:A"));
        Assert.NotNull(store.ForKey("request:Q:A"));
    }

    [Fact]
    public void ReplacementOf_FindsTheReportThatReplacesAnId()
    {
        var store = new EvidenceStore();
        store.Add(MonitorFixtures.Report("A"), ["k"]);
        store.Add(MonitorFixtures.Report("B", replaces: "A"), ["k"]);

        Assert.Equal("B", store.ReplacementOf("A"));
        Assert.Null(store.ReplacementOf("B"));
    }

    [Fact]
    public void ReplacementOf_KeepsTrackWhenSeveralReplaceOneAndOneIsWithdrawn()
    {
        var store = new EvidenceStore();
        store.Add(MonitorFixtures.Report("A"), ["k"]);
        store.Add(MonitorFixtures.Report("C", replaces: "A"), ["k"]);
        store.Add(MonitorFixtures.Report("B", replaces: "A"), ["k"]);

        Assert.Equal("B", store.ReplacementOf("A")); // the smallest id, whatever the arrival order
        store.Withdraw("B");
        Assert.Equal("C", store.ReplacementOf("A"));
        store.Withdraw("C");
        Assert.Null(store.ReplacementOf("A"));
        Assert.Equal(["A"], store.Items.Select(i => i.Id));
    }
}
