using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed class BodyGroupMemberTests
{
    [Fact]
    public void Constructor_InvalidBodyId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BodyGroupMember("Sở Nội vụ", Confidence.Confirmed, null));
    }

    [Fact]
    public void Constructor_BlankNote_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BodyGroupMember("so-noi-vu", Confidence.Confirmed, "  "));
    }

    [Fact]
    public void Confidence_UnconfirmedDepartmentInShippedGroup_IsUnconfirmed()
    {
        // Sở Kế hoạch và Đầu tư is a usual department not confirmed for Lai Châu (FACTS.md §4).
        var member = BodyCatalog.LaiChau.GetGroup("provincial-departments").Members.Single(m => m.BodyId == "so-ke-hoach-dau-tu");

        Assert.Equal(Confidence.Unconfirmed, member.Confidence);
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        Assert.Equal(new BodyGroupMember("so-y-te", Confidence.Partial, "n"), new BodyGroupMember("so-y-te", Confidence.Partial, "n"));
    }
}
