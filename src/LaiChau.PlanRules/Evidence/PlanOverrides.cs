namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// The signed values of an unnumbered, undated draft plan, and its appendix of specific tasks (II.2),
/// which the Lai Châu text references but does not include.
/// </summary>
public sealed record PlanOverrides
{
    /// <summary>The signed number, for example <c>152/KH-UBND</c>.</summary>
    public string? Number { get; init; }

    /// <summary>The signing date; also decides the first period covered.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>The authority line, for example <c>TM. ỦY BAN NHÂN DÂN</c> or <c>KT. CHỦ TỊCH</c>.</summary>
    public string? Authority { get; init; }

    /// <summary>The signer's position, for example <c>CHỦ TỊCH</c> or <c>PHÓ CHỦ TỊCH</c>.</summary>
    public string? Position { get; init; }

    /// <summary>The signer's name.</summary>
    public string? Signer { get; init; }

    /// <summary>The appendix tasks; when given, they replace the plan's appendix.</summary>
    public IReadOnlyList<AppendixTaskSpec>? AppendixTasks { get; init; }

    /// <summary>Whether the given appendix is the published one (false for illustrative tasks).</summary>
    public bool? AppendixPublished { get; init; }
}
