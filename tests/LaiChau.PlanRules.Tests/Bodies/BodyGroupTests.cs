using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed class BodyGroupTests
{
    private static readonly LocalizedText Text = new("nhóm", "group");

    [Fact]
    public void Constructor_SameMemberTwice_Throws()
    {
        BodyGroupMember[] members = [new("so-y-te", Confidence.Confirmed, null), new("so-y-te", Confidence.Unconfirmed, null)];

        Assert.Throws<ArgumentException>(() => new BodyGroup("g", Text, Text, members, null));
    }

    [Fact]
    public void Contains_MemberAndNonMember_AnswersEach()
    {
        var group = new BodyGroup("g", Text, Text, [new BodyGroupMember("so-y-te", Confidence.Confirmed, null)], null);

        Assert.True(group.Contains("so-y-te"));
        Assert.False(group.Contains("so-noi-vu"));
    }

    [Theory]
    [InlineData("provincial-departments", "các sở, ban, ngành tỉnh")] // plan III.1
    [InlineData("provincial-associations", "các tổ chức Hội cấp tỉnh được Đảng, Nhà nước giao nhiệm vụ")] // plan III.1
    [InlineData("district-committees", "UBND huyện, thành phố")] // plan III.1
    [InlineData("commune-committees", "UBND các xã, phường")] // from 01/7/2025
    public void Name_ShippedGroups_AreNamedAsThePlanWritesThem(string id, string vi)
    {
        var group = BodyCatalog.LaiChau.GetGroup(id);

        Assert.Equal(vi, group.Name.Vi);
        Assert.False(string.IsNullOrWhiteSpace(group.InclusionRule.Vi));
        Assert.False(string.IsNullOrWhiteSpace(group.InclusionRule.En));
        Assert.NotNull(group.Source);
    }

    [Fact]
    public void Members_ProvincialDepartments_ListsBodiesBeforeAndAfterTheMergers()
    {
        var group = BodyCatalog.LaiChau.GetGroup("provincial-departments");

        Assert.True(group.Contains("so-ke-hoach-dau-tu"));
        Assert.True(group.Contains("so-dan-toc-ton-giao"));
        Assert.True(group.Contains("van-phong-ubnd"));
        Assert.True(group.Contains("thanh-tra-tinh"));
        Assert.False(group.Contains("dai-phat-thanh-truyen-hinh"));
        Assert.False(group.Contains("ubnd-tinh"));
    }

    [Fact]
    public void Members_Associations_OnlyTheAssociationOfJuristsIsConfirmed()
    {
        var group = BodyCatalog.LaiChau.GetGroup("provincial-associations");

        var confirmed = group.Members.Where(m => m.Confidence == Confidence.Confirmed).Select(m => m.BodyId);

        Assert.Equal(["hoi-luat-gia"], confirmed);
        Assert.Equal(4, group.Members.Count);
    }
}
