namespace LaiChau.PlanRules.Reports;

/// <summary>The counts for one body.</summary>
public sealed class BodySummary
{
    internal BodySummary(string bodyId, string name, StatusCounts counts, int studies, int inspections)
    {
        BodyId = bodyId;
        Name = name;
        Counts = counts;
        Studies = studies;
        Inspections = inspections;
    }

    /// <summary>The body.</summary>
    public string BodyId { get; }

    /// <summary>Its current name (or its last name, if dissolved).</summary>
    public string Name { get; }

    /// <summary>The counts.</summary>
    public StatusCounts Counts { get; }

    /// <summary>Study sessions recorded.</summary>
    public int Studies { get; }

    /// <summary>Inspections recorded.</summary>
    public int Inspections { get; }
}
