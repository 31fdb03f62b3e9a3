using System.Globalization;
using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed partial class BodyCatalogTests
{
    private static readonly DateOnly Cutoff2024 = new(2024, 12, 14);
    private static readonly DateOnly Cutoff2025 = new(2025, 12, 14);
    private static readonly BodyCatalog Catalog = BodyCatalog.LaiChau;

    private static readonly string[] DistrictIds =
    [
        "ubnd-tp-lai-chau", "ubnd-tam-duong", "ubnd-muong-te", "ubnd-sin-ho",
        "ubnd-phong-tho", "ubnd-than-uyen", "ubnd-tan-uyen", "ubnd-nam-nhun",
    ];

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Ids(IEnumerable<Body> bodies) => bodies.Select(b => b.Id).ToArray();

    [Fact]
    public void LaiChau_ReadTwiceFromManyThreads_IsOneInstance()
    {
        var seen = new BodyCatalog[16];

        Parallel.For(0, seen.Length, i => seen[i] = BodyCatalog.LaiChau);

        Assert.All(seen, c => Assert.Same(Catalog, c));
    }

    [Fact]
    public void LaiChau_Counts_MatchTheRestructuring()
    {
        // 8 districts until 30/6/2025, 38 communes from 01/7/2025 (36 xã + 2 phường), 44 territory rows (38 + 6 shared).
        Assert.Equal(8, Catalog.Bodies.Count(b => b.Kind == BodyKind.DistrictPeoplesCommittee));
        Assert.Equal(38, Catalog.Bodies.Count(b => b.Kind == BodyKind.CommunePeoplesCommittee));
        Assert.Equal(2, Catalog.Bodies.Count(b => b.Id.StartsWith("phuong-", StringComparison.Ordinal)));
        Assert.Equal(44, Catalog.Territories.Count);
    }

    [Fact]
    public void Bodies_LaiChau_AreSortedByIdAndEachHasASource()
    {
        var ids = Ids(Catalog.Bodies);

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(Catalog.Bodies, b => Assert.False(string.IsNullOrWhiteSpace(b.Source), b.Id));
        Assert.All(Catalog.Bodies.Where(b => b.Succession is not null), b => Assert.NotNull(b.Succession!.Source));
        Assert.All(Catalog.Territories, t => Assert.NotNull(t.Source));
    }

    [Theory]
    [InlineData("ubnd-tinh", BodyKind.ProvincialPeoplesCommittee, Confidence.Confirmed)] // the issuer
    [InlineData("so-noi-vu", BodyKind.ProvincialDepartment, Confidence.Confirmed)] // FACTS §4: confirmed 2024 department
    [InlineData("so-tai-nguyen-moi-truong", BodyKind.ProvincialDepartment, Confidence.Confirmed)]
    [InlineData("so-van-hoa-the-thao-du-lich", BodyKind.ProvincialDepartment, Confidence.Confirmed)]
    [InlineData("ban-dan-toc", BodyKind.ProvincialDepartment, Confidence.Confirmed)]
    [InlineData("van-phong-ubnd", BodyKind.ProvincialDepartment, Confidence.Confirmed)]
    [InlineData("so-tai-chinh", BodyKind.ProvincialDepartment, Confidence.Confirmed)] // confirmed operating in 2025 (press, 09/2025)
    [InlineData("so-ngoai-vu", BodyKind.ProvincialDepartment, Confidence.Unconfirmed)]
    [InlineData("thanh-tra-tinh", BodyKind.ProvincialDepartment, Confidence.Unconfirmed)]
    [InlineData("hoi-luat-gia", BodyKind.ProvincialAssociation, Confidence.Confirmed)] // the one confirmed association
    [InlineData("hoi-nha-bao", BodyKind.ProvincialAssociation, Confidence.Unconfirmed)]
    [InlineData("ubnd-sin-ho", BodyKind.DistrictPeoplesCommittee, Confidence.Confirmed)]
    [InlineData("xa-tua-sin-chai", BodyKind.CommunePeoplesCommittee, Confidence.Confirmed)]
    [InlineData("van-phong-chinh-phu", BodyKind.CentralBody, Confidence.Confirmed)] // Nơi nhận
    [InlineData("bo-noi-vu", BodyKind.CentralBody, Confidence.Confirmed)] // Nơi nhận
    [InlineData("thuong-truc-tinh-uy", BodyKind.PartyBody, Confidence.Confirmed)] // Nơi nhận
    [InlineData("ban-can-su-dang-ubnd-tinh", BodyKind.PartyBody, Confidence.Confirmed)] // issuer of 271-KH/BCSD
    [InlineData("ban-chap-hanh-trung-uong", BodyKind.PartyBody, Confidence.Confirmed)] // issuer of 45-NQ/TW
    [InlineData("bo-chinh-tri", BodyKind.PartyBody, Confidence.Confirmed)] // issuer of 20-KH/TW
    [InlineData("ban-thuong-vu-tinh-uy", BodyKind.PartyBody, Confidence.Confirmed)] // issuer of 44-CTr/TU
    [InlineData("dai-phat-thanh-truyen-hinh", BodyKind.OtherRecipient, Confidence.Confirmed)] // recipient, not obligated
    public void Get_FixedIds_HaveTheirKindAndConfidence(string id, BodyKind kind, Confidence confidence)
    {
        var body = Catalog.Get(id);

        Assert.Equal(kind, body.Kind);
        Assert.Equal(confidence, body.Confidence);
    }

    [Fact]
    public void Get_UnknownId_ThrowsNamingTheId()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Catalog.Get("so-khong-co"));

        Assert.Contains("so-khong-co", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGet_KnownAndUnknown_AnswersEach()
    {
        Assert.True(Catalog.TryGet("so-noi-vu", out var body));
        Assert.Equal("Sở Nội vụ", body.NameOn(Cutoff2024));
        Assert.False(Catalog.TryGet("so-khong-co", out _));
    }

    [Fact]
    public void GetGroup_UnknownId_ThrowsNamingTheId()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Catalog.GetGroup("nhom-khong-co"));

        Assert.Contains("nhom-khong-co", e.Message, StringComparison.Ordinal);
        Assert.False(Catalog.TryGetGroup("nhom-khong-co", out _));
        Assert.True(Catalog.TryGetGroup("district-committees", out _));
    }

    [Fact]
    public void MembersOn_DepartmentsAtThe2024Cutoff_IncludeThePreMergerDepartments()
    {
        var members = Ids(Catalog.MembersOn("provincial-departments", Cutoff2024));

        Assert.Contains("so-ke-hoach-dau-tu", members);
        Assert.Contains("so-lao-dong-tbxh", members);
        Assert.Contains("ban-dan-toc", members);
        Assert.DoesNotContain("so-dan-toc-ton-giao", members);
        Assert.Equal(members.Order(StringComparer.Ordinal), members);
    }

    [Fact]
    public void MembersOn_DepartmentsAtThe2025Cutoff_ExcludeMergedOnesAndIncludeTheNewDepartment()
    {
        var members = Ids(Catalog.MembersOn("provincial-departments", Cutoff2025));

        Assert.DoesNotContain("so-ke-hoach-dau-tu", members);
        Assert.DoesNotContain("so-lao-dong-tbxh", members);
        Assert.DoesNotContain("so-giao-thong-van-tai", members);
        Assert.DoesNotContain("so-thong-tin-truyen-thong", members);
        Assert.DoesNotContain("so-tai-nguyen-moi-truong", members);
        Assert.DoesNotContain("ban-dan-toc", members);
        Assert.Contains("so-dan-toc-ton-giao", members);
        Assert.Contains("so-nong-nghiep-moi-truong", members);
        Assert.Contains("so-tai-chinh", members);
    }

    [Theory]
    [InlineData("2025-02-28", "so-ke-hoach-dau-tu", true)] // the last day before the merger
    [InlineData("2025-03-01", "so-ke-hoach-dau-tu", false)] // merged into Sở Tài chính
    [InlineData("2025-02-28", "so-dan-toc-ton-giao", false)] // not yet set up
    [InlineData("2025-03-01", "so-dan-toc-ton-giao", true)] // set up in place of Ban Dân tộc
    public void MembersOn_AroundTheMarchMergers_SwitchesOnTheFirst(string date, string id, bool expected)
    {
        var members = Ids(Catalog.MembersOn("provincial-departments", D(date)));

        Assert.Equal(expected, members.Contains(id));
    }

    [Theory]
    [InlineData("2025-06-30", 8)] // the last day of the district level
    [InlineData("2025-07-01", 0)] // abolished
    public void MembersOn_DistrictCommittees_EndOn1July(string date, int expected)
    {
        Assert.Equal(expected, Catalog.MembersOn("district-committees", D(date)).Count);
    }

    [Theory]
    [InlineData("2025-06-30", 0)] // not yet
    [InlineData("2025-07-01", 38)] // Resolution 1670/NQ-UBTVQH15 in force
    public void MembersOn_CommuneCommittees_StartOn1July(string date, int expected)
    {
        Assert.Equal(expected, Catalog.MembersOn("commune-committees", D(date)).Count);
    }

    [Fact]
    public void MembersOn_UnknownGroup_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Catalog.MembersOn("nhom-khong-co", Cutoff2024));
    }

    [Fact]
    public void ExistingOn_BeforeAndAfterJuly_DistrictsGiveWayToCommunes()
    {
        var june = Catalog.ExistingOn(D("2025-06-30"));
        var july = Catalog.ExistingOn(D("2025-07-01"));

        Assert.Contains(june, b => b.Id == "ubnd-tam-duong");
        Assert.DoesNotContain(june, b => b.Id == "xa-binh-lu");
        Assert.DoesNotContain(july, b => b.Id == "ubnd-tam-duong");
        Assert.Contains(july, b => b.Id == "xa-binh-lu");
        Assert.Contains(july, b => b.Id == "ubnd-tinh");
    }

    [Fact]
    public void GroupsOf_RadioTvStation_IsInNoGroup()
    {
        // FACTS.md §1: the radio-TV station is a recipient but not obligated.
        Assert.Empty(Catalog.GroupsOf("dai-phat-thanh-truyen-hinh"));
        Assert.All(Catalog.Groups, g => Assert.DoesNotContain(g.Members, m => m.BodyId == "dai-phat-thanh-truyen-hinh"));
    }

    [Theory]
    [InlineData("ubnd-tinh")] // the issuer obliges others
    [InlineData("van-phong-chinh-phu")] // recipients for information
    [InlineData("bo-noi-vu")]
    [InlineData("thuong-truc-tinh-uy")]
    public void GroupsOf_IssuerAndRecipientsForInformation_AreInNoGroup(string id)
    {
        Assert.Empty(Catalog.GroupsOf(id));
    }

    [Fact]
    public void GroupsOf_AssociationOfJurists_IsInTheAssociationsGroup()
    {
        Assert.Equal(["provincial-associations"], Catalog.GroupsOf("hoi-luat-gia").Select(g => g.Id));
    }

    [Theory]
    [InlineData("so-ke-hoach-dau-tu", "2024-12-14", "so-ke-hoach-dau-tu")] // still exists
    [InlineData("so-ke-hoach-dau-tu", "2025-05-01", "so-tai-chinh")] // absorbed
    [InlineData("so-lao-dong-tbxh", "2025-05-01", "so-noi-vu")] // split, primary successor
    [InlineData("so-lao-dong-tbxh", "2025-12-14", "so-noi-vu")]
    [InlineData("ban-dan-toc", "2025-03-01", "so-dan-toc-ton-giao")] // reorganised, on the first day
    [InlineData("so-tai-nguyen-moi-truong", "2025-12-14", "so-nong-nghiep-moi-truong")] // absorbed into the renamed department
    [InlineData("so-giao-thong-van-tai", "2025-12-14", "so-xay-dung")]
    [InlineData("so-thong-tin-truyen-thong", "2025-12-14", "so-khoa-hoc-cong-nghe")]
    [InlineData("so-nong-nghiep-moi-truong", "2024-12-14", "so-nong-nghiep-moi-truong")] // a rename is the same body
    public void ResponsibleOn_DepartmentsAcrossTheMergers_FollowsPrimarySuccessors(string id, string date, string expected)
    {
        var responsible = Catalog.ResponsibleOn(id, D(date));

        Assert.Equal(expected, responsible?.Id);
    }

    [Theory]
    [InlineData("ubnd-tam-duong")]
    [InlineData("ubnd-muong-te")]
    public void ResponsibleOn_DistrictAfterAbolition_IsNull(string id)
    {
        Assert.Null(Catalog.ResponsibleOn(id, D("2025-08-01")));
    }

    [Fact]
    public void ResponsibleOn_BeforeTheBodyWasEstablished_IsNull()
    {
        // Predecessors are not searched: Sở Dân tộc và Tôn giáo did not exist in 2024.
        Assert.Null(Catalog.ResponsibleOn("so-dan-toc-ton-giao", Cutoff2024));
    }

    [Fact]
    public void ResponsibleOn_ChainOfTwoSuccessions_ReachesTheLastExistingBody()
    {
        var catalog = CatalogJson.Load(CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A", """
                "dissolvedOn": "2025-03-01",
                "succession": { "kind": "absorbedInto", "successorIds": ["so-b"], "confidence": "confirmed" },
                """) + ",\n" +
            CatalogJson.Body("so-b", "Sở B", """
                "dissolvedOn": "2025-07-01",
                "succession": { "kind": "reorganised", "successorIds": ["so-c"], "confidence": "confirmed" },
                """) + ",\n" +
            CatalogJson.Body("so-c", "Sở C", """
                "establishedOn": "2025-07-01",
                """)));

        Assert.Equal("so-b", catalog.ResponsibleOn("so-a", D("2025-05-01"))?.Id);
        Assert.Equal("so-c", catalog.ResponsibleOn("so-a", D("2025-08-01"))?.Id);
    }

    [Fact]
    public void ResponsibleOn_SplitWithoutPrimary_IsNull()
    {
        var catalog = CatalogJson.Load(CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A", """
                "dissolvedOn": "2025-03-01",
                "succession": { "kind": "splitInto", "successorIds": ["so-b", "so-c"], "confidence": "confirmed" },
                """) + ",\n" +
            CatalogJson.Body("so-b", "Sở B") + ",\n" + CatalogJson.Body("so-c", "Sở C")));

        Assert.Null(catalog.ResponsibleOn("so-a", D("2025-05-01")));
        Assert.Null(catalog.PrimarySuccessor("so-a"));
        Assert.Equal(["so-b", "so-c"], Ids(catalog.Successors("so-a")));
    }

    [Fact]
    public void ResponsibleOn_UnknownId_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Catalog.ResponsibleOn("so-khong-co", Cutoff2024));
    }

    [Fact]
    public void Successors_LabourDepartment_ListsEveryBodyThatTookOverWithHomeAffairsPrimary()
    {
        var successors = Ids(Catalog.Successors("so-lao-dong-tbxh"));

        Assert.Equal("so-noi-vu", successors[0]);
        Assert.Contains("so-y-te", successors);
        Assert.Contains("so-giao-duc-dao-tao", successors);
        Assert.Equal("so-noi-vu", Catalog.PrimarySuccessor("so-lao-dong-tbxh")?.Id);
        Assert.Equal(SuccessionKind.SplitInto, Catalog.Get("so-lao-dong-tbxh").Succession?.Kind);
        Assert.Equal(Confidence.Unconfirmed, Catalog.Get("so-lao-dong-tbxh").Succession?.Confidence);
    }

    [Theory]
    [InlineData("so-noi-vu")] // continues
    [InlineData("ubnd-tam-duong")] // abolished: no successor
    public void Successors_NoSuccessor_IsEmpty(string id)
    {
        Assert.Empty(Catalog.Successors(id));
        Assert.Null(Catalog.PrimarySuccessor(id));
    }

    [Fact]
    public void Succession_District_IsAbolishedOn1JulyWithNoSuccessor()
    {
        var succession = Catalog.Get("ubnd-phong-tho").Succession;

        Assert.Equal(SuccessionKind.Abolished, succession?.Kind);
        Assert.Equal(D("2025-07-01"), succession?.EffectiveOn);
        Assert.Empty(succession!.SuccessorIds);
    }

    [Fact]
    public void Succession_ContinuingBodies_KeepTheirIdAndName()
    {
        // Sở Tài chính takes in Sở Kế hoạch và Đầu tư and keeps its id, name and existence.
        var finance = Catalog.Get("so-tai-chinh");

        Assert.Null(finance.Succession);
        Assert.Null(finance.DissolvedOn);
        Assert.Single(finance.Names);
    }

    [Fact]
    public void CommunesOf_TamDuong_IncludesTanPhongAsAPart()
    {
        var rows = Catalog.CommunesOf("ubnd-tam-duong");

        var tanPhong = Assert.Single(rows, r => r.CommuneId == "phuong-tan-phong");
        Assert.True(tanPhong.TakesPartOnly);
        Assert.Equal(Confidence.Partial, tanPhong.Confidence);
        Assert.Contains(rows, r => r.CommuneId == "xa-binh-lu" && !r.TakesPartOnly);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void CommunesOf_City_HasBothWardsAsItsMainDistrict()
    {
        var rows = Catalog.CommunesOf("ubnd-tp-lai-chau");

        Assert.Equal(["phuong-doan-ket", "phuong-tan-phong"], rows.Select(r => r.CommuneId));
        Assert.All(rows, r => Assert.False(r.TakesPartOnly));
    }

    [Fact]
    public void CommunesOf_NotADistrict_IsEmpty()
    {
        Assert.Empty(Catalog.CommunesOf("so-noi-vu"));
    }

    [Fact]
    public void CommunesOf_UnknownId_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Catalog.CommunesOf("ubnd-khong-co"));
    }

    [Fact]
    public void Territories_EveryCommune_HasExactlyOneMainDistrict()
    {
        var main = Catalog.Territories.Where(t => !t.TakesPartOnly).GroupBy(t => t.CommuneId).ToArray();

        Assert.Equal(38, main.Length);
        Assert.All(main, g => Assert.Single(g));
    }

    [Fact]
    public void Territories_SharedUnits_AreTheSixOfTheResolution()
    {
        var shared = Catalog.Territories.Where(t => t.TakesPartOnly).Select(t => t.CommuneId).Order(StringComparer.Ordinal);

        Assert.Equal(["phuong-doan-ket", "phuong-tan-phong", "xa-hua-bum", "xa-le-loi", "xa-pa-tan", "xa-sin-suoi-ho"], shared);
    }

    [Fact]
    public void Territories_FormerCommunes_Count106()
    {
        Assert.Equal(106, Catalog.Territories.Sum(t => t.FormerCommunes.Count));
    }

    [Fact]
    public void Successors_Districts_AreEmptyBecauseTerritoriesAreNotSuccessions()
    {
        Assert.All(DistrictIds, id => Assert.Empty(Catalog.Successors(id)));
    }
}
