using System.Globalization;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// Reads and writes <see cref="DateOnly"/> as <c>yyyy-MM-dd</c> exactly; an impossible date such as
/// <c>2025-02-30</c> is an error that says so.
/// </summary>
internal sealed class StrictDateOnlyConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(DateOnly) || objectType == typeof(DateOnly?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            if (objectType == typeof(DateOnly?)) return null;
            throw new JsonSerializationException("A date (yyyy-MM-dd) is required here, not null.");
        }

        if (reader.TokenType != JsonToken.String || reader.Value is not string s)
        {
            throw new JsonSerializationException($"A date must be a string in the form yyyy-MM-dd, not {reader.TokenType}.");
        }

        return Parse(s);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is DateOnly d) writer.WriteValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else writer.WriteNull();
    }

    internal static DateOnly Parse(string s)
    {
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new JsonSerializationException(m is >= 1 and <= 12 && y >= 1
                ? $"'{s}' is not a date: {CultureInfo.InvariantCulture.Calendar.GetDaysInMonth(y, m)} is the last day of month {m} of {y}."
                : $"'{s}' is not a date: the month must be 01 to 12.");
        }

        throw new JsonSerializationException($"'{s}' is not a date in the form yyyy-MM-dd.");
    }
}
