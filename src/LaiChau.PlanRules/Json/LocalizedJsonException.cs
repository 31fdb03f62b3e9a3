using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// A value the library's own JSON converters refuse, with the reason in Vietnamese and English; the English text is
/// the exception's message, and <see cref="StrictJson"/> turns it into a bilingual <see cref="PlanRulesInputException"/>.
/// </summary>
internal sealed class LocalizedJsonException : JsonSerializationException
{
    public LocalizedJsonException(string vi, string en)
        : base(en)
    {
        Text = new LocalizedText(vi, en);
    }

    /// <summary>The reason in both languages.</summary>
    public LocalizedText Text { get; }
}
