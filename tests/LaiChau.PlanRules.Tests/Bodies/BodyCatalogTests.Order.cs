using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed partial class BodyCatalogTests
{
    [Fact]
    public void Order_Districts_FollowTheirGsoCodes()
    {
        var districts = Catalog.Bodies.Where(b => b.Kind == BodyKind.DistrictPeoplesCommittee).OrderBy(b => b.Order).ToList();

        Assert.Equal(["105", "106", "107", "108", "109", "110", "111", "112"], districts.Select(b => b.GsoCode));
        Assert.Equal(Enumerable.Range(1, 8), districts.Select(b => b.Order!.Value));
    }

    [Fact]
    public void Order_Departments_FollowTheDecreeAndMergedOnesFollowTheirSuccessor()
    {
        var ids = Catalog.Bodies.Where(b => b.Kind == BodyKind.ProvincialDepartment && b.Order is not null).OrderBy(b => b.Order).Select(b => b.Id).ToList();

        Assert.Equal("so-noi-vu", ids[0]);
        Assert.Equal(ids.IndexOf("so-tai-chinh") + 1, ids.IndexOf("so-ke-hoach-dau-tu"));
        Assert.True(ids.IndexOf("so-y-te") < ids.IndexOf("thanh-tra-tinh") && ids.IndexOf("thanh-tra-tinh") < ids.IndexOf("van-phong-ubnd"));
        Assert.All(Catalog.Groups.SelectMany(g => g.Members), m => Assert.NotNull(Catalog.Get(m.BodyId).Order));
        Assert.Null(Catalog.Get("ban-quan-ly-khu-kinh-te").Order); // in no group, so no official rank (docs/catalog-file.md)
    }

    [Fact]
    public void Order_Communes_FollowTheGroupOfResolution1670()
    {
        var communes = Catalog.Bodies.Where(b => b.Kind == BodyKind.CommunePeoplesCommittee).OrderBy(b => b.Order).Select(b => b.Id);

        Assert.Equal(Catalog.GetGroup("commune-committees").Members.Select(m => m.BodyId), communes);
    }

    [Fact]
    public void Order_InternalComparer_BlocksThenOrderThenId()
    {
        var catalog = CatalogJson.Override(Catalog, $$"""
            { "schemaVersion": 1, "bodies": [ {{CatalogJson.Body("ban-quan-ly-x", "Ban X")}} ] }
            """);
        string[] ids = ["xa-muong-kim", "hoi-luat-gia", "ban-quan-ly-x", "ubnd-nam-nhun", "so-tu-phap", "ubnd-tp-lai-chau", "so-noi-vu", "unknown"];

        var sorted = ids.Order(Comparer<string>.Create(catalog.CompareInOfficialOrder));

        Assert.Equal(["so-noi-vu", "so-tu-phap", "ban-quan-ly-x", "hoi-luat-gia", "ubnd-tp-lai-chau", "ubnd-nam-nhun", "xa-muong-kim", "unknown"], sorted);
    }

    [Fact]
    public void Order_BelowOne_IsRefusedWithItsLocation()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => CatalogJson.Override(Catalog, $$"""
            { "schemaVersion": 1, "bodies": [ {{CatalogJson.Body("so-x", "Sở X", "\"order\": 0,")}} ] }
            """));

        Assert.Contains("order must be 1 or more", e.GetMessage("en"), StringComparison.Ordinal);
    }
}
