using System.Reflection;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Benchmarks.Synthetic;

/// <summary>
/// The evidence the cold-start benchmark checks: the library's embedded demo (<c>DemoEvidence.Load()</c>, found
/// by reflection so this project builds whether or not the library it is built against ships it yet), else a
/// small illustrative set of the same shape: the Lai Châu plan and catalog, a few reports on time, late and by
/// the wrong route, one missing.
/// </summary>
internal static class Demo
{
    /// <summary>Where the evidence came from: "DemoEvidence.Load()" or "built-in fallback".</summary>
    public static string Source { get; private set; } = "not loaded";

    public static EvidenceSet Load()
    {
        var load = typeof(EvidenceSet).Assembly.GetType("LaiChau.PlanRules.Evidence.DemoEvidence")?.GetMethod("Load", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
        if (load?.Invoke(null, null) is EvidenceSet demo)
        {
            Source = "DemoEvidence.Load()";
            return demo;
        }

        Source = "built-in fallback";
        var at = (int month, int day, int hour) => new DateTimeOffset(2024, month, day, hour, 0, 0, TimeSpan.FromHours(7));
        return new EvidenceSet
        {
            AsOf = new DateOnly(2024, 12, 20),
            Illustrative = true,
            Description = "Illustrative: a few reports of 2024 (cold-start benchmark fallback).",
            Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
            Policy = new PolicyOverrides { FirstYear = 2024, LastYear = 2026 },
            Reports =
            [
                new ReceivedReport { Id = "SĐ-2024-0001", Body = "so-tai-chinh", Period = 2024, ReceivedAt = at(12, 16, 9), Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu" },
                new ReceivedReport { Id = "SĐ-2024-0002", Body = "so-y-te", Period = 2024, ReceivedAt = at(12, 19, 15), Addressee = "ubnd-tinh", DeliveredTo = "so-noi-vu" },
                new ReceivedReport { Id = "SĐ-2024-0003", Body = "ubnd-tam-duong", Period = 2024, ReceivedAt = at(12, 17, 8), Addressee = "ubnd-tinh", DeliveredTo = "ubnd-tinh" },
                new ReceivedReport { Id = "SĐ-2024-0004", Body = "so-noi-vu", Period = 2024, ReceivedAt = at(12, 17, 10), Addressee = "ubnd-tinh", DeliveredTo = "ubnd-tinh" },
            ],
        };
    }
}
