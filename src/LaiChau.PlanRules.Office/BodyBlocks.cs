namespace LaiChau.PlanRules.Office;

/// <summary>
/// The blocks of bodies a document shows, in the order officers expect them. A body's block comes from its kind in
/// the catalog; bodies of any other kind (or unknown to the catalog) are in <see cref="Other"/>.
/// </summary>
[Flags]
public enum BodyBlocks
{
    /// <summary>No block.</summary>
    None = 0,

    /// <summary>Provincial departments and agencies (các sở, ban, ngành tỉnh).</summary>
    Departments = 1,

    /// <summary>Provincial associations assigned tasks (các hội đặc thù).</summary>
    Associations = 2,

    /// <summary>District People's Committees (until 30/6/2025).</summary>
    Districts = 4,

    /// <summary>Commune and ward People's Committees (from 01/7/2025).</summary>
    Communes = 8,

    /// <summary>Any other obligated body.</summary>
    Other = 16,

    /// <summary>Every block.</summary>
    All = Departments | Associations | Districts | Communes | Other,
}
