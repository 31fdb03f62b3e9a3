using System.Text;
using System.Text.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// The validating first pass over every JSON input, before the Newtonsoft mapping: <see cref="Utf8JsonReader"/>
/// accepts standard JSON (RFC 8259) only, so single quotes, unquoted keys, trailing commas, comments, leading zeros
/// (<c>03751</c>), hex (<c>0x7E9</c>), <c>NaN</c> and raw control characters inside strings are refused, with the
/// file, the JSON path, the line and the column. It allocates nothing per token and also bounds the depth.
/// </summary>
internal static class StrictJsonSyntax
{
    /// <summary>Checks <paramref name="utf8"/> (no byte-order mark); a <see cref="PlanRulesInputException"/> at the first fault.</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="fileName">The file name for errors.</param>
    /// <param name="limits">The depth limit.</param>
    /// <param name="allowComments">True for a format whose docs allow comments (the catalog); refused otherwise.</param>
    public static void Validate(ReadOnlySpan<byte> utf8, string fileName, JsonInputLimits limits, bool allowComments = false)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = limits.MaxDepth,
        });

        // The path so far: for each open container, the member name (objects) or the next index (arrays).
        var frames = new List<(bool Array, int Index, string? Name)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = (false, 0, reader.GetString());
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = Column(utf8, line, (int)(e.BytePositionInLine ?? 0));
            var reason = Clean(e.Message);
            if (frames.Count >= limits.MaxDepth && reason.Contains("depth", StringComparison.OrdinalIgnoreCase))
            {
                reason = $"The JSON is nested deeper than the limit of {limits.MaxDepth} levels; raise JsonInputLimits.MaxDepth to read it.";
            }

            throw new PlanRulesInputException(reason, fileName, Path(frames), line + 1, column, e);
        }
    }

    // A value (or a container) starts: in an array it is the next element.
    private static void Advance(List<(bool Array, int Index, string? Name)> frames)
    {
        if (frames.Count > 0 && frames[^1].Array) frames[^1] = (true, frames[^1].Index + 1, null);
    }

    private static string Path(List<(bool Array, int Index, string? Name)> frames)
    {
        var sb = new StringBuilder();
        foreach (var (array, index, name) in frames)
        {
            if (array)
            {
                if (index >= 0) sb.Append('[').Append(index).Append(']');
            }
            else if (name is not null)
            {
                if (sb.Length > 0) sb.Append('.');
                sb.Append(name);
            }
        }

        return sb.ToString();
    }

    // The 1-based column in characters of a 0-based byte position on a 0-based line.
    private static int Column(ReadOnlySpan<byte> utf8, int line, int bytePosition)
    {
        var start = 0;
        for (var l = 0; l < line; l++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0) break;
            start += next + 1;
        }

        var end = Math.Min(utf8.Length, start + bytePosition);
        return Encoding.UTF8.GetCharCount(utf8[start..end]) + 1;
    }

    // System.Text.Json ends its messages with " LineNumber: 0 | BytePositionInLine: 12." (stated by the exception);
    // its message for a truncated input speaks of depth and payloads: said plainly here.
    private static string Clean(string message)
    {
        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal)) return "The input ends before every object and array is closed (is it truncated?).";
        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var m = (i > 0 ? message[..i] : message).TrimEnd('.', ' ');
        return m + ".";
    }
}
