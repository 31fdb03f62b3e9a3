namespace LaiChau.PlanRules.Bodies;

/// <summary>What became of a body on the day it ceased to exist (<see cref="Body.DissolvedOn"/>).</summary>
/// <remarks>
/// A change of name alone is not a succession: the body keeps its id and gains a dated
/// <see cref="BodyName"/>. A body that takes in another (Sở Tài chính taking in Sở Kế hoạch và Đầu tư)
/// keeps its id too; only the absorbed body has a succession.
/// </remarks>
public enum SuccessionKind
{
    /// <summary>Merged into one existing body that continues (exactly one successor, the primary).</summary>
    AbsorbedInto = 0,

    /// <summary>Reorganised as one new body with a new id (exactly one successor, the primary).</summary>
    Reorganised = 1,

    /// <summary>Its functions were divided among two or more bodies; one may be named primary.</summary>
    SplitInto = 2,

    /// <summary>Abolished with no successor (the district level from 01/7/2025).</summary>
    Abolished = 3,
}
