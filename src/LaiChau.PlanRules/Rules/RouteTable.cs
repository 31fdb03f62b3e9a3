using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Rules;

/// <summary>
/// The documented table (docs/rules.md, "Routes") that maps a submission's addressee × delivered-to to
/// accepted / wrong route / unknown, for an expected route "to A via V" or "to A directly". The means
/// of delivery never matters. The bodies that receive documents for the addressee (its office: catalog
/// <c>receivesFor</c>, carried by the obligation) count as the addressee.
/// </summary>
internal static class RouteTable
{
    /// <summary>Classifies a submission's route.</summary>
    /// <param name="expected">The expected route.</param>
    /// <param name="receivers">The bodies that receive documents for the route's addressee (<see cref="Obligations.Obligation.RouteReceivers"/>).</param>
    /// <param name="addressee">The addressee written on it ("Kính gửi"), if known.</param>
    /// <param name="deliveredTo">Where it was delivered, if known.</param>
    /// <returns>The verdict.</returns>
    public static RouteVerdict Classify(ExpectedRoute expected, IReadOnlyList<string> receivers, string? addressee, string? deliveredTo)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(receivers);
        var target = expected.AddresseeBodyId;
        var via = expected.ViaBodyId;
        bool IsTarget(string? id) => id is not null && (id == target || IsReceiver(receivers, id));

        if (via is not null)
        {
            // Expected: to the target via the intermediary (III.1: "về UBND tỉnh (qua Sở Nội vụ)").
            if (deliveredTo is not null)
            {
                if (deliveredTo == via)
                {
                    return addressee is null || IsTarget(addressee) || addressee == via ? RouteVerdict.Accepted : RouteVerdict.WrongRoute;
                }

                return RouteVerdict.WrongRoute; // delivered straight to the target (bypassing), or elsewhere
            }

            if (addressee is null) return RouteVerdict.Unknown;
            if (addressee == via) return RouteVerdict.Accepted; // "Kính gửi: Sở Nội vụ" is accepted
            return IsTarget(addressee) ? RouteVerdict.Unknown : RouteVerdict.WrongRoute;
        }

        // Expected: directly to the target (Sở Nội vụ's own report cannot route through itself).
        if (deliveredTo is not null)
        {
            return IsTarget(deliveredTo) && (addressee is null || IsTarget(addressee)) ? RouteVerdict.Accepted : RouteVerdict.WrongRoute;
        }

        if (addressee is null) return RouteVerdict.Unknown;
        return IsTarget(addressee) ? RouteVerdict.Accepted : RouteVerdict.WrongRoute;
    }

    // A loop, not Enumerable.Contains with a comparer: that enumerates through an allocated enumerator, and a rule
    // condition classifies the route of every case with a report.
    private static bool IsReceiver(IReadOnlyList<string> receivers, string id)
    {
        for (var i = 0; i < receivers.Count; i++)
        {
            if (string.Equals(receivers[i], id, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
