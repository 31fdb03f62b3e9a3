using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed partial class BodyCatalogTests
{
    private const string Absorbed = """
        "dissolvedOn": "2025-03-01",
        "succession": { "kind": "absorbedInto", "successorIds": ["so-b"], "confidence": "confirmed" },
        """;

    [Fact]
    public void Load_MinimalFile_Loads()
    {
        var catalog = CatalogJson.Load(CatalogJson.File(CatalogJson.Body("so-a", "Sở A")));

        Assert.Equal("Sở A", catalog.Get("so-a").NameOn(Cutoff2024));
        Assert.Empty(catalog.Groups);
        Assert.Empty(catalog.Territories);
    }

    [Fact]
    public void Load_TwoBodyCycle_IsRejectedWithFilePathAndLine()
    {
        var json = CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A", """
                "dissolvedOn": "2025-03-01",
                "succession": { "kind": "absorbedInto", "successorIds": ["so-b"], "confidence": "confirmed" },
                """) + ",\n" +
            CatalogJson.Body("so-b", "Sở B", """
                "dissolvedOn": "2025-05-01",
                "succession": { "kind": "absorbedInto", "successorIds": ["so-a"], "confidence": "confirmed" },
                """));

        var e = CatalogJson.LoadFails(json, "cycle.json");

        Assert.Contains("cycle", e.LocalizedReason.En, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("so-a -> so-b -> so-a", e.Reason, StringComparison.Ordinal);
        CatalogJson.AssertAt(e, "cycle.json", "bodies[0].succession.successorIds", json, "\"succession\"");
    }

    [Fact]
    public void Load_ThreeBodyCycle_IsRejected()
    {
        string Step(string id, string next) => CatalogJson.Body(id, id, $$"""
            "dissolvedOn": "2025-03-01",
            "succession": { "kind": "reorganised", "successorIds": ["{{next}}"], "confidence": "confirmed" },
            """);
        var json = CatalogJson.File(Step("so-a", "so-b") + ",\n" + Step("so-b", "so-c") + ",\n" + Step("so-c", "so-a"));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("so-a -> so-b -> so-c -> so-a", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SelfSuccession_IsRejectedAsACycle()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A", """
            "dissolvedOn": "2025-03-01",
            "succession": { "kind": "reorganised", "successorIds": ["so-a"], "confidence": "confirmed" },
            """));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("so-a -> so-a", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSuccessor_IsRejectedWithFilePathAndLine()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A", Absorbed));

        var e = CatalogJson.LoadFails(json, "bad-successor.json");

        Assert.Contains("Unknown successor 'so-b'", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bad-successor.json", e.FileName);
        Assert.Equal("bodies[0].succession.successorIds", e.JsonPath);
        Assert.Equal(CatalogJson.LineOf(json, "\"succession\""), e.LineNumber);
        Assert.Contains("bad-successor.json, $.bodies[0].succession.successorIds, line", e.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateId_IsRejectedAtTheSecondWithFilePathAndLine()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A") + ",\n" + CatalogJson.Body("so-a", "Sở A bis"));

        var e = CatalogJson.LoadFails(json, "dup.json");

        Assert.Contains("Duplicate body id 'so-a'", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("dup.json", e.FileName);
        Assert.Equal("bodies[1].id", e.JsonPath);
        Assert.Equal(CatalogJson.LineOf(json, "\"id\": \"so-a\"", 1), e.LineNumber);
    }

    [Fact]
    public void Load_TruncatedJson_IsRejectedWithFileAndLine()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A"));
        var truncated = json[..(json.IndexOf("\"confidence\"", StringComparison.Ordinal) + 5)];

        var e = CatalogJson.LoadFails(truncated, "truncated.json");

        Assert.Equal("truncated.json", e.FileName);
        Assert.NotNull(e.LineNumber);
        Assert.NotNull(e.JsonPath);
    }

    [Fact]
    public void Load_PrimaryNotAmongSuccessors_IsRejected()
    {
        var json = CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A", """
                "dissolvedOn": "2025-03-01",
                "succession": { "kind": "splitInto", "successorIds": ["so-b", "so-c"], "primarySuccessorId": "so-d", "confidence": "confirmed" },
                """) + ",\n" + CatalogJson.Body("so-b", "Sở B") + ",\n" + CatalogJson.Body("so-c", "Sở C") + ",\n" + CatalogJson.Body("so-d", "Sở D"));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("primary successor 'so-d' is not among the successors", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bodies[0].succession.primarySuccessorId", e.JsonPath);
    }

    [Fact]
    public void Load_SuccessorNotExistingOnTheDissolutionDate_IsRejected()
    {
        var json = CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A", Absorbed) + ",\n" +
            CatalogJson.Body("so-b", "Sở B", """ "establishedOn": "2025-07-01", """));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("Successor 'so-b' does not exist on 2025-03-01", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Contains("from 2025-07-01", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SuccessorDissolvedOnTheSameDay_IsRejected()
    {
        // Dissolution is exclusive: a body dissolved on 01/3 cannot take over on 01/3.
        var json = CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A", Absorbed) + ",\n" +
            CatalogJson.Body("so-b", "Sở B", """
                "dissolvedOn": "2025-03-01",
                "succession": { "kind": "abolished", "confidence": "confirmed" },
                """));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("does not exist on 2025-03-01", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidFromAfterValidUntil_IsRejectedAtTheName()
    {
        var json = CatalogJson.File("""
                {
                  "id": "so-a", "kind": "provincialDepartment",
                  "names": [
                    { "vi": "Sở A", "validFrom": "2025-03-01", "validUntil": "2025-01-01" }
                  ],
                  "confidence": "confirmed"
                }
            """);

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("must be after validFrom", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bodies[0].names[0]", e.JsonPath);
        Assert.Equal(CatalogJson.LineOf(json, "\"validFrom\""), e.LineNumber);
    }

    [Fact]
    public void Load_NamesWithAGap_IsRejectedAtTheLaterName()
    {
        var json = CatalogJson.File("""
                {
                  "id": "so-a", "kind": "provincialDepartment",
                  "names": [
                    { "vi": "Sở A", "validUntil": "2025-03-01" },
                    { "vi": "Sở A mới", "validFrom": "2025-04-01" }
                  ],
                  "confidence": "confirmed"
                }
            """);

        var e = CatalogJson.LoadFails(json);

        Assert.Equal("bodies[0].names[1].validFrom", e.JsonPath);
        Assert.Contains("2025-03-01", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("So-A")] // upper case
    [InlineData("sở-a")] // not ASCII
    [InlineData("so_a")] // underscore
    [InlineData("")] // empty
    public void Load_InvalidId_IsRejected(string id)
    {
        var json = CatalogJson.File(CatalogJson.Body(id, "Sở A"));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("not a valid id", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bodies[0].id", e.JsonPath);
    }

    [Theory]
    [InlineData("\"kind\": \"provincialDepartment\"", "\"kind\": \"ministry\"")] // body kind
    [InlineData("\"confidence\": \"confirmed\"", "\"confidence\": \"sure\"")] // confidence
    [InlineData("\"kind\": \"provincialDepartment\"", "\"kind\": 1")] // enum numbers are not accepted
    public void Load_UnknownEnumName_IsRejectedWithPathAndLine(string from, string to)
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A")).Replace(from, to, StringComparison.Ordinal);

        var e = CatalogJson.LoadFails(json, "enum.json");

        Assert.Equal("enum.json", e.FileName);
        Assert.StartsWith("bodies[0].", e.JsonPath, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void Load_UnknownSuccessionKind_IsRejected()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A", """
            "dissolvedOn": "2025-03-01",
            "succession": { "kind": "merged", "confidence": "confirmed" },
            """));

        var e = CatalogJson.LoadFails(json);

        Assert.Equal("bodies[0].succession.kind", e.JsonPath);
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "schemaVersion 2 is not supported")] // a future format
    [InlineData("\"schemaVersion\": 1,", "", "schemaVersion is missing")] // no version
    public void Load_SchemaVersionNotOne_IsRejected(string from, string to, string expected)
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A")).Replace(from, to, StringComparison.Ordinal);

        var e = CatalogJson.LoadFails(json);

        Assert.Contains(expected, e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("schemaVersion", e.JsonPath);
    }

    [Fact]
    public void Load_UnknownMember_IsRejected()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A", """ "parent": "ubnd-tinh", """));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("parent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DissolvedWithoutSuccession_IsRejected()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A", """ "dissolvedOn": "2025-03-01", """));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("has no succession", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bodies[0].succession", e.JsonPath);
    }

    [Fact]
    public void Load_SuccessionWithoutDissolution_IsRejected()
    {
        // A rename is a dated name, not a succession.
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A", """
            "succession": { "kind": "abolished", "confidence": "confirmed" },
            """));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("no dissolvedOn", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bodies[0].succession", e.JsonPath);
    }

    [Fact]
    public void Load_EffectiveOnOtherThanDissolvedOn_IsRejected()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A", """
            "dissolvedOn": "2025-03-01",
            "succession": { "kind": "abolished", "effectiveOn": "2025-02-28", "confidence": "confirmed" },
            """));

        var e = CatalogJson.LoadFails(json);

        Assert.Equal("bodies[0].succession.effectiveOn", e.JsonPath);
    }

    [Fact]
    public void Load_AbolishedWithASuccessor_IsRejectedAtTheSuccession()
    {
        var json = CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A", """
                "dissolvedOn": "2025-03-01",
                "succession": { "kind": "abolished", "successorIds": ["so-b"], "confidence": "confirmed" },
                """) + ",\n" + CatalogJson.Body("so-b", "Sở B"));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("no successors", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bodies[0].succession", e.JsonPath);
        Assert.DoesNotContain("Parameter", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownGroupMember_IsRejectedAtTheMember()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A"), """
                {
                  "id": "provincial-departments",
                  "name": { "vi": "các sở, ban, ngành tỉnh", "en": "provincial departments" },
                  "inclusionRule": { "vi": "mọi sở", "en": "every department" },
                  "members": [
                    { "bodyId": "so-a", "confidence": "confirmed" },
                    { "bodyId": "so-x", "confidence": "confirmed" }
                  ]
                }
            """);

        var e = CatalogJson.LoadFails(json, "groups.json");

        Assert.Contains("Unknown body 'so-x'", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("groups[0].members[1].bodyId", e.JsonPath);
        Assert.Equal(CatalogJson.LineOf(json, "so-x"), e.LineNumber);
    }

    [Fact]
    public void Load_GroupWithoutEnglishName_IsRejected()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A"), """
                {
                  "id": "g", "name": { "vi": "nhóm", "en": " " },
                  "inclusionRule": { "vi": "mọi sở", "en": "every department" },
                  "members": []
                }
            """);

        var e = CatalogJson.LoadFails(json);

        Assert.Equal("groups[0].name.en", e.JsonPath);
    }

    [Fact]
    public void Load_UnknownTerritoryDistrict_IsRejected()
    {
        var json = CatalogJson.File(
            CatalogJson.Body("xa-a", "UBND xã A", """ "establishedOn": "2025-07-01", """, "communePeoplesCommittee"),
            territories: """
                { "districtId": "ubnd-x", "communeId": "xa-a", "confidence": "partial" }
            """);

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("Unknown body 'ubnd-x'", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("territories[0].districtId", e.JsonPath);
    }

    [Fact]
    public void Load_TerritoryWithTheWrongKind_IsRejected()
    {
        var json = CatalogJson.File(
            CatalogJson.Body("so-a", "Sở A") + ",\n" +
            CatalogJson.Body("xa-a", "UBND xã A", """ "establishedOn": "2025-07-01", """, "communePeoplesCommittee"),
            territories: """
                { "districtId": "so-a", "communeId": "xa-a", "confidence": "partial" }
            """);

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("not a DistrictPeoplesCommittee", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommuneWithTwoMainDistricts_IsRejected()
    {
        const string Abolished = """
            "dissolvedOn": "2025-07-01", "succession": { "kind": "abolished", "confidence": "confirmed" },
            """;
        var json = CatalogJson.File(
            CatalogJson.Body("ubnd-a", "UBND huyện A", Abolished, "districtPeoplesCommittee") + ",\n" +
            CatalogJson.Body("ubnd-b", "UBND huyện B", Abolished, "districtPeoplesCommittee") + ",\n" +
            CatalogJson.Body("xa-a", "UBND xã A", """ "establishedOn": "2025-07-01", """, "communePeoplesCommittee"),
            territories: """
                { "districtId": "ubnd-a", "communeId": "xa-a", "confidence": "partial" },
                { "districtId": "ubnd-b", "communeId": "xa-a", "confidence": "partial" }
            """);

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("takesPartOnly", e.Reason, StringComparison.Ordinal);
        Assert.Equal("territories[1].takesPartOnly", e.JsonPath);
    }

    [Fact]
    public void Load_DuplicateTerritory_IsRejected()
    {
        const string Abolished = """
            "dissolvedOn": "2025-07-01", "succession": { "kind": "abolished", "confidence": "confirmed" },
            """;
        var json = CatalogJson.File(
            CatalogJson.Body("ubnd-a", "UBND huyện A", Abolished, "districtPeoplesCommittee") + ",\n" +
            CatalogJson.Body("xa-a", "UBND xã A", """ "establishedOn": "2025-07-01", """, "communePeoplesCommittee"),
            territories: """
                { "districtId": "ubnd-a", "communeId": "xa-a", "confidence": "partial" },
                { "districtId": "ubnd-a", "communeId": "xa-a", "takesPartOnly": true, "confidence": "partial" }
            """);

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("Duplicate territory", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("territories[1]", e.JsonPath);
    }

    [Fact]
    public void Load_OverTheSizeLimit_IsRejected()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A"));

        var e = Assert.Throws<PlanRulesInputException>(() =>
            BodyCatalog.Load(CatalogJson.Stream(json), "big.json", new JsonInputLimits(maxBytes: 64)));

        Assert.Equal("big.json", e.FileName);
    }

    [Fact]
    public void Load_NullStreamOrBlankFileName_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BodyCatalog.Load(null!, "x.json"));
        Assert.Throws<ArgumentException>(() => BodyCatalog.Load(CatalogJson.Stream("{}"), " "));
    }
}
