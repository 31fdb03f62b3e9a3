using System.Text;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// A <see cref="JsonTextReader"/> whose string values are normalised to Unicode NFC as they are read, so that
/// "Sở Nội vụ" typed in decomposed form matches the catalog. Runs of combining marks were bounded by the first
/// pass (<see cref="StrictJsonSyntax"/>), so normalisation stays linear.
/// </summary>
internal sealed class NormalizingJsonTextReader(TextReader reader) : JsonTextReader(reader)
{
    /// <inheritdoc/>
    public override bool Read()
    {
        var read = base.Read();
        if (read && TokenType == JsonToken.String) Normalize();
        return read;
    }

    /// <inheritdoc/>
    public override string? ReadAsString()
    {
        var value = base.ReadAsString();
        if (value is not null && TokenType == JsonToken.String) Normalize();
        return Value as string ?? value;
    }

    private void Normalize()
    {
        if (Value is string s && !s.IsNormalized(NormalizationForm.FormC))
        {
            SetToken(JsonToken.String, s.Normalize(NormalizationForm.FormC), updateIndex: false);
        }
    }
}
