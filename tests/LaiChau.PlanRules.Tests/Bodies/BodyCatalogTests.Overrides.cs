namespace LaiChau.PlanRules.Tests.Bodies;

public sealed partial class BodyCatalogTests
{
    private const string VerticalAgency = """
        {
          "schemaVersion": 1,
          "bodies": [
            {
              "id": "cong-an-tinh",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Công an tỉnh Lai Châu", "en": "Lai Châu Provincial Police" } ],
              "aliases": [ "Công an tỉnh" ],
              "confidence": "confirmed",
              "source": "Host decision: the province asks the police to report under this plan."
            }
          ],
          "addMembers": [
            { "groupId": "provincial-departments", "bodyId": "cong-an-tinh", "confidence": "confirmed", "note": "Added by the host." }
          ]
        }
        """;

    [Fact]
    public void WithOverrides_VerticallyManagedAgency_JoinsTheDepartmentsGroup()
    {
        var catalog = CatalogJson.Override(Catalog, VerticalAgency);

        var members = Ids(catalog.MembersOn("provincial-departments", Cutoff2025));

        Assert.Contains("cong-an-tinh", members);
        Assert.Contains("so-tai-chinh", members);
        Assert.Equal("cong-an-tinh", catalog.FindByName("Công an tỉnh")?.Id);
        Assert.Equal("Added by the host.", catalog.GetGroup("provincial-departments").Members[^1].Note);
    }

    [Fact]
    public void WithOverrides_Any_LeavesTheBaseCatalogUnchanged()
    {
        _ = CatalogJson.Override(Catalog, VerticalAgency);

        Assert.False(Catalog.TryGet("cong-an-tinh", out _));
        Assert.False(Catalog.GetGroup("provincial-departments").Contains("cong-an-tinh"));
    }

    [Fact]
    public void WithOverrides_BodyWithAnExistingId_ReplacesIt()
    {
        // The host confirms Sở Ngoại vụ and records that it was merged into the Office on 01/3/2025.
        var catalog = CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "bodies": [
                {
                  "id": "so-ngoai-vu",
                  "kind": "provincialDepartment",
                  "names": [ { "vi": "Sở Ngoại vụ", "en": "Department of Foreign Affairs" } ],
                  "dissolvedOn": "2025-03-01",
                  "succession": { "kind": "absorbedInto", "successorIds": [ "van-phong-ubnd" ], "confidence": "confirmed", "source": "QĐ của UBND tỉnh" },
                  "confidence": "confirmed",
                  "source": "Host's records."
                }
              ]
            }
            """);

        var body = catalog.Get("so-ngoai-vu");

        Assert.Equal(Confidence.Confirmed, body.Confidence);
        Assert.Equal("van-phong-ubnd", catalog.ResponsibleOn("so-ngoai-vu", Cutoff2025)?.Id);
        Assert.DoesNotContain("so-ngoai-vu", Ids(catalog.MembersOn("provincial-departments", Cutoff2025)));
        Assert.Equal(Catalog.Bodies.Count, catalog.Bodies.Count);
        Assert.Null(Catalog.Get("so-ngoai-vu").DissolvedOn);
    }

    [Fact]
    public void WithOverrides_RemoveMembers_TakesABodyOutOfAGroup()
    {
        var catalog = CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "removeMembers": [ { "groupId": "provincial-associations", "bodyId": "hoi-nha-bao" } ]
            }
            """);

        Assert.DoesNotContain("hoi-nha-bao", Ids(catalog.MembersOn("provincial-associations", Cutoff2024)));
        Assert.True(catalog.TryGet("hoi-nha-bao", out _));
    }

    [Fact]
    public void WithOverrides_AddExistingMember_ReplacesItsEntry()
    {
        var catalog = CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "addMembers": [ { "groupId": "provincial-associations", "bodyId": "hoi-nha-bao", "confidence": "confirmed" } ]
            }
            """);

        var members = catalog.GetGroup("provincial-associations").Members;

        Assert.Equal(4, members.Count);
        Assert.Equal(Confidence.Confirmed, members.Single(m => m.BodyId == "hoi-nha-bao").Confidence);
    }

    [Fact]
    public void WithOverrides_GroupWithAnExistingId_ReplacesItWholesale()
    {
        var catalog = CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "groups": [
                {
                  "id": "provincial-associations",
                  "name": { "vi": "các tổ chức Hội cấp tỉnh được Đảng, Nhà nước giao nhiệm vụ", "en": "provincial associations" },
                  "inclusionRule": { "vi": "Theo danh sách của Sở Nội vụ.", "en": "As listed by the Department of Home Affairs." },
                  "members": [ { "bodyId": "hoi-luat-gia", "confidence": "confirmed" } ]
                }
              ]
            }
            """);

        Assert.Equal(["hoi-luat-gia"], Ids(catalog.MembersOn("provincial-associations", Cutoff2024)));
        Assert.Equal("As listed by the Department of Home Affairs.", catalog.GetGroup("provincial-associations").InclusionRule.En);
    }

    [Fact]
    public void WithOverrides_TerritoryWithAnExistingPair_ReplacesIt()
    {
        var catalog = CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "territories": [
                { "districtId": "ubnd-tam-duong", "communeId": "phuong-tan-phong", "takesPartOnly": true, "confidence": "confirmed",
                  "formerCommunes": [ "Nùng Nàng", "Bản Giang" ], "source": "Nghị quyết 1670/NQ-UBTVQH15, Điều 1" }
              ]
            }
            """);

        var row = Assert.Single(catalog.CommunesOf("ubnd-tam-duong"), r => r.CommuneId == "phuong-tan-phong");

        Assert.Equal(Confidence.Confirmed, row.Confidence);
        Assert.Equal(44, catalog.Territories.Count);
    }

    [Fact]
    public void WithOverrides_ReplacementBreaksABaseReference_IsRejectedNamingTheBaseFile()
    {
        // Sở Tài chính made to start on 01/6/2025 can no longer take over Sở Kế hoạch và Đầu tư on 01/3/2025.
        var e = Assert.Throws<PlanRulesInputException>(() => CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "bodies": [
                {
                  "id": "so-tai-chinh", "kind": "provincialDepartment",
                  "names": [ { "vi": "Sở Tài chính" } ], "establishedOn": "2025-06-01", "confidence": "confirmed"
                }
              ]
            }
            """));

        Assert.Contains("Successor 'so-tai-chinh' does not exist on 2025-03-01", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("lai-chau-bodies.json", e.FileName);
        Assert.StartsWith("bodies[", e.JsonPath, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void WithOverrides_OverrideIntroducesACycle_IsRejectedNamingTheOverridesFile()
    {
        // Sở Tài chính "absorbed into" Sở Kế hoạch và Đầu tư, which is absorbed into Sở Tài chính.
        var e = Assert.Throws<PlanRulesInputException>(() => CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "bodies": [
                {
                  "id": "so-tai-chinh", "kind": "provincialDepartment",
                  "names": [ { "vi": "Sở Tài chính" } ],
                  "dissolvedOn": "2025-01-01",
                  "succession": { "kind": "absorbedInto", "successorIds": [ "so-ke-hoach-dau-tu" ], "confidence": "confirmed" },
                  "confidence": "confirmed"
                }
              ]
            }
            """, "cycle-overrides.json"));

        Assert.Contains("cycle", e.LocalizedReason.En, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WithOverrides_UnknownGroupInAddMembers_IsRejectedWithPathAndLine()
    {
        const string Json = """
            {
              "schemaVersion": 1,
              "addMembers": [
                { "groupId": "vertical-agencies", "bodyId": "so-noi-vu", "confidence": "confirmed" }
              ]
            }
            """;

        var e = Assert.Throws<PlanRulesInputException>(() => CatalogJson.Override(Catalog, Json, "host.json"));

        Assert.Equal("host.json", e.FileName);
        Assert.Equal("addMembers[0].groupId", e.JsonPath);
        Assert.Equal(CatalogJson.LineOf(Json, "vertical-agencies"), e.LineNumber);
    }

    [Fact]
    public void WithOverrides_RemoveANonMember_IsRejected()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "removeMembers": [ { "groupId": "provincial-associations", "bodyId": "so-noi-vu" } ]
            }
            """));

        Assert.Contains("not a member", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("removeMembers[0].bodyId", e.JsonPath);
    }

    [Fact]
    public void WithOverrides_AddMemberThatIsNoBody_IsRejected()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "addMembers": [ { "groupId": "provincial-departments", "bodyId": "cuc-thue", "confidence": "confirmed" } ]
            }
            """, "host.json"));

        Assert.Contains("Unknown body 'cuc-thue'", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("host.json", e.FileName);
    }

    [Fact]
    public void WithOverrides_AppliedTwice_StacksTheOverrides()
    {
        var once = CatalogJson.Override(Catalog, VerticalAgency);

        var twice = CatalogJson.Override(once, """
            {
              "schemaVersion": 1,
              "removeMembers": [ { "groupId": "provincial-departments", "bodyId": "so-ngoai-vu" } ]
            }
            """);

        var members = Ids(twice.MembersOn("provincial-departments", Cutoff2025));
        Assert.Contains("cong-an-tinh", members);
        Assert.DoesNotContain("so-ngoai-vu", members);
    }
}
