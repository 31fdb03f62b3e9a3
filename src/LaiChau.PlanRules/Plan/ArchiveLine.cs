namespace LaiChau.PlanRules.Plan;

/// <summary>
/// The archive line under "Nơi nhận" ("Lưu: VT, Th2"): who keeps copies in the issuer's office (VT, the clerical
/// office, and the drafting specialist). It is not a recipient. Equality compares the text and the holders in order.
/// </summary>
/// <param name="Text">The line as written, without the closing ".": <c>Lưu: VT, Th2</c>.</param>
/// <param name="Holders">The holders as written, in order: <c>VT</c>, <c>Th2</c>; each occurs in <paramref name="Text"/>.</param>
public sealed record ArchiveLine(string Text, IReadOnlyList<string> Holders)
{
    /// <summary>The line as written, such as <c>Lưu: VT, Th2</c>.</summary>
    public string Text { get; } = PlanText.Required(Text, nameof(Text));

    /// <summary>The holders as written, such as <c>VT</c>, <c>Th2</c>.</summary>
    public IReadOnlyList<string> Holders { get; } = CheckHolders(PlanText.Required(Text, nameof(Text)), Holders);

    /// <inheritdoc />
    public bool Equals(ArchiveLine? other) =>
        other is not null && Text == other.Text && Holders.SequenceEqual(other.Holders, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Holders.Count);

    /// <summary>The line as written.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    private static IReadOnlyList<string> CheckHolders(string text, IReadOnlyList<string>? holders)
    {
        ArgumentNullException.ThrowIfNull(holders, nameof(Holders));
        if (holders.Count == 0)
        {
            throw LocalizedArgument.Create("Dòng lưu phải nêu ít nhất một nơi lưu.", "An archive line names at least one holder.", nameof(Holders));
        }

        var copy = new List<string>(holders.Count);
        foreach (var holder in holders)
        {
            var h = PlanText.Required(holder, "archive holder");
            if (!text.Contains(h, StringComparison.Ordinal))
            {
                throw LocalizedArgument.Create($"Nơi lưu '{h}' không có trong dòng '{text}'.", $"The archive holder '{h}' does not occur in the line '{text}'.", nameof(Holders));
            }

            copy.Add(h);
        }

        return copy.AsReadOnly();
    }
}
