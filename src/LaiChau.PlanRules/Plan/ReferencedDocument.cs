namespace LaiChau.PlanRules.Plan;

/// <summary>
/// A document and the clauses that name it: for the Lai Châu plan, <c>271-KH/BCSD</c> (not a legal basis) is named in
/// <c>I.3</c>, <c>II.2.p1</c> and <c>III.1</c>. Each path is the innermost clause whose text contains the number.
/// Equality compares the reference and the paths in order.
/// </summary>
/// <param name="Reference">The document.</param>
/// <param name="ClausePaths">The paths of the clauses that name it, in document order; at least one, each a valid clause path, no repeats.</param>
public sealed record ReferencedDocument(PlanDocumentReference Reference, IReadOnlyList<string> ClausePaths)
{
    /// <summary>The document.</summary>
    public PlanDocumentReference Reference { get; } = Reference ?? throw new ArgumentNullException(nameof(Reference));

    /// <summary>The paths of the clauses that name it, in document order.</summary>
    public IReadOnlyList<string> ClausePaths { get; } = CheckPaths(ClausePaths);

    /// <inheritdoc />
    public bool Equals(ReferencedDocument? other) =>
        other is not null && Reference.Equals(other.Reference) && ClausePaths.SequenceEqual(other.ClausePaths, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reference, ClausePaths.Count);

    private static IReadOnlyList<string> CheckPaths(IReadOnlyList<string>? paths)
    {
        ArgumentNullException.ThrowIfNull(paths, nameof(ClausePaths));
        if (paths.Count == 0)
        {
            throw LocalizedArgument.Create("Văn bản được dẫn chiếu phải được nêu trong ít nhất một điều khoản.", "A referenced document is named in at least one clause.", nameof(ClausePaths));
        }

        var copy = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            var problem = ClausePath.LocalizedProblem(path, out _);
            if (problem is not null)
            {
                throw LocalizedArgument.Create(
                    $"'{path}' không phải là đường dẫn điều khoản: {problem.Vi}", $"'{path}' is not a clause path: {problem.En}", nameof(ClausePaths));
            }

            if (copy.Contains(path, StringComparer.Ordinal))
            {
                throw LocalizedArgument.Create($"Đường dẫn điều khoản '{path}' được ghi hai lần.", $"The clause path '{path}' is listed twice.", nameof(ClausePaths));
            }

            copy.Add(path);
        }

        return copy.AsReadOnly();
    }
}
