namespace LaiChau.PlanRules.Bodies;

/// <summary>A body listed in a <see cref="BodyGroup"/>, with how sure the catalog is that it belongs there.</summary>
/// <param name="BodyId">The member's body id.</param>
/// <param name="Confidence">How sure the catalog is of the membership (for a department: that Lai Châu has it).</param>
/// <param name="Note">Why the body is (or may be) a member, or <see langword="null"/>.</param>
public sealed record BodyGroupMember(string BodyId, Confidence Confidence, string? Note)
{
    /// <summary>The member's body id.</summary>
    public string BodyId { get; } = CatalogIds.Require(BodyId, nameof(BodyId));

    /// <summary>How sure the catalog is of the membership.</summary>
    public Confidence Confidence { get; } = CatalogIds.Defined(Confidence, nameof(Confidence));

    /// <summary>Why the body is (or may be) a member, if recorded.</summary>
    public string? Note { get; } = CatalogIds.OptionalText(Note, nameof(Note));
}
