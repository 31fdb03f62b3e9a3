using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// The validating first pass over every JSON input, before the Newtonsoft mapping: <see cref="Utf8JsonReader"/>
/// accepts standard JSON (RFC 8259) only, so single quotes, unquoted keys, trailing commas, comments, leading zeros
/// (<c>03751</c>), hex (<c>0x7E9</c>), <c>NaN</c> and raw control characters inside strings are refused, with the
/// file, the JSON path, the line and the column. It allocates nothing per token and also bounds the depth.
/// </summary>
internal static partial class StrictJsonSyntax
{
    /// <summary>Checks <paramref name="utf8"/> (no byte-order mark); a <see cref="PlanRulesInputException"/> at the first fault.</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="fileName">The file name for errors.</param>
    /// <param name="limits">The depth limit.</param>
    /// <param name="allowComments">True for a format whose docs allow comments (the catalog); refused otherwise.</param>
    public static void Validate(ReadOnlySpan<byte> utf8, string fileName, JsonInputLimits limits, bool allowComments = false)
    {
        var reader = new Utf8JsonReader(utf8, Options(limits, allowComments));

        // The path so far: for each open container, the member name (objects) or the next index (arrays); and for
        // each open object the member names seen (a duplicate key is an error), the sets reused by depth.
        var frames = new List<(bool Array, int Index, string? Name)>();
        var names = new List<HashSet<string>>();
        var pool = new NamePool();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = pool.NameOf(ref reader);
                        frames[^1] = (false, 0, name);
                        if (!names[frames.Count - 1].Add(name))
                        {
                            throw Located(new($"Trường '{name}' đã có trong đối tượng JSON này (một trường chỉ được ghi một lần).", $"Property with the name '{name}' already exists in the current JSON object."), utf8, ref reader, frames, fileName);
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (frames.Count == 0 && reader.TokenType != JsonTokenType.StartObject)
                        {
                            throw Located(MustBeObject, utf8, ref reader, frames, fileName);
                        }

                        Advance(frames);
                        frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            while (names.Count < frames.Count) names.Add(new HashSet<string>(StringComparer.Ordinal));
                            names[frames.Count - 1].Clear();
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count == 0) throw Located(MustBeObject, utf8, ref reader, frames, fileName);
                        Advance(frames);
                        if (reader.TokenType == JsonTokenType.String && MayCarryMarks(reader.ValueSpan) && CombiningMarks.HasOverlongRun(reader.GetString()!))
                        {
                            throw Located(CombiningMarks.Reason, utf8, ref reader, frames, fileName);
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = Column(utf8, line, (int)(e.BytePositionInLine ?? 0));
            var reason = Clean(e.Message);
            if (frames.Count >= limits.MaxDepth && reason.En.Contains("depth", StringComparison.OrdinalIgnoreCase))
            {
                reason = new(
                    string.Create(CultureInfo.InvariantCulture, $"Dữ liệu JSON lồng nhau sâu quá giới hạn {limits.MaxDepth} cấp; hãy nâng JsonInputLimits.MaxDepth để đọc."),
                    string.Create(CultureInfo.InvariantCulture, $"The JSON is nested deeper than the limit of {limits.MaxDepth} levels; raise JsonInputLimits.MaxDepth to read it."));
            }

            throw new PlanRulesInputException(reason, fileName, Path(frames), line + 1, column, e);
        }
    }

    /// <summary>
    /// The line and column of the value at a JSON path (<c>reports[3].period</c>) in input that passed
    /// <see cref="Validate"/>, or of its nearest ancestor present: the position just after the value's first token,
    /// as Newtonsoft.Json reports it. (null, null) when nothing of the path is found.
    /// </summary>
    public static (int? Line, int? Column) Locate(ReadOnlySpan<byte> utf8, string? path, bool allowComments = true)
    {
        if (string.IsNullOrEmpty(path)) return (null, null);
        var candidates = new List<string>();
        for (var p = path; p.Length > 0;)
        {
            candidates.Add(p);
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut > 0 ? p[..cut] : string.Empty;
        }

        var found = new (int Line, int Column)?[candidates.Count];
        var reader = new Utf8JsonReader(utf8, Options(new JsonInputLimits(long.MaxValue, 10_000), allowComments));
        var frames = new List<(bool Array, int Index, string? Name)>();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    frames[^1] = (false, 0, reader.GetString());
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                Advance(frames);
                var here = Path(frames);
                var i = candidates.IndexOf(here);
                if (i >= 0 && found[i] is null)
                {
                    found[i] = LineAndColumn(utf8, EndOfFirstToken(ref reader));
                    if (i == 0) break;
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) frames.Add((token == JsonTokenType.StartArray, -1, null));
            }
        }
        catch (JsonException)
        {
            // Input that did not pass Validate: whatever was found so far.
        }

        foreach (var f in found)
        {
            if (f is { } lc) return (lc.Line, lc.Column);
        }

        return (null, null);
    }

    private static JsonReaderOptions Options(JsonInputLimits limits, bool allowComments) => new()
    {
        CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = (int)Math.Min(limits.MaxDepth, 10_000),
    };

    // Only a string with a non-ASCII byte or an escape can hold a combining mark.
    private static bool MayCarryMarks(ReadOnlySpan<byte> raw) => raw.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 || raw.IndexOf((byte)'\\') >= 0;

    // Where Newtonsoft.Json puts a token: just after it (after the closing quote of a string, after '{' or '[').
    private static long EndOfFirstToken(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject or JsonTokenType.StartArray => reader.TokenStartIndex + 1,
        JsonTokenType.String => reader.TokenStartIndex + reader.ValueSpan.Length + 2,
        _ => reader.TokenStartIndex + reader.ValueSpan.Length,
    };

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, long byteIndex)
    {
        var before = utf8[..(int)Math.Min(byteIndex, utf8.Length)];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line + 1, Encoding.UTF8.GetCharCount(before[lineStart..]));
    }

    /// <summary>
    /// The member names of one input, each made a string once: an evidence file repeats a handful of names ("id",
    /// "body", "period") for every report, and a string per occurrence was most of what the first pass allocated.
    /// </summary>
    private sealed class NamePool
    {
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        public string NameOf(ref Utf8JsonReader reader)
        {
#if NET9_0_OR_GREATER
            // Escaped, long or ill-formed names take the reader's own path (and its error for bad UTF-8).
            if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= 64 && _names.Count < 1024
                && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                Span<char> chars = stackalloc char[64];
                var n = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, chars);
                var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
                if (lookup.TryGetValue(chars[..n], out var known)) return known;
                var name = new string(chars[..n]);
                _names[name] = name;
                return name;
            }
#endif
            return reader.GetString()!;
        }
    }

    private static readonly LocalizedText MustBeObject = new("Dữ liệu vào phải là một đối tượng JSON {...}.", "The input must be a JSON object.");

    private static PlanRulesInputException Located(LocalizedText reason, ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader, List<(bool Array, int Index, string? Name)> frames, string fileName)
    {
        var (line, column) = LineAndColumn(utf8, EndOfFirstToken(ref reader));
        return new PlanRulesInputException(reason, fileName, Path(frames), line, column);
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
    // its message for a truncated input speaks of depth and payloads: said plainly here. Its other messages are in
    // English and name the character at fault: the Vietnamese reason frames them.
    private static LocalizedText Clean(string message)
    {
        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal))
        {
            return new(
                "Dữ liệu vào kết thúc khi còn đối tượng hoặc mảng chưa đóng (tệp có bị cắt cụt không?).",
                "The input ends before every object and array is closed (is it truncated?).");
        }

        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var m = (i > 0 ? message[..i] : message).TrimEnd('.', ' ');
        // The trailing-comma message goes on about the reader's options, which mean nothing to the person fixing the file.
        var en = m.Replace(" which is not supported in this mode. Change the reader options", string.Empty, StringComparison.Ordinal);
        return new(Vietnamese(m) ?? "Cú pháp JSON không hợp lệ (" + m + ").", en + ".");
    }

    // The Vietnamese for the syntax errors System.Text.Json reports; null for one it words otherwise.
    private static string? Vietnamese(string m)
    {
        if (m.EndsWith(", but instead reached end of data", StringComparison.Ordinal))
        {
            return "Dữ liệu vào kết thúc giữa chừng (tệp có bị cắt cụt không?).";
        }

        if (m.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal)) return "Dữ liệu vào không có nội dung JSON nào (tệp trống?).";
        if (m.StartsWith("The JSON array contains a trailing comma", StringComparison.Ordinal)) return "Mảng JSON có dấu phẩy thừa ở cuối.";
        if (m.StartsWith("The JSON object contains a trailing comma", StringComparison.Ordinal)) return "Đối tượng JSON có dấu phẩy thừa ở cuối.";
        if (m.StartsWith("Invalid leading zero before ", StringComparison.Ordinal)) return "Số không được có số 0 ở đầu (số 0 đứng trước " + m["Invalid leading zero before ".Length..] + ").";
        var s = SyntaxError().Match(m);
        if (!s.Success) return null;
        var c = s.Groups["c"].Value;
        return s.Groups["what"].Value switch
        {
            "is an invalid start of a value" => $"Ký tự '{c}' không thể mở đầu một giá trị JSON.",
            "is an invalid start of a property name. Expected a '\"'" => $"Ký tự '{c}' không thể mở đầu tên trường; cần dấu '\"'.",
            "is invalid after a property name. Expected a ':'" => $"Ký tự '{c}' không hợp lệ sau tên trường; cần dấu ':'.",
            "is invalid after a value. Expected either ',', '}', or ']'" => $"Ký tự '{c}' không hợp lệ sau một giá trị; cần ',', '}}' hoặc ']'.",
            "is invalid after a single JSON value. Expected end of data" => $"Ký tự '{c}' không hợp lệ: dữ liệu lẽ ra kết thúc sau giá trị JSON chính.",
            "is invalid within a JSON string. The string should be correctly escaped" => $"Ký tự '{c}' không được phép trong chuỗi JSON; chuỗi phải được thoát (escape) đúng cách.",
            "is an invalid escapable character within a JSON string. The string should be correctly escaped" => $"'\\{c}' không phải là ký tự thoát hợp lệ trong chuỗi JSON.",
            "is invalid without a matching open" => $"Ký tự '{c}' đóng một đối tượng hoặc mảng chưa được mở.",
            "is an invalid end of a number. Expected a delimiter" => $"Ký tự '{c}' không hợp lệ ở cuối một số; cần dấu phân cách.",
            var what when what.StartsWith("is an invalid JSON literal", StringComparison.Ordinal) => $"'{c}' không phải là giá trị JSON hợp lệ (true, false hoặc null).",
            _ => null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^'(?<c>.*)' (?<what>is (?:an )?invalid .*)$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex SyntaxError();
}
