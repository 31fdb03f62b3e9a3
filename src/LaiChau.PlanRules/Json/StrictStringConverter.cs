using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// A value written as one JSON string (a date, an instant): <c>null</c> only where the property is nullable, any
/// other token refused with a message that says what was expected; written back as its string or <c>null</c>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class StrictStringConverter<T> : JsonConverter
    where T : struct
{
    /// <summary>What is expected, starting a sentence: "A date (yyyy-MM-dd)" (is required here, not null).</summary>
    protected abstract LocalizedText Expected { get; }

    /// <summary>The form it must take, a sentence without its end: "A date must be a string in the form yyyy-MM-dd".</summary>
    protected abstract LocalizedText Form { get; }

    public sealed override bool CanConvert(Type objectType) => objectType == typeof(T) || objectType == typeof(T?);

    public sealed override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            if (objectType == typeof(T?)) return null;
            throw new LocalizedJsonException($"Ở đây cần {Expected.Vi}, không phải null.", $"{Expected.En} is required here, not null.");
        }

        if (reader.TokenType != JsonToken.String || reader.Value is not string s)
        {
            throw new LocalizedJsonException($"{Form.Vi}, không phải {reader.TokenType}.", $"{Form.En}, not {reader.TokenType}.");
        }

        return ParseText(s);
    }

    public sealed override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is T v) writer.WriteValue(Format(v));
        else writer.WriteNull();
    }

    /// <summary>Parses the string; a <see cref="JsonSerializationException"/> when it is not a valid value.</summary>
    protected abstract T ParseText(string s);

    /// <summary>The string written for <paramref name="value"/>.</summary>
    protected abstract string Format(T value);
}
