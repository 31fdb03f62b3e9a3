namespace LaiChau.PlanRules.Plan;

/// <summary>
/// Where a report is due and through whom it passes. III.1 of the Lai Châu plan: "báo cáo … về UBND tỉnh (qua Sở Nội
/// vụ)" is <c>("ubnd-tinh", "so-noi-vu")</c>: addressed to the provincial People's Committee, sent through the
/// Department of Home Affairs. A report received by the intermediary counts as sent on the route.
/// </summary>
/// <param name="AddresseeBodyId">The id of the body the report is addressed to.</param>
/// <param name="ViaBodyId">The id of the body it is sent through, or null when sent directly; not the addressee.</param>
public sealed record ExpectedRoute(string AddresseeBodyId, string? ViaBodyId)
{
    /// <summary>The id of the body the report is addressed to, such as <c>ubnd-tinh</c>.</summary>
    public string AddresseeBodyId { get; } = PlanText.Id(AddresseeBodyId, nameof(AddresseeBodyId));

    /// <summary>The id of the body it passes through, such as <c>so-noi-vu</c>; null when direct.</summary>
    public string? ViaBodyId { get; } = ViaBodyId is not null && ViaBodyId == AddresseeBodyId
        ? throw LocalizedArgument.Create(
            $"Báo cáo gửi '{AddresseeBodyId}' không thể gửi qua chính nơi nhận đó.",
            $"A report to '{AddresseeBodyId}' cannot be sent through the addressee itself.",
            nameof(ViaBodyId))
        : PlanText.OptionalId(ViaBodyId, nameof(ViaBodyId));

    /// <summary>The route as <c>ubnd-tinh (via so-noi-vu)</c>.</summary>
    /// <returns>The addressee, and the intermediary when there is one.</returns>
    public override string ToString() => ViaBodyId is null ? AddresseeBodyId : $"{AddresseeBodyId} (via {ViaBodyId})";
}
