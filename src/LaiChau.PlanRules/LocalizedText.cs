namespace LaiChau.PlanRules;

/// <summary>
/// A text in Vietnamese (the users' language, the default) and English.
/// </summary>
/// <param name="Vi">The Vietnamese text, in Unicode NFC.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Vi, string En)
{
    /// <summary>Returns the text in the given language: <c>"en"</c> gives English, anything else Vietnamese.</summary>
    /// <param name="language">A language code such as <c>"vi"</c> or <c>"en"</c>.</param>
    /// <returns>The text in that language.</returns>
    public string In(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En : Vi;

    /// <inheritdoc />
    public override string ToString() => Vi;
}
