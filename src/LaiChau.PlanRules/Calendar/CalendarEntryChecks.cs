namespace LaiChau.PlanRules.Calendar;

/// <summary>The checks <see cref="DayOff"/> and <see cref="WorkingWeekendDay"/> share.</summary>
internal static class CalendarEntryChecks
{
    public static LocalizedText Text(LocalizedText text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(text, parameter);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Vi, parameter);
        return text;
    }

    public static Confidence Confidence(Confidence confidence) => Enum.IsDefined(confidence)
        ? confidence
        : throw new ArgumentOutOfRangeException(nameof(Confidence), confidence, "Unknown confidence.");

    public static string Source(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source, nameof(Source));
        return source;
    }
}
