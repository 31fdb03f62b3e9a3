using System.Text;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed partial class BodyCatalogTests
{
    [Theory]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "so-lao-dong-tbxh")] // the full name
    [InlineData("Sở Lao động-Thương binh và Xã hội", "so-lao-dong-tbxh")] // no spaces around the hyphen
    [InlineData("Sở Lao động – Thương binh và Xã hội", "so-lao-dong-tbxh")] // an en dash
    [InlineData("sở lao động - thương binh và xã hội", "so-lao-dong-tbxh")] // lower case
    [InlineData("  SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ", "so-lao-dong-tbxh")] // upper case, padded
    [InlineData("Sở LĐ-TB&XH", "so-lao-dong-tbxh")] // alias
    [InlineData("Sở LĐTBXH", "so-lao-dong-tbxh")] // alias
    [InlineData("so-lao-dong-tbxh", "so-lao-dong-tbxh")] // the id
    [InlineData("SO-NOI-VU", "so-noi-vu")] // the id in upper case
    [InlineData("106", "ubnd-tam-duong")] // the GSO code
    [InlineData("Sở Nông nghiệp và Phát triển nông thôn", "so-nong-nghiep-moi-truong")] // the historical name
    [InlineData("Sở NN&PTNT", "so-nong-nghiep-moi-truong")] // alias of the historical name
    [InlineData("Sở Nông nghiệp và Môi trường", "so-nong-nghiep-moi-truong")] // the current name
    [InlineData("Ủy ban nhân dân huyện Tam Đường", "ubnd-tam-duong")] // the full name
    [InlineData("UBND huyện Tam Đường", "ubnd-tam-duong")] // UBND
    [InlineData("Uỷ ban nhân dân huyện Tam Đường", "ubnd-tam-duong")] // old tone placement "Uỷ"
    [InlineData("huyện Tam Đường", "ubnd-tam-duong")] // without UBND
    [InlineData("UBND xã Mường Kim", "xa-muong-kim")]
    [InlineData("UBND phường Tân Phong", "phuong-tan-phong")]
    [InlineData("UBND tỉnh", "ubnd-tinh")] // the issuer as the plan writes it
    [InlineData("Ủy ban nhân dân tỉnh Lai Châu", "ubnd-tinh")]
    [InlineData("Sở Nội vụ tỉnh Lai Châu", "so-noi-vu")] // a trailing "tỉnh Lai Châu"
    [InlineData("Văn phòng UBND tỉnh", "van-phong-ubnd")]
    [InlineData("VP UBND tỉnh", "van-phong-ubnd")] // Nơi nhận
    [InlineData("TT. Tỉnh ủy", "thuong-truc-tinh-uy")] // Nơi nhận
    [InlineData("Đài Phát thanh - Truyền hình tỉnh", "dai-phat-thanh-truyen-hinh")] // Nơi nhận
    [InlineData("Ban cán sự đảng UBND tỉnh", "ban-can-su-dang-ubnd-tinh")] // plan I.3
    [InlineData("BCSĐ", "ban-can-su-dang-ubnd-tinh")] // FACTS §3: BCSD and BCSĐ are aliases
    [InlineData("Ban Thường vụ Tỉnh ủy", "ban-thuong-vu-tinh-uy")] // issuer of 44-CTr/TU
    [InlineData("Ban Chấp hành Trung ương Đảng khóa XIII", "ban-chap-hanh-trung-uong")] // as the plan cites it
    [InlineData("Hội Luật gia tỉnh", "hoi-luat-gia")]
    public void FindByName_Spellings_FindTheBody(string text, string expected)
    {
        var body = Catalog.FindByName(text);

        Assert.Equal(expected, body?.Id);
    }

    [Fact]
    public void FindByName_NfdInput_FindsTheBody()
    {
        var nfd = "Sở Lao động - Thương binh và Xã hội".Normalize(NormalizationForm.FormD);

        var body = Catalog.FindByName(nfd);

        Assert.Equal("so-lao-dong-tbxh", body?.Id);
    }

    [Fact]
    public void FindByName_NfdAlias_FindsTheBody()
    {
        var body = Catalog.FindByName("Sở LĐ-TB&XH".Normalize(NormalizationForm.FormD));

        Assert.Equal("so-lao-dong-tbxh", body?.Id);
    }

    [Theory]
    [InlineData("Sở Thể dục")] // no such body
    [InlineData("")] // nothing
    [InlineData("   ")]
    [InlineData("Lai Châu")] // a place, not a body
    [InlineData("so-noi")] // an id prefix is not an id
    public void FindByName_NoMatch_IsNull(string text)
    {
        Assert.Null(Catalog.FindByName(text));
    }

    [Fact]
    public void FindByName_EveryNameAndAliasOfTheShippedCatalog_FindsItsOwnBody()
    {
        // No shipped name or alias is ambiguous, so none is silently unresolvable.
        foreach (var body in Catalog.Bodies)
        {
            foreach (var text in body.Names.Select(n => n.Vi).Concat(body.Aliases))
            {
                Assert.True(Catalog.FindByName(text)?.Id == body.Id, $"'{text}' did not resolve to {body.Id}.");
            }
        }
    }

    [Fact]
    public void FindByName_DistrictAndCommuneOfTheSamePlace_AreDistinct()
    {
        Assert.Equal("ubnd-phong-tho", Catalog.FindByName("UBND huyện Phong Thổ")?.Id);
        Assert.Equal("xa-phong-tho", Catalog.FindByName("UBND xã Phong Thổ")?.Id);
    }

    [Fact]
    public void FindByName_AliasSharedByTwoBodies_IsNullWithoutADateAndTheExistingOneWithADate()
    {
        // A host gives district and commune the same short alias.
        var catalog = CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "bodies": [
                {
                  "id": "ubnd-phong-tho", "kind": "districtPeoplesCommittee",
                  "names": [ { "vi": "Ủy ban nhân dân huyện Phong Thổ" } ], "aliases": [ "Phong Thổ" ], "gsoCode": "109",
                  "dissolvedOn": "2025-07-01",
                  "succession": { "kind": "abolished", "confidence": "confirmed" },
                  "confidence": "confirmed"
                },
                {
                  "id": "xa-phong-tho", "kind": "communePeoplesCommittee",
                  "names": [ { "vi": "Ủy ban nhân dân xã Phong Thổ" } ], "aliases": [ "Phong Thổ" ],
                  "establishedOn": "2025-07-01", "confidence": "confirmed"
                }
              ]
            }
            """);

        Assert.Null(catalog.FindByName("Phong Thổ"));
        Assert.Equal("ubnd-phong-tho", catalog.FindByName("Phong Thổ", Cutoff2024)?.Id);
        Assert.Equal("xa-phong-tho", catalog.FindByName("Phong Thổ", Cutoff2025)?.Id);
    }

    [Fact]
    public void FindByName_OnADateTheBodyNoLongerExists_StillFindsTheOnlyMatch()
    {
        // The date only settles ambiguity; an old name still resolves to its body.
        Assert.Equal("so-ke-hoach-dau-tu", Catalog.FindByName("Sở Kế hoạch và Đầu tư", Cutoff2025)?.Id);
    }
}
