using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed class SuccessionTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);

    [Fact]
    public void Constructor_AbsorbedWithoutPrimary_TakesTheOnlySuccessorAsPrimary()
    {
        var succession = new Succession(SuccessionKind.AbsorbedInto, March1, ["so-tai-chinh"], null, Confidence.Unconfirmed, null);

        Assert.Equal("so-tai-chinh", succession.PrimarySuccessorId);
    }

    [Fact]
    public void Constructor_SplitWithoutPrimary_HasNoPrimary()
    {
        var succession = new Succession(SuccessionKind.SplitInto, March1, ["so-noi-vu", "so-y-te"], null, Confidence.Unconfirmed, null);

        Assert.Null(succession.PrimarySuccessorId);
    }

    [Fact]
    public void Constructor_PrimaryNotAmongSuccessors_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new Succession(SuccessionKind.SplitInto, March1, ["so-noi-vu", "so-y-te"], "so-tai-chinh", Confidence.Unconfirmed, null));

        Assert.Contains("so-tai-chinh", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SuccessionKind.Abolished, 1)] // abolished means no successor
    [InlineData(SuccessionKind.AbsorbedInto, 2)] // absorbed into several is a split
    [InlineData(SuccessionKind.AbsorbedInto, 0)] // absorbed into nothing is abolished
    [InlineData(SuccessionKind.Reorganised, 2)] // reorganised as one new body
    [InlineData(SuccessionKind.SplitInto, 1)] // a split needs at least two
    public void Constructor_WrongNumberOfSuccessorsForKind_Throws(SuccessionKind kind, int count)
    {
        var ids = new[] { "so-noi-vu", "so-y-te" }.Take(count).ToArray();

        Assert.Throws<ArgumentException>(() => new Succession(kind, March1, ids, null, Confidence.Confirmed, null));
    }

    [Fact]
    public void Constructor_DuplicateSuccessor_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new Succession(SuccessionKind.SplitInto, March1, ["so-y-te", "so-y-te"], null, Confidence.Confirmed, null));
    }

    [Fact]
    public void Constructor_InvalidSuccessorId_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new Succession(SuccessionKind.AbsorbedInto, March1, ["Sở Tài chính"], null, Confidence.Confirmed, null));
    }

    [Fact]
    public void Constructor_UndefinedConfidence_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Succession(SuccessionKind.Abolished, March1, [], null, (Confidence)9, null));
    }

    [Fact]
    public void Equals_SameSuccessorsInDifferentListInstances_AreEqual()
    {
        var a = new Succession(SuccessionKind.SplitInto, March1, new List<string> { "so-noi-vu", "so-y-te" }, "so-noi-vu", Confidence.Unconfirmed, "x");
        var b = new Succession(SuccessionKind.SplitInto, March1, new[] { "so-noi-vu", "so-y-te" }, "so-noi-vu", Confidence.Unconfirmed, "x");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_SuccessorsInAnotherOrder_AreNotEqual()
    {
        var a = new Succession(SuccessionKind.SplitInto, March1, ["so-noi-vu", "so-y-te"], null, Confidence.Unconfirmed, null);
        var b = new Succession(SuccessionKind.SplitInto, March1, ["so-y-te", "so-noi-vu"], null, Confidence.Unconfirmed, null);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void SuccessorIds_CallerChangesItsList_CopyIsUnchanged()
    {
        var ids = new List<string> { "so-noi-vu", "so-y-te" };
        var succession = new Succession(SuccessionKind.SplitInto, March1, ids, null, Confidence.Unconfirmed, null);

        ids.Add("so-tai-chinh");

        Assert.Equal(2, succession.SuccessorIds.Count);
    }

    [Theory]
    [InlineData(SuccessionKind.SplitInto, new[] { "so-noi-vu", "so-y-te" }, "so-noi-vu", "SplitInto so-noi-vu*, so-y-te on 2025-03-01")] // primary marked
    [InlineData(SuccessionKind.AbsorbedInto, new[] { "so-tai-chinh" }, null, "AbsorbedInto so-tai-chinh on 2025-03-01")] // one successor
    [InlineData(SuccessionKind.Abolished, new string[0], null, "Abolished on 2025-03-01")] // none
    public void ToString_Kinds_AreReadable(SuccessionKind kind, string[] ids, string? primary, string expected)
    {
        var succession = new Succession(kind, March1, ids, primary, Confidence.Confirmed, null);

        Assert.Equal(expected, succession.ToString());
    }
}
