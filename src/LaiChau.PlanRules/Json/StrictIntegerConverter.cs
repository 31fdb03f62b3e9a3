using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// An integer (<see cref="int"/>, <see cref="long"/>, nullable or not) read only from a JSON integer token:
/// <c>"2025"</c> (a string) and <c>2025.5</c> or <c>2025.0</c> (a number with a fraction) are refused instead of
/// being converted or rounded; out of range is refused too. (Leading zeros and hex never reach it: the syntax pass
/// refuses them.)
/// </summary>
internal sealed class StrictIntegerConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) =>
        objectType == typeof(int) || objectType == typeof(int?) || objectType == typeof(long) || objectType == typeof(long?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var nullable = Nullable.GetUnderlyingType(objectType) is not null;
        var target = Nullable.GetUnderlyingType(objectType) ?? objectType;
        if (reader.TokenType == JsonToken.Null)
        {
            return nullable ? null : throw new LocalizedJsonException("Ở đây cần một số nguyên, không phải null.", "An integer is required here, not null.");
        }

        if (reader.TokenType != JsonToken.Integer)
        {
            var shown = reader.TokenType == JsonToken.String ? $"the string \"{reader.Value}\"" : reader.TokenType == JsonToken.Float
                ? "the number " + Convert.ToString(reader.Value, CultureInfo.InvariantCulture) + " with a fraction or an exponent" : reader.TokenType.ToString();
            var shownVi = reader.TokenType == JsonToken.String ? $"chuỗi \"{reader.Value}\"" : reader.TokenType == JsonToken.Float
                ? "số " + Convert.ToString(reader.Value, CultureInfo.InvariantCulture) + " có phần thập phân hoặc số mũ" : reader.TokenType.ToString();
            throw new LocalizedJsonException(
                $"Ở đây cần một số nguyên (chữ số không đặt trong ngoặc kép, không có phần thập phân, không có số 0 ở đầu), không phải {shownVi}.",
                $"An integer is required here (digits without quotes, a fraction or leading zeros), not {shown}.");
        }

        var value = reader.Value switch
        {
            long l => (BigInteger)l,
            int i => i,
            BigInteger b => b,
            var other => BigInteger.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
        };
        var (min, max) = target == typeof(int) ? ((BigInteger)int.MinValue, (BigInteger)int.MaxValue) : (long.MinValue, long.MaxValue);
        if (value < min || value > max) throw new LocalizedJsonException($"{value} nằm ngoài phạm vi số nguyên cho phép ở đây.", $"{value} is out of range for an integer here.");
        return target == typeof(int) ? (int)value : (object)(long)value;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null) writer.WriteNull();
        else writer.WriteValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }
}
