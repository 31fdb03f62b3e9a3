using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Bodies;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>
/// Which office receives for the provincial committee is catalog data, not an engine constant: in another
/// province's catalog a merged office (Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh) receives for UBND tỉnh, and a
/// body with Lai Châu's office id does not.
/// </summary>
public sealed class OtherProvinceOfficeTests
{
    private static readonly string Bodies = string.Join(",\n",
        CatalogJson.Body("ubnd-tinh", "Ủy ban nhân dân tỉnh X", kind: "provincialPeoplesCommittee"),
        CatalogJson.Body("so-noi-vu", "Sở Nội vụ"),
        CatalogJson.Body("so-tai-chinh", "Sở Tài chính"),
        CatalogJson.Body("van-phong-doan-dbqh-hdnd-ubnd", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
            """ "receivesFor": { "bodyId": "ubnd-tinh", "confidence": "confirmed", "source": "Illustrative." }, """),
        CatalogJson.Body("van-phong-ubnd", "Văn phòng (không nhận thay UBND tỉnh)", kind: "otherRecipient"));

    private static readonly string Groups = string.Join(",\n",
        CatalogJson.Group(GroupIds.Departments, "so-noi-vu", "so-tai-chinh"),
        CatalogJson.Group(GroupIds.Communes));

    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create(o =>
    {
        o.PlanFile = Path.Combine(AppContext.BaseDirectory, "TestData", "other-province-plan.json");
        o.Catalog = CatalogJson.Load(CatalogJson.File(Bodies, Groups), "province-x-bodies.json");
    });

    [Theory]
    // Sở Nội vụ's own report goes to UBND tỉnh directly: this province's office receives for it.
    [InlineData("so-noi-vu", "ubnd-tinh", "van-phong-doan-dbqh-hdnd-ubnd", false)]
    // A body with Lai Châu's office id receives for nobody here: the report never reached UBND tỉnh.
    [InlineData("so-noi-vu", "ubnd-tinh", "van-phong-ubnd", true)]
    // "Kính gửi" the office, delivered to Sở Nội vụ: addressed to UBND tỉnh through its office.
    [InlineData("so-tai-chinh", "van-phong-doan-dbqh-hdnd-ubnd", "so-noi-vu", false)]
    [InlineData("so-tai-chinh", "van-phong-ubnd", "so-noi-vu", true)]
    public void TheOfficeInTheCatalog_ReceivesForTheCommittee(string body, string addressee, string deliveredTo, bool wrong)
    {
        var result = Scenario.LaiChau().With(Evaluator)
            .Report(body, 2024, "2024-12-16T09:00:00+07:00", deliveredTo: deliveredTo, addressee: addressee)
            .AsOf(2024, 12, 31);

        Assert.Equal(wrong, result.Has(FindingCodes.ReportWrongChannel, body, 2024));
        Assert.False(result.Has(FindingCodes.ReportMissing, body, 2024));
    }
}
