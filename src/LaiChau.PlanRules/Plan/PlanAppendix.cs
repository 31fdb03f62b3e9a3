using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan;

/// <summary>
/// The plan's appendix of specific tasks. The Lai Châu plan refers to one in II.2 ("có phụ lục danh mục công việc kèm
/// theo") but it was not published with the text: its appendix is <see cref="IsPublished"/> false with no tasks. When the
/// appendix is found, load it as data (<see cref="Load"/>) and attach it with <see cref="PlanDocument.WithAppendix"/>.
/// </summary>
public sealed class PlanAppendix
{
    /// <summary>Where an appendix attaches when its file does not say: <c>II.2.PL</c>, as in the Lai Châu plan.</summary>
    public const string DefaultClausePath = "II.2.PL";

    internal PlanAppendix(bool isPublished, string clausePath, LocalizedText note, IReadOnlyList<AppendixTask> tasks)
    {
        IsPublished = isPublished;
        ClausePath = clausePath;
        Note = note;
        Tasks = tasks;
        _byId = new Dictionary<string, AppendixTask>(tasks.Count, StringComparer.Ordinal);
        foreach (var t in tasks) _byId.TryAdd(t.Id, t);
    }

    private readonly Dictionary<string, AppendixTask> _byId;

    /// <summary>True when the appendix is known and its tasks are listed; false when the plan refers to an appendix that is not available (then <see cref="Tasks"/> is empty).</summary>
    public bool IsPublished { get; }

    /// <summary>The path of the appendix clause it belongs to, such as <c>II.2.PL</c> (addition to the model: a plan of another shape may place its appendix elsewhere).</summary>
    public string ClausePath { get; }

    /// <summary>A note on the appendix: where it comes from, or why it is missing.</summary>
    public LocalizedText Note { get; }

    /// <summary>The tasks, in the appendix's order.</summary>
    public IReadOnlyList<AppendixTask> Tasks { get; }

    /// <summary>The task with this id, or null: one lookup, not a scan of <see cref="Tasks"/>.</summary>
    internal AppendixTask? Find(string? id) => id is not null && _byId.TryGetValue(id, out var t) ? t : null;

    /// <summary>
    /// Reads an appendix file: <c>{ "schemaVersion": 1, "isPublished": true, "tasks": [ … ] }</c>
    /// (<c>docs/plan-file.md</c>). Parent clauses are checked for their syntax here and for their existence when the
    /// appendix is attached to a plan.
    /// </summary>
    /// <param name="json">The UTF-8 JSON stream.</param>
    /// <param name="fileName">The file or source name, used in error messages.</param>
    /// <param name="limits">The size and depth limits; <see cref="JsonInputLimits.Default"/> when null.</param>
    /// <returns>The appendix.</returns>
    /// <exception cref="PlanRulesInputException">The file is not valid JSON, or not a valid appendix; the message names the file, JSON path and line.</exception>
    public static PlanAppendix Load(Stream json, string fileName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        return PlanFileReader.ReadAppendixFile(json, fileName, limits);
    }

    /// <summary>The path and task count, for diagnostics.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => IsPublished ? $"{ClausePath}: {Tasks.Count} tasks" : $"{ClausePath}: not published";
}
