using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Compliance;

/// <summary>The evaluation context of the embedded Lai Châu plan for 2024-2026, signed 15/10/2024, and evidence to feed the monitor's parts.</summary>
internal static class MonitorFixtures
{
    public static readonly DateOnly AsOf = new(2024, 12, 20);

    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    public static EvidenceSet Evidence(params ReportRequest[] requests) => new()
    {
        AsOf = AsOf,
        Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
        Policy = new PolicyOverrides { FirstYear = 2024, LastYear = 2026 },
        Requests = requests,
    };

    public static EvaluationContext Context(params ReportRequest[] requests) => Evaluator.CreateContext(Evidence(requests), AsOf);

    public static ReceivedReport Report(string id, string body = "so-tai-chinh", int period = 2024, int day = 16, string? requestId = null, string? replaces = null) => new()
    {
        Id = id, Body = body, Period = period, ReceivedAt = new DateTimeOffset(2024, 12, day, 9, 0, 0, TimeSpan.FromHours(7)),
        Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu", RequestId = requestId, Replaces = replaces,
    };
}
