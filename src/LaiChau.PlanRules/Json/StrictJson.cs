using System.Globalization;
using System.Runtime.Serialization;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
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
        where T : class => Deserialize<T>(Load(stream, fileName, limits, allowComments));

    /// <summary>Reads text into <typeparamref name="T"/>.</summary>
    public static T Read<T>(TextReader reader, string fileName, JsonInputLimits? limits = null)
        where T : class => Deserialize<T>(Load(reader, fileName, limits));

    /// <summary>
    /// Reads a UTF-8 stream within the size limit and passes it through the strict first pass
    /// (<see cref="StrictJsonSyntax"/>: syntax, depth, duplicate keys, a root object, combining-mark runs). Nothing
    /// is built from it yet: the input is held once, as its bytes.
    /// </summary>
    public static JsonInput Load(Stream stream, string fileName, JsonInputLimits? limits = null, bool allowComments = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= JsonInputLimits.Default;
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
        {
            throw TooLarge(fileName, limits);
        }

        using var bounded = new BoundedStream(stream, limits.MaxBytes, fileName);
        using var buffer = new MemoryStream();
        bounded.CopyTo(buffer, 16 * 1024); // small reads: at most one read buffer beyond the limit
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            throw new PlanRulesInputException(new LocalizedText("Dữ liệu vào là văn bản UTF-16 hoặc UTF-32: hãy lưu lại dưới dạng UTF-8.", "The input is UTF-16 or UTF-32 text: save it as UTF-8."), fileName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (!System.Text.Unicode.Utf8.IsValid(bytes)) throw new PlanRulesInputException(new LocalizedText("Dữ liệu vào không phải là văn bản UTF-8 hợp lệ.", "The input is not valid UTF-8 text."), fileName);
        return Checked(bytes.ToArray(), fileName, limits, allowComments);
    }

    /// <summary>Reads text within the size limit (counted in UTF-8 bytes) and passes it through the strict first pass.</summary>
    public static JsonInput Load(TextReader reader, string fileName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        limits ??= JsonInputLimits.Default;
        var text = BoundedText.Read(reader, limits.MaxBytes, () => TooLarge(fileName, limits));
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        byte[] bytes;
        try
        {
            bytes = new UTF8Encoding(false, true).GetBytes(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new PlanRulesInputException(new LocalizedText("Dữ liệu vào không phải là văn bản Unicode hợp lệ (có một nửa cặp thay thế đứng lẻ).", "The input is not valid Unicode text (a lone surrogate)."), fileName, innerException: e);
        }

        if (bytes.Length > limits.MaxBytes) throw TooLarge(fileName, limits);
        return Checked(bytes, fileName, limits, allowComments: false);
    }

    private static JsonInput Checked(byte[] utf8, string fileName, JsonInputLimits limits, bool allowComments)
    {
        StrictJsonSyntax.Validate(utf8, fileName, limits, allowComments);
        return new JsonInput(utf8, fileName, limits, allowComments);
    }

    /// <summary>Gives a JSON path's line and column in an input, or those of its nearest ancestor present.</summary>
    public static (int? Line, int? Column) Locate(JsonInput input, string? path) => StrictJsonSyntax.Locate(input.Utf8, path, input.AllowComments);

    /// <summary>
    /// Deserializes a checked input into <typeparamref name="T"/> straight from its bytes, with line information and
    /// every string normalised to NFC: no token tree is built, so a hostile shape (millions of empty arrays in an
    /// unknown member) is refused at its first token, with memory in proportion to what was built so far.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="contracts">How the types map to JSON; camelCase names and the types' own attributes when null.</param>
    public static T Deserialize<T>(JsonInput input, IContractResolver? contracts = null)
        where T : class
    {
        var fileName = input.FileName;
        using var text = new StreamReader(new MemoryStream(input.Utf8, writable: false), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
        using var reader = new NormalizingJsonTextReader(text)
        {
            MaxDepth = (int)Math.Min(input.Limits.MaxDepth, int.MaxValue),
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            CloseInput = false,
        };
        var holder = new JsonReaderHolder(reader);
        var serializer = JsonSerializer.Create(ReaderSettings(holder, contracts));
        try
        {
            return serializer.Deserialize<T>(reader)
                ?? throw new PlanRulesInputException(new LocalizedText("Dữ liệu vào rỗng (null).", "The input is empty (null)."), fileName, string.Empty, 1, 1);
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
                e as LocalizedJsonException is { } own ? new LocalizedText(own.Text.Vi, CleanMessage(own.Text.En))
                : e.InnerException as LocalizedJsonException is { } inner ? new LocalizedText(inner.Text.Vi, CleanMessage(inner.Text.En))
                : Localize(CleanMessage(e.InnerException is FormatException or OverflowException or ArgumentException ? e.InnerException.Message : e.Message)),
                fileName, path ?? reader.Path, line == 0 ? null : line, line == 0 ? null : column, e);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or InvalidCastException)
        {
            var li = (IJsonLineInfo)reader;
            throw new PlanRulesInputException(Localize(CleanMessage(e.Message)), fileName, reader.Path,
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

    /// <summary>The error for an input over <see cref="JsonInputLimits.MaxBytes"/>: the same whatever the entry point.</summary>
    internal static PlanRulesInputException TooLarge(string fileName, JsonInputLimits limits) =>
        new(
            new LocalizedText(
                string.Create(CultureInfo.InvariantCulture,
                    $"Dữ liệu vào lớn hơn giới hạn {limits.MaxBytes:N0} byte; hãy nâng JsonInputLimits.MaxBytes (CLI: --max-bytes) để đọc."),
                string.Create(CultureInfo.InvariantCulture,
                    $"The input is larger than the limit of {limits.MaxBytes:N0} bytes; raise JsonInputLimits.MaxBytes (CLI: --max-bytes) to read it.")),
            fileName);

    /// <summary>
    /// The Vietnamese for a reason Newtonsoft.Json (or the .NET parsing it calls) gave in English, already cleaned by
    /// <see cref="CleanMessage"/>: the kinds of error a person meets in a JSON file are said in Vietnamese; any other
    /// keeps its English detail inside a Vietnamese sentence.
    /// </summary>
    internal static LocalizedText Localize(string en)
    {
        var m = NotAMember().Match(en);
        if (m.Success) return new($"Trường '{m.Groups["name"].Value}' không có trong định dạng này (kiểm tra lại tên trường).", en);
        m = RequiredMissing().Match(en);
        if (m.Success) return new($"Thiếu trường bắt buộc '{m.Groups["name"].Value}'.", en);
        m = RequiredNull().Match(en);
        if (m.Success) return new($"Trường bắt buộc '{m.Groups["name"].Value}' phải có giá trị, không được là null.", en);
        m = ShapeRequired().Match(en);
        if (m.Success)
        {
            static string Kind(string k) => k switch
            {
                "array [...]" or "array" => "mảng JSON [...]",
                "object {...}" or "object" => "đối tượng JSON {...}",
                "string" => "chuỗi JSON",
                _ => "giá trị đơn JSON",
            };
            return new($"Ở đây cần một {Kind(m.Groups["required"].Value)}, không phải một {Kind(m.Groups["given"].Value)}.", en);
        }

        m = WrongKind().Match(en);
        if (m.Success)
        {
            var given = m.Groups["given"].Value switch
            {
                "a number" => "một số",
                "true or false" => "true hoặc false",
                "a string" => "một chuỗi",
                _ => "giá trị này",
            };
            return new($"Giá trị sai kiểu: {given} ở chỗ định dạng cần một đối tượng hoặc một kiểu giá trị khác.", en);
        }

        m = ErrorConverting().Match(en);
        if (m.Success) return new($"Không chuyển được giá trị {m.Groups["value"].Value} sang kiểu giá trị mà định dạng yêu cầu.", en);
        m = UnexpectedCharacter().Match(en);
        if (m.Success) return new($"Gặp ký tự không mong đợi khi đọc giá trị: {m.Groups["what"].Value}.", en);
        m = NotInList().Match(en);
        if (m.Success) return new($"Giá trị '{m.Groups["value"].Value}' không thuộc các giá trị được chấp nhận.", en);
        m = NotABoolean().Match(en);
        if (m.Success) return new($"Ở đây cần true hoặc false, không phải '{m.Groups["value"].Value}'.", en);
        m = NotADecimal().Match(en);
        if (m.Success) return new($"'{m.Groups["value"].Value}' không phải là số hợp lệ.", en);
        m = EnumToken().Match(en);
        if (m.Success) return new($"Ở đây cần tên của một giá trị, viết thành chuỗi, không phải {m.Groups["token"].Value}.", en);
        if (en.StartsWith("Must specify valid information for parsing in the string", StringComparison.Ordinal))
        {
            return new("Chuỗi rỗng: ở đây cần một giá trị.", en);
        }

        return new("Dữ liệu JSON không hợp lệ (" + en.TrimEnd('.') + ").", en);
    }

    [GeneratedRegex(@"^Could not find member '(?<name>[^']*)'")]
    private static partial Regex NotAMember();

    [GeneratedRegex(@"^Required property '(?<name>[^']*)' not found in JSON")]
    private static partial Regex RequiredMissing();

    [GeneratedRegex(@"^Required property '(?<name>[^']*)' expects a (?:non-null )?value but got null")]
    private static partial Regex RequiredNull();

    [GeneratedRegex(@"^A JSON (?<required>array \[\.\.\.\]|object \{\.\.\.\}|string|primitive value) is required here, not a JSON (?<given>object|array|primitive value)")]
    private static partial Regex ShapeRequired();

    [GeneratedRegex(@"^The value has the wrong kind: (?<given>a number|true or false|a string|this value) where")]
    private static partial Regex WrongKind();

    [GeneratedRegex(@"^Error converting value (?<value>.*) to the kind of value the format expects")]
    private static partial Regex ErrorConverting();

    [GeneratedRegex(@"^Unexpected character encountered while parsing value: (?<what>.*?)\.?$")]
    private static partial Regex UnexpectedCharacter();

    [GeneratedRegex(@"^Requested value '(?<value>.*)' was not found")]
    private static partial Regex NotInList();

    [GeneratedRegex(@"^Unexpected token (?<token>\w+) when parsing enum")]
    private static partial Regex EnumToken();

    [GeneratedRegex(@"^Could not convert string to boolean: (?<value>.*?)\.?$")]
    private static partial Regex NotABoolean();

    [GeneratedRegex(@"^Input string '(?<value>.*)' is not a valid (?:decimal|number|integer)")]
    private static partial Regex NotADecimal();

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
