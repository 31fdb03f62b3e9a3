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
        var info = Reader as IJsonLineInfo;
        return info is { } li && li.HasLineInfo()
            ? new JsonLocation(Reader.Path, li.LineNumber, li.LinePosition)
            : new JsonLocation(Reader.Path, 0, 0);
    }
}
