namespace LaiChau.PlanRules.Plan;

/// <summary>
/// One row of the plan's appendix of specific tasks ("Phụ lục danh mục công việc"): the task, the body or group that
/// leads it ("chủ trì"), those that coordinate ("phối hợp"), the completion time and the product. Built by
/// <see cref="PlanAppendix.Load"/> or from the plan file.
/// </summary>
public sealed class AppendixTask
{
    internal AppendixTask(
        string appendixPath, string id, string title, string lead, IReadOnlyList<string> coordinating,
        TaskTiming timing, string? product, string? parentClause)
    {
        Id = id;
        Title = title;
        Lead = lead;
        Coordinating = coordinating;
        Timing = timing;
        Product = product;
        ParentClause = parentClause;
        ClausePath = appendixPath + "." + id;
    }

    /// <summary>The task's id in the appendix (<c>[A-Za-z0-9_-]+</c>, unique), such as its row number <c>3</c> or <c>t-3</c>.</summary>
    public string Id { get; }

    /// <summary>The task as written.</summary>
    public string Title { get; }

    /// <summary>The id of the body or group that leads the task ("chủ trì"), such as <c>so-noi-vu</c> or <c>district-committees</c>.</summary>
    public string Lead { get; }

    /// <summary>The ids of the bodies or groups that coordinate ("phối hợp"); may be empty.</summary>
    public IReadOnlyList<string> Coordinating { get; }

    /// <summary>The completion time as written and read.</summary>
    public TaskTiming Timing { get; }

    /// <summary>The product ("sản phẩm"), such as <c>Kế hoạch của UBND tỉnh</c>, or null when not given.</summary>
    public string? Product { get; }

    /// <summary>The task's path: the appendix path and the id, such as <c>II.2.PL.3</c>.</summary>
    public string ClausePath { get; }

    /// <summary>The path of the general task it carries out, such as <c>II.1.2</c>, or null when the appendix does not say.</summary>
    public string? ParentClause { get; }

    /// <summary>The path and title, for diagnostics.</summary>
    /// <returns><c>ClausePath: Title</c>.</returns>
    public override string ToString() => $"{ClausePath}: {Title}";
}
