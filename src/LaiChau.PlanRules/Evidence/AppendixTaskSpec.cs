namespace LaiChau.PlanRules.Evidence;

/// <summary>An appendix task (II.2) as a host supplies it: its timing as written, parsed by the appendix timing grammar (docs/appendix-timing.md).</summary>
public sealed record AppendixTaskSpec
{
    /// <summary>The task id ([A-Za-z0-9_-]+).</summary>
    public required string Id { get; init; }

    /// <summary>The task as written.</summary>
    public required string Title { get; init; }

    /// <summary>The lead (chủ trì): a body id or a group id.</summary>
    public required string Lead { get; init; }

    /// <summary>The coordinating bodies or groups (phối hợp).</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list).</exception>
    public IReadOnlyList<string> Coordinating { get; init => field = value ?? throw new ArgumentNullException(nameof(Coordinating), "Use an empty list, not null."); } = [];

    /// <summary>The completion time as written: "Quý III/2025", "Hằng năm", "Thường xuyên", "trước ngày 15/12/2025", ...</summary>
    public required string Timing { get; init; }

    /// <summary>The expected product (sản phẩm).</summary>
    public string? Product { get; init; }

    /// <summary>The general task it implements, as a clause path (for example <c>II.1.2</c>).</summary>
    public string? ParentClause { get; init; }
}
