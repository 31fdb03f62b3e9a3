namespace LaiChau.PlanRules.Office;

/// <summary>Options shared by every document of this package.</summary>
public class OfficeDocumentOptions
{
    /// <summary>The language of labels and text: <c>vi</c> (the default) or <c>en</c>. Body names stay as the catalog writes them when it has no English name.</summary>
    public string Language { get; set; } = "vi";

    /// <summary>The blocks of bodies shown (rows of the matrix, findings, addressees); default <see cref="BodyBlocks.All"/>.</summary>
    public BodyBlocks Blocks { get; set; } = BodyBlocks.All;

    /// <summary>True when <see cref="Language"/> is English.</summary>
    internal bool English => string.Equals(Language, "en", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentException">The language is neither <c>vi</c> nor <c>en</c>, or no block is selected.</exception>
    internal void Validate()
    {
        if (!string.Equals(Language, "vi", StringComparison.OrdinalIgnoreCase) && !English)
        {
            throw new ArgumentException($"Language '{Language}' is not supported; use 'vi' or 'en'.", nameof(Language));
        }

        if ((Blocks & BodyBlocks.All) == BodyBlocks.None)
        {
            throw new ArgumentException("Select at least one block of bodies.", nameof(Blocks));
        }
    }
}
