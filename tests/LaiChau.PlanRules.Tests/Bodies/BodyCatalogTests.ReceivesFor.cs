using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed partial class BodyCatalogTests
{
    private const string Office = """
        "receivesFor": { "bodyId": "ubnd-x", "confidence": "confirmed", "source": "Quy chế văn thư" },
        """;

    [Fact]
    public void LaiChau_TheProvincialOffice_ReceivesForUbndTinh()
    {
        var receipt = Catalog.Get("van-phong-ubnd").ReceivesFor;

        Assert.NotNull(receipt);
        Assert.Equal("ubnd-tinh", receipt.BodyId);
        Assert.Equal(Confidence.Partial, receipt.Confidence);
        Assert.Contains("docs/policies.md", receipt.Source, StringComparison.Ordinal);
        Assert.Equal(["van-phong-ubnd"], Catalog.Bodies.Where(b => b.ReceivesFor is not null).Select(b => b.Id));
    }

    [Fact]
    public void Load_ReceivesFor_IsReadWithItsConfidenceAndSource()
    {
        var catalog = CatalogJson.Load(CatalogJson.File(
            CatalogJson.Body("ubnd-x", "UBND tỉnh X", kind: "provincialPeoplesCommittee") + ",\n" + CatalogJson.Body("vp-x", "Văn phòng X", Office)));

        Assert.Equal("ubnd-x", catalog.Get("vp-x").ReceivesFor?.BodyId);
        Assert.Equal("Quy chế văn thư", catalog.Get("vp-x").ReceivesFor?.Source);
        Assert.Null(catalog.Get("ubnd-x").ReceivesFor);
    }

    [Fact]
    public void Load_ReceivesForAnUnknownBody_IsRejectedWithFilePathAndLine()
    {
        var json = CatalogJson.File(CatalogJson.Body("so-a", "Sở A") + ",\n" + CatalogJson.Body("vp-x", "Văn phòng X", Office));

        var e = CatalogJson.LoadFails(json, "province-x.json");

        Assert.Contains("Unknown body 'ubnd-x'", e.LocalizedReason.En, StringComparison.Ordinal);
        CatalogJson.AssertAt(e, "province-x.json", "bodies[1].receivesFor.bodyId", json, "\"receivesFor\"");
    }

    [Fact]
    public void Load_ReceivesForItself_IsRejected()
    {
        var json = CatalogJson.File(CatalogJson.Body("ubnd-x", "UBND tỉnh X", Office));

        var e = CatalogJson.LoadFails(json);

        Assert.Contains("itself", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("bodies[0].receivesFor.bodyId", e.JsonPath);
    }

    [Fact]
    public void WithOverrides_ReceivesForAnUnknownBody_NamesTheOverrideFile()
    {
        var json = """
            {
              "schemaVersion": 1,
              "bodies": [
                {
                  "id": "van-phong-ubnd",
                  "kind": "provincialDepartment",
                  "names": [ { "vi": "Văn phòng Ủy ban nhân dân tỉnh" } ],
                  "receivesFor": { "bodyId": "ubnd-tinh-lai-chau", "confidence": "confirmed" },
                  "confidence": "confirmed"
                }
              ]
            }
            """;

        var e = Assert.Throws<PlanRulesInputException>(() => CatalogJson.Override(Catalog, json, "my-bodies.json"));

        CatalogJson.AssertAt(e, "my-bodies.json", "bodies[0].receivesFor.bodyId", json, "\"receivesFor\"");
    }

    [Fact]
    public void WithOverrides_AReplacedOffice_TakesItsReceivesForWithIt()
    {
        // A body is replaced wholesale: an office repeated without receivesFor no longer receives for UBND tỉnh,
        // and a new office may take the role.
        var catalog = CatalogJson.Override(Catalog, """
            {
              "schemaVersion": 1,
              "bodies": [
                {
                  "id": "van-phong-ubnd",
                  "kind": "provincialDepartment",
                  "names": [ { "vi": "Văn phòng Ủy ban nhân dân tỉnh" } ],
                  "confidence": "confirmed"
                },
                {
                  "id": "van-phong-doan-dbqh-hdnd-ubnd",
                  "kind": "provincialDepartment",
                  "names": [ { "vi": "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh" } ],
                  "receivesFor": { "bodyId": "ubnd-tinh", "confidence": "confirmed" },
                  "confidence": "confirmed"
                }
              ]
            }
            """);

        Assert.Null(catalog.Get("van-phong-ubnd").ReceivesFor);
        Assert.Equal("ubnd-tinh", catalog.Get("van-phong-doan-dbqh-hdnd-ubnd").ReceivesFor?.BodyId);
        Assert.NotNull(Catalog.Get("van-phong-ubnd").ReceivesFor); // the base catalog is unchanged
    }
}
