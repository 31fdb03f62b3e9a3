using System.Runtime.Serialization;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// Base of the internal JSON data-transfer objects: records where the object stood in its input, so
/// a semantic error found after parsing (an unknown body id, a successor cycle) can still name the
/// JSON path and the line.
/// </summary>
internal abstract class JsonLocated
{
    [JsonIgnore]
    public JsonLocation Location { get; private set; }

    [OnDeserializing]
    internal void CaptureLocation(StreamingContext context)
    {
        if (context.Context is JsonReaderHolder holder)
        {
            Location = holder.Current();
        }
    }
}

/// <summary>Gives <see cref="JsonLocated"/> access to the reader during deserialization.</summary>
internal sealed class JsonReaderHolder
{
    public JsonReaderHolder(JsonReader reader) => Reader = reader;

    public JsonReader Reader { get; }

    public JsonLocation Current()
    {
        // Newtonsoft calls [OnDeserializing] with the reader on the object's first member: report the
        // object's own path (its line and column stay those of its first member, the nearest position known).
        var path = Reader.TokenType == JsonToken.PropertyName ? ParentPath(Reader.Path) : Reader.Path;
        var info = Reader as IJsonLineInfo;
        return info is { } li && li.HasLineInfo()
            ? new JsonLocation(path, li.LineNumber, li.LinePosition)
            : new JsonLocation(path, 0, 0);
    }

    private static string ParentPath(string path)
    {
        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var open = path.LastIndexOf("['", StringComparison.Ordinal);
            return open > 0 ? path[..open] : string.Empty;
        }

        var dot = path.LastIndexOf('.');
        var bracket = path.LastIndexOf(']');
        return dot > bracket ? path[..dot] : dot < 0 && bracket < 0 ? string.Empty : path;
    }
}
