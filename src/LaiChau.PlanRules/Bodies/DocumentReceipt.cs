namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// That a body receives incoming documents for another body: its office keeps its register, so a report
/// delivered to the office, or addressed to it, counts as delivered to (addressed to) the body it receives for.
/// In Lai Châu, Văn phòng UBND tỉnh (<c>van-phong-ubnd</c>) receives for UBND tỉnh (<c>ubnd-tinh</c>).
/// Read from a catalog file (<c>receivesFor</c>, docs/catalog-file.md); see <see cref="Body.ReceivesFor"/>.
/// </summary>
public sealed class DocumentReceipt
{
    internal DocumentReceipt(string bodyId, Confidence confidence, string? source)
    {
        BodyId = CatalogIds.Require(bodyId, nameof(bodyId));
        Confidence = CatalogIds.Defined(confidence, nameof(confidence));
        Source = CatalogIds.OptionalText(source, nameof(source));
    }

    /// <summary>The id of the body whose incoming documents are received (for example <c>ubnd-tinh</c>).</summary>
    public string BodyId { get; }

    /// <summary>How sure the catalog is of the arrangement.</summary>
    public Confidence Confidence { get; }

    /// <summary>Where it comes from, if recorded.</summary>
    public string? Source { get; }
}
