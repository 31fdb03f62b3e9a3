using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Tests.Compliance;

namespace LaiChau.PlanRules.Tests.Rules;

public class ReportWrongChannelRuleTests
{
    [Theory]
    // Delivered straight to UBND tỉnh, bypassing Sở Nội vụ: wrong route.
    [InlineData("so-tai-chinh", "ubnd-tinh", "ubnd-tinh", true)]
    // Delivered to the provincial office (Văn phòng UBND) for UBND tỉnh: still bypasses Sở Nội vụ.
    [InlineData("so-tai-chinh", "ubnd-tinh", "van-phong-ubnd", true)]
    // "Kính gửi: UBND tỉnh", delivered to Sở Nội vụ: the expected route.
    [InlineData("so-tai-chinh", "ubnd-tinh", "so-noi-vu", false)]
    // "Kính gửi: Sở Nội vụ" is accepted.
    [InlineData("so-tai-chinh", "so-noi-vu", "so-noi-vu", false)]
    // Addressed to Sở Nội vụ, delivery not recorded: accepted.
    [InlineData("so-tai-chinh", "so-noi-vu", null, false)]
    // Addressed to UBND tỉnh, delivery not recorded: unknown (a note, not a finding).
    [InlineData("so-tai-chinh", "ubnd-tinh", null, false)]
    // Sent to another department entirely: wrong route.
    [InlineData("so-tai-chinh", "so-y-te", "so-y-te", true)]
    // Sở Nội vụ's own report goes to UBND tỉnh directly: accepted.
    [InlineData("so-noi-vu", "ubnd-tinh", "ubnd-tinh", false)]
    // Sở Nội vụ's own report kept in its own register: it never reached UBND tỉnh.
    [InlineData("so-noi-vu", "ubnd-tinh", "so-noi-vu", true)]
    public void ClassifiesTheRoute(string body, string? addressee, string? deliveredTo, bool wrong)
    {
        var result = Scenario.LaiChau().Report(body, 2024, "2024-12-16T09:00:00+07:00", deliveredTo: deliveredTo, addressee: addressee).AsOf(2024, 12, 31);

        Assert.Equal(wrong, result.Has(FindingCodes.ReportWrongChannel, body, 2024));
        Assert.False(result.Has(FindingCodes.ReportMissing, body, 2024)); // a wrong-route report still counts as received
    }

    [Fact]
    public void UnknownRoute_IsANote()
    {
        var result = Scenario.LaiChau().Report("so-tai-chinh", 2024, "2024-12-16T09:00:00+07:00", deliveredTo: null, addressee: null, id: "R-unknown").AsOf(2024, 12, 31);

        Assert.Contains(result.Report.Notes, n => n.Code == "ROUTE_UNKNOWN" && n.EvidenceId == "R-unknown");
        Assert.False(result.Has(FindingCodes.ReportWrongChannel, "so-tai-chinh"));
    }
}
