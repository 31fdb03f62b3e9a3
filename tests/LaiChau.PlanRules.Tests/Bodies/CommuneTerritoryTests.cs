using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed class CommuneTerritoryTests
{
    [Fact]
    public void Constructor_InvalidDistrictId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CommuneTerritory("Tam Đường", "phuong-tan-phong", true, Confidence.Partial));
    }

    [Fact]
    public void FormerCommunes_BlankName_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new CommuneTerritory("ubnd-tam-duong", "phuong-tan-phong", true, Confidence.Partial) { FormerCommunes = ["Nùng Nàng", " "] });
    }

    [Fact]
    public void FormerCommunes_NotGiven_IsEmpty()
    {
        var territory = new CommuneTerritory("ubnd-tam-duong", "phuong-tan-phong", true, Confidence.Partial);

        Assert.Empty(territory.FormerCommunes);
    }

    [Fact]
    public void Equals_SameFormerCommunesInNewLists_AreEqual()
    {
        var a = new CommuneTerritory("ubnd-tam-duong", "phuong-tan-phong", true, Confidence.Partial) { FormerCommunes = ["Nùng Nàng", "Bản Giang"] };
        var b = new CommuneTerritory("ubnd-tam-duong", "phuong-tan-phong", true, Confidence.Partial) { FormerCommunes = ["Nùng Nàng", "Bản Giang"] };

        Assert.Equal(a, b);
    }

    [Fact]
    public void Equals_OtherFormerCommunes_AreNotEqual()
    {
        var a = new CommuneTerritory("ubnd-tam-duong", "phuong-tan-phong", true, Confidence.Partial) { FormerCommunes = ["Nùng Nàng"] };
        var b = new CommuneTerritory("ubnd-tam-duong", "phuong-tan-phong", true, Confidence.Partial) { FormerCommunes = ["Bản Giang"] };

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void FormerCommunes_ShippedTanPhongFromTamDuong_AreTheTwoCommunesOfTamDuong()
    {
        var row = BodyCatalog.LaiChau.Territories.Single(t => t.DistrictId == "ubnd-tam-duong" && t.CommuneId == "phuong-tan-phong");

        Assert.Equal(["Nùng Nàng", "Bản Giang"], row.FormerCommunes);
        Assert.True(row.TakesPartOnly);
        Assert.Equal(Confidence.Partial, row.Confidence);
    }

    [Fact]
    public void ToString_Part_SaysSo()
    {
        var territory = new CommuneTerritory("ubnd-tam-duong", "phuong-tan-phong", true, Confidence.Partial);

        Assert.Equal("ubnd-tam-duong -> phuong-tan-phong (part)", territory.ToString());
    }
}
