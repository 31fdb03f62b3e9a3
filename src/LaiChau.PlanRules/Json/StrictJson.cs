using System.Globalization;
using System.Runtime.Serialization;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// The one way this library reads and writes JSON with Newtonsoft.Json: strict (unknown members,
/// duplicate keys, wrong types and impossible dates are errors), bounded (size and depth checked
/// while reading), never letting input choose a type (<c>TypeNameHandling.None</c>; <c>$type</c> is an
/// unknown member), never touching the host's time zone (<c>DateParseHandling.None</c>: dates are
/// parsed by our converters as Vietnam local time), and normalising every string to Unicode NFC.
/// </summary>
internal static partial class StrictJson
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Converters every reader and writer uses.</summary>
    public static IList<JsonConverter> Converters { get; } = new List<JsonConverter>
    {
        new StrictDateOnlyConverter(),
        new VietnamInstantConverter(),
        new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false),
        new StrictIntegerConverter(),
    };

    /// <summary>Reads a UTF-8 stream (with or without a byte-order mark) into <typeparamref name="T"/>.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="fileName">The file name for errors.</param>
    /// <param name="limits">The size and depth limits.</param>
    /// <param name="allowComments">True for a format whose docs allow <c>//</c> and <c>/* */</c> comments (the catalog).</param>
    public static T Read<T>(Stream stream, string fileName, JsonInputLimits? limits = null, bool allowComments = false)
        where T : class => Deserialize<T>(ReadToken(stream, fileName, limits, allowComments), fileName);

    /// <summary>Reads text into <typeparamref name="T"/>.</summary>
    public static T Read<T>(TextReader reader, string fileName, JsonInputLimits? limits = null)
        where T : class => Deserialize<T>(ReadToken(reader, fileName, limits), fileName);

    /// <summary>Reads a UTF-8 stream into a JSON object with line information, within the limits.</summary>
    public static JObject ReadToken(Stream stream, string fileName, JsonInputLimits? limits = null, bool allowComments = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= JsonInputLimits.Default;
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
        {
            throw TooLarge(fileName, limits);
        }

        // The whole input (at most the limit) is held once as bytes: the syntax pass reads them, then the mapping.
        using var bounded = new BoundedStream(stream, limits.MaxBytes, fileName);
        using var buffer = new MemoryStream();
        bounded.CopyTo(buffer, 16 * 1024); // small reads: at most one read buffer beyond the limit
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            throw new PlanRulesInputException("The input is UTF-16 or UTF-32 text: save it as UTF-8.", fileName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new PlanRulesInputException("The input is not valid UTF-8 text.", fileName, innerException: e);
        }

        StrictJsonSyntax.Validate(bytes, fileName, limits, allowComments);
        return ReadTokenCore(new StringReader(text), fileName, limits);
    }

    /// <summary>
    /// Reads text into a JSON object with line information, within the depth limit; strings are NFC-normalised.
    /// The text passes the strict syntax check first (<see cref="StrictJsonSyntax"/>).
    /// </summary>
    public static JObject ReadToken(TextReader reader, string fileName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        limits ??= JsonInputLimits.Default;
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        StrictJsonSyntax.Validate(Encoding.UTF8.GetBytes(text), fileName, limits);
        return ReadTokenCore(new StringReader(text), fileName, limits);
    }

    private static JObject ReadTokenCore(TextReader reader, string fileName, JsonInputLimits limits)
    {
        JToken token;
        try
        {
            using var json = new JsonTextReader(reader)
            {
                MaxDepth = limits.MaxDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                CloseInput = false,
            };
            token = JToken.ReadFrom(json, LoadSettings);
            if (json.Read() && json.TokenType != JsonToken.Comment)
            {
                throw new PlanRulesInputException(
                    "Unexpected content after the end of the JSON value.", fileName, json.Path, json.LineNumber, json.LinePosition);
            }
        }
        catch (PlanRulesInputException e)
        {
            throw e.WithFileName(fileName);
        }
        catch (JsonReaderException e)
        {
            throw new PlanRulesInputException(CleanMessage(e.Message), fileName, e.Path, e.LineNumber == 0 ? null : e.LineNumber, e.LineNumber == 0 ? null : e.LinePosition, e);
        }
        catch (DecoderFallbackException e)
        {
            throw new PlanRulesInputException("The input is not valid UTF-8 text.", fileName, innerException: e);
        }

        if (token is not JObject obj)
        {
            var li = (IJsonLineInfo)token;
            throw new PlanRulesInputException(
                "The input must be a JSON object.", fileName, token.Path, li.LineNumber, li.LinePosition);
        }

        NormalizeStrings(obj, fileName);
        return obj;
    }

    /// <summary>Gives a JSON path's line and column in a loaded token, if the path exists.</summary>
    public static (int? Line, int? Column) Locate(JToken root, string? path)
    {
        if (string.IsNullOrEmpty(path)) return (null, null);
        JToken? token = null;
        var p = path;
        while (token is null && p.Length > 0)
        {
            try
            {
                token = root.SelectToken(p);
            }
            catch (JsonException)
            {
                token = null;
            }

            if (token is null)
            {
                var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
                p = cut > 0 ? p[..cut] : string.Empty;
            }
        }

        return token is IJsonLineInfo li && li.HasLineInfo() ? (li.LineNumber, li.LinePosition) : (null, null);
    }

    /// <summary>Deserializes a loaded token (with line information) into <typeparamref name="T"/>.</summary>
    /// <param name="token">The token.</param>
    /// <param name="fileName">The file name for errors.</param>
    /// <param name="contracts">How the types map to JSON; camelCase names and the types' own attributes when null.</param>
    public static T Deserialize<T>(JToken token, string fileName, IContractResolver? contracts = null)
        where T : class
    {
        using var reader = new JTokenReader(token) { DateParseHandling = DateParseHandling.None };
        var holder = new JsonReaderHolder(reader);
        var serializer = JsonSerializer.Create(ReaderSettings(holder, contracts));
        try
        {
            return serializer.Deserialize<T>(reader)
                ?? throw new PlanRulesInputException("The input is empty (null).", fileName, string.Empty, 1, 1);
        }
        catch (PlanRulesInputException e)
        {
            throw e.WithFileName(fileName);
        }
        catch (JsonException e)
        {
            var (line, column) = e is JsonSerializationException s ? (s.LineNumber, s.LinePosition)
                : e is JsonReaderException r ? (r.LineNumber, r.LinePosition) : (0, 0);
            var path = e is JsonSerializationException s2 ? s2.Path : e is JsonReaderException r2 ? r2.Path : reader.Path;
            if (line == 0 && reader is IJsonLineInfo li && li.HasLineInfo())
            {
                (line, column) = (li.LineNumber, li.LinePosition);
            }

            throw new PlanRulesInputException(
                CleanMessage(e.InnerException is FormatException or OverflowException or ArgumentException ? e.InnerException.Message : e.Message),
                fileName, path ?? reader.Path, line == 0 ? null : line, line == 0 ? null : column, e);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or InvalidCastException)
        {
            var li = (IJsonLineInfo)reader;
            throw new PlanRulesInputException(CleanMessage(e.Message), fileName, reader.Path,
                li.HasLineInfo() ? li.LineNumber : null, li.HasLineInfo() ? li.LinePosition : null, e);
        }
    }

    /// <summary>Writes <paramref name="value"/> as indented JSON with camelCase names, culture-invariant.</summary>
    public static void Write(object value, TextWriter writer, bool indented = true, IContractResolver? contracts = null)
    {
        var serializer = JsonSerializer.Create(WriterSettings(indented, contracts));
        using var json = new JsonTextWriter(writer) { CloseOutput = false, Culture = CultureInfo.InvariantCulture };
        serializer.Serialize(json, value);
        json.Flush();
    }

    /// <summary>Serializes <paramref name="value"/> to a string (see <see cref="Write"/>).</summary>
    public static string Serialize(object value, bool indented = true, IContractResolver? contracts = null)
    {
        var sb = new StringBuilder();
        using (var sw = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            Write(value, sw, indented, contracts);
        }

        return sb.ToString();
    }

    public static JsonSerializerSettings WriterSettings(bool indented = true, IContractResolver? contracts = null) => new()
    {
        ContractResolver = contracts ?? new CamelCasePropertyNamesContractResolver(),
        Formatting = indented ? Formatting.Indented : Formatting.None,
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        Culture = CultureInfo.InvariantCulture,
        Converters = Converters,
    };

    private static JsonSerializerSettings ReaderSettings(JsonReaderHolder holder, IContractResolver? contracts) => new()
    {
        ContractResolver = contracts ?? new CamelCasePropertyNamesContractResolver(),
        MissingMemberHandling = MissingMemberHandling.Error,
        TypeNameHandling = TypeNameHandling.None,
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        ObjectCreationHandling = ObjectCreationHandling.Replace,
        NullValueHandling = NullValueHandling.Ignore,
        Culture = CultureInfo.InvariantCulture,
#pragma warning disable SYSLIB0050 // Newtonsoft.Json passes its context only through StreamingContext.
        Context = new StreamingContext(StreamingContextStates.All, holder),
#pragma warning restore SYSLIB0050
        Converters = Converters,
    };

    private static void NormalizeStrings(JToken token, string fileName)
    {
        var all = token is JContainer c ? c.DescendantsAndSelf() : [token];
        foreach (var value in all.OfType<JValue>())
        {
            if (value.Type != JTokenType.String || value.Value is not string s) continue;
            if (CombiningMarks.HasOverlongRun(s))
            {
                var li = (IJsonLineInfo)value;
                throw new PlanRulesInputException(CombiningMarks.Reason, fileName, value.Path, li.HasLineInfo() ? li.LineNumber : null, li.HasLineInfo() ? li.LinePosition : null);
            }

            if (!s.IsNormalized(NormalizationForm.FormC))
            {
                value.Value = s.Normalize(NormalizationForm.FormC);
            }
        }
    }

    /// <summary>The error for an input over <see cref="JsonInputLimits.MaxBytes"/>: the same whatever the entry point.</summary>
    internal static PlanRulesInputException TooLarge(string fileName, JsonInputLimits limits) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"The input is larger than the limit of {limits.MaxBytes:N0} bytes; raise JsonInputLimits.MaxBytes (CLI: --max-bytes) to read it."),
            fileName);

    /// <summary>
    /// Removes Newtonsoft's own ", line x, position y" suffix (the exception states the location itself) and the
    /// advice to .NET developers it puts on lines of their own ("To fix this error ...", "Path '...'"), so the
    /// reason stays one line.
    /// </summary>
    internal static string CleanMessage(string message)
    {
        var advice = message.IndexOf("To fix this error", StringComparison.Ordinal);
        if (advice > 0) message = message[..advice];
        var i = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (i < 0) i = message.IndexOf("\nPath '", StringComparison.Ordinal);
        if (i < 0) i = message.IndexOf(", line ", StringComparison.Ordinal);
        var m = i > 0 ? message[..i] : message;
        return WithoutTypeNames(m.TrimEnd('.', ',', ' ', '\r', '\n')) + ".";
    }

    /// <summary>
    /// Newtonsoft.Json names .NET types in some reasons ("on object of type 'EvidenceSet'", "into type
    /// 'System.Collections.Generic.IReadOnlyList`1[...]'", "from System.Int64 to ..."): a person who wrote a JSON file
    /// cannot act on them. The kind of JSON value expected is said instead; any other type name is left out.
    /// </summary>
    private static string WithoutTypeNames(string reason)
    {
        reason = OnObjectOfType().Replace(reason, string.Empty);
        var shape = DeserializeShape().Match(reason);
        if (shape.Success)
        {
            return shape.Groups["required"].Value == "array"
                ? $"A JSON array [...] is required here, not a JSON {shape.Groups["given"].Value}"
                : $"A JSON {(shape.Groups["required"].Value == "object" ? "object {...}" : shape.Groups["required"].Value)} is required here, not a JSON {shape.Groups["given"].Value}";
        }

        var cast = CastFrom().Match(reason);
        if (cast.Success)
        {
            var given = cast.Groups["from"].Value switch
            {
                "Int64" or "Int32" or "Double" or "Decimal" or "BigInteger" => "a number",
                "Boolean" => "true or false",
                "String" => "a string",
                _ => "this value",
            };
            return $"The value has the wrong kind: {given} where the format expects an object or another kind of value";
        }

        return TypeName().Replace(ToType().Replace(reason, " to the kind of value the format expects"), "a value");
    }

    [GeneratedRegex(@" (?:to|into) type '[^']*'")]
    private static partial Regex ToType();

    [GeneratedRegex(@" on object of type '[^']*'")]
    private static partial Regex OnObjectOfType();

    [GeneratedRegex(@"^Cannot deserialize the current JSON (?<given>object|array|primitive value)(?: \(e\.g\. [^)]*\))? into type '[^']*' because the type requires a JSON (?<required>object|array|string|primitive value)")]
    private static partial Regex DeserializeShape();

    [GeneratedRegex(@"^Could not cast or convert from System\.(?<from>\w+) to ")]
    private static partial Regex CastFrom();

    [GeneratedRegex(@"'?System\.[\w.`]+(?:\[[^\]]*\])?'?")]
    private static partial Regex TypeName();

    /// <summary>A read-only stream that refuses to read past <c>max</c> bytes.</summary>
    private sealed class BoundedStream(Stream inner, long max, string fileName) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > max)
            {
                throw TooLarge(fileName, new JsonInputLimits(max));
            }

            return n;
        }
    }
}
