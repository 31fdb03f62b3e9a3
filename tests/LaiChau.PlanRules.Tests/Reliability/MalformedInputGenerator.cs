using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>One generated input: which document it breaks, how, and its bytes.</summary>
/// <param name="Index">The case number (with the seed, enough to make it again).</param>
/// <param name="Kind">The kind of document.</param>
/// <param name="Mutations">The mutations applied, in order, for the failure message.</param>
/// <param name="Bytes">The input as a host would read it from a file.</param>
internal sealed record MalformedCase(int Index, FuzzDocumentKind Kind, IReadOnlyList<string> Mutations, byte[] Bytes)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"case {Index} ({Kind}: {string.Join(", ", Mutations)}; {Bytes.Length} bytes)");
}

/// <summary>
/// A seeded generator of broken plan, catalog, calendar, appendix and evidence files. It starts from a valid
/// document of each kind and breaks it the ways uploads break: structurally (a value of another type, null,
/// a huge number, an impossible or out-of-range date, an unknown, swapped or duplicated id, a successor
/// cycle, a duplicate key, an unknown member, deep nesting, a <c>$type</c> payload, odd strings with
/// control characters) and as bytes (truncation, flipped bytes, stray tokens, invalid UTF-8, the wrong
/// document altogether). The same seed gives the same cases.
/// </summary>
internal sealed partial class MalformedInputGenerator
{
    /// <summary>The assembly-qualified name of <see cref="TypeCanary"/>: a <c>$type</c> that must never be instantiated.</summary>
    public static readonly string CanaryTypeName = typeof(TypeCanary).AssemblyQualifiedName!;

    private const string DuplicateKeyMarker = "__duplicate_key_marker__";

    private static readonly FuzzDocumentKind[] Kinds = Enum.GetValues<FuzzDocumentKind>();

    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "99999999999999999999999999999", "2147483648", "-2147483649", "9223372036854775808",
        "-9223372036854775809", "1.7976931348623157e309", "1e-400", "-0", "4.5", "1E+2", "0.0000000000000000000000000001",
        "123456789012345678901234567890.5", "0", "-5", "10000", "99999", "2147483647", "-2147483648",
    ];

    private static readonly string[] BadDates =
    [
        "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "2024-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01",
        "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "2025-1-5", "2025/01/05", "05/01/2025", "2025-12-16T25:00:00+07:00",
        "2025-12-16T09:00:00+15:00", "2025-12-16T09:00:00+07:00:00", "2025-12-16T09:00:00Z+07:00", "0001-01-01T00:00:00",
        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59", "2025-12-16T09:00:00.123456789+07:00",
        "", " ", " 2025-12-16", "2025-12-16 ", "2025-12-16\u0000", "２０２５-１２-１６", "2025-12-16T09:00:00+07", "-2025-12-16",
    ];

    private static readonly string[] EdgeDates =
    [
        "1900-01-01", "1900-01-02", "2199-12-31", "2199-12-14", "2199-12-13", "1990-01-01", "2024-02-29", "2024-12-14", "2024-12-15",
        "2025-12-14", "2025-12-16", "2025-12-16T23:59:59+07:00", "2025-12-17T00:00:00+07:00", "2025-12-16T17:00:00Z", "2030-12-31",
        "2045-01-01", "2026-01-20", "2026-01-21",
    ];

    private static readonly long[] EdgeNumbers = [0, 1, -1, 1989, 1990, 2023, 2024, 2025, 2026, 2030, 2199, 2200, 2201, 9999, 10000, int.MaxValue, int.MinValue];

    private static readonly string[] OddStrings =
    [
        "", " ", "\t", "\u0000", "a\nb", "so-y-te\r\nERROR: forged line", "\u001b[31mred\u001b[0m", "\u2028", "\u0085", "\u202eevil",
        "e\u0301", "\ud800", "${jndi:ldap://example.invalid/a}", "%s%n%x", "../../etc/passwd", "<script>alert(1)</script>", "null",
        "SO-Y-TE", "so-y-te ", "so--y-te", "Sở Y tế", "ı", "İ",
    ];

    private static readonly string[] UnknownIds = ["khong-ton-tai", "so-khong-co", "x", "0", "so-y-te-2", "ubnd-xa-khong-co", "t9", "ubnd-tinh"];

    private static readonly string[] WholeReplacements =
    [
        "", "   ", "\n", "null", "[]", "123", "\"text\"", "{}", "true", "\uFEFF", "{\"schemaVersion\": 1}", "{\"schemaVersion\": 2}",
        "{\"schemaVersion\": null}", "[{\"schemaVersion\": 1}]", "{\"schemaVersion\": 1} {}", "{\"schemaVersion\": 1} // trailing comment",
        "{\"schemaVersion\": 1,}", "{'schemaVersion': 1}", "{schemaVersion: 1}", "/* only a comment */",
    ];

    private static readonly string[] StrayTokens = ["{", "}", "[", "]", ",", ":", "\"", "\\", "/*", "//", "\0", "\uFEFF", "NaN", "undefined", "\u00a0", "'", "}}}}"];

    private readonly Dictionary<FuzzDocumentKind, JObject> _bases;
    private readonly Dictionary<FuzzDocumentKind, string[]> _idsByKind;
    private readonly Random _random;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed gives the same cases.</param>
    public MalformedInputGenerator(int seed)
    {
        _random = new Random(seed);
        _bases = Kinds.ToDictionary(k => k, k => Parse(FuzzDocuments.Text(k)));
        _idsByKind = _bases.ToDictionary(p => p.Key, p => p.Value.Descendants().OfType<JValue>()
            .Where(v => v.Type == JTokenType.String && IdPattern().IsMatch((string)v.Value!)).Select(v => (string)v.Value!).Distinct().ToArray());
    }

    /// <summary>Every mutation name, for the coverage check.</summary>
    public static IReadOnlyList<string> MutationNames { get; } =
    [
        "type-swap", "null", "huge-number", "bad-date", "edge-date", "edge-number", "unknown-id", "swapped-id", "duplicate-element", "duplicate-key", "unknown-member",
        "type-payload", "deep-nesting", "remove-member", "empty-container", "odd-string", "successor-cycle",
        "truncate", "flip-bytes", "delete-span", "duplicate-span", "stray-token", "invalid-utf8", "whole-replacement", "utf16", "wrong-document",
    ];

    /// <summary>Generates the next case.</summary>
    /// <param name="index">The case number.</param>
    /// <returns>The case.</returns>
    public MalformedCase Next(int index)
    {
        var kind = Kinds[index % Kinds.Length];
        var mutations = new List<string>(4);
        var root = (JObject)_bases[kind].DeepClone();
        var roll = _random.Next(100);
        if (roll < 25)
        {
            // One change that keeps the file readable more often than not, so the value reaches evaluation.
            mutations.Add(MutateTree(root, kind, plausible: true));
        }
        else if (roll < 70)
        {
            var count = 1 + _random.Next(3);
            for (var i = 0; i < count; i++)
            {
                mutations.Add(MutateTree(root, kind, plausible: false));
            }
        }
        else if (roll < 75)
        {
            // A valid document of another kind: every member is unknown, or a required one is missing.
            var other = Kinds[(Array.IndexOf(Kinds, kind) + 1 + _random.Next(Kinds.Length - 1)) % Kinds.Length];
            root = (JObject)_bases[other].DeepClone();
            mutations.Add("wrong-document");
        }

        var text = root.ToString(_random.Next(2) == 0 ? Formatting.Indented : Formatting.None);
        text = Regex.Replace(text, "\"" + DuplicateKeyMarker + "(\\d+)_([^\"]*)\"", m => JsonConvert.ToString(m.Groups[2].Value));
        var bytes = Encoding.UTF8.GetBytes(text);
        if (roll >= 75 || _random.Next(4) == 0)
        {
            bytes = MutateBytes(bytes, mutations);
        }

        return new MalformedCase(index, kind, mutations, bytes);
    }

    private string MutateTree(JObject root, FuzzDocumentKind kind, bool plausible)
    {
        var all = root.Descendants().Where(t => t is JValue or JContainer && t.Parent is not null && t is not JProperty).ToList();
        var pick = all.Count == 0 ? root : all[_random.Next(all.Count)];
        if (plausible)
        {
            switch (_random.Next(5))
            {
                case 0:
                    Replace(Prefer(all, t => t is JValue { Type: JTokenType.String } v && DatePattern().IsMatch((string)v.Value!), pick),
                        new JValue(EdgeDates[_random.Next(EdgeDates.Length)]));
                    return "edge-date";
                case 1:
                    Replace(Prefer(all, t => t.Type == JTokenType.Integer, pick), new JValue(EdgeNumbers[_random.Next(EdgeNumbers.Length)]));
                    return "edge-number";
                case 2:
                    return SwapId(all, pick, kind);
                case 3:
                    return DuplicateElement(all, pick);
                default:
                    SuccessorCycle(root);
                    return "successor-cycle";
            }
        }

        switch (_random.Next(15))
        {
            case 0:
                Replace(pick, AnotherType(pick));
                return "type-swap";
            case 1:
                Replace(pick, JValue.CreateNull());
                return "null";
            case 2:
                Replace(Prefer(all, t => t.Type is JTokenType.Integer or JTokenType.Float, pick), new JRaw(HugeNumbers[_random.Next(HugeNumbers.Length)]));
                return "huge-number";
            case 3:
                Replace(Prefer(all, t => t is JValue { Type: JTokenType.String } v && DatePattern().IsMatch((string)v.Value!), pick),
                    new JValue(BadDates[_random.Next(BadDates.Length)]));
                return "bad-date";
            case 4:
                Replace(Prefer(all, IsId, pick), new JValue(UnknownIds[_random.Next(UnknownIds.Length)]));
                return "unknown-id";
            case 5:
                return SwapId(all, pick, kind);
            case 6:
                return DuplicateElement(all, pick);
            case 7:
                if (Prefer(all, t => t is JObject { Count: > 0 }, root) is JObject withKeys && withKeys.Count > 0)
                {
                    var existing = withKeys.Properties().ElementAt(_random.Next(withKeys.Count));
                    withKeys.Add(string.Create(CultureInfo.InvariantCulture, $"{DuplicateKeyMarker}{_random.Next()}_{existing.Name}"), existing.Value.DeepClone());
                }

                return "duplicate-key";
            case 8:
                ObjectIn(all, root)["unexpected" + _random.Next(3).ToString(CultureInfo.InvariantCulture)] = new JValue(1);
                return "unknown-member";
            case 9:
                var target = ObjectIn(all, root);
                var name = _random.Next(4) switch { 0 => "$type", 1 => "$id", 2 => "$ref", _ => "$values" };
                target.Remove(name);
                target.AddFirst(new JProperty(name, name == "$type" ? CanaryTypeName : name == "$values" ? new JArray(1, 2) : "1"));
                return "type-payload";
            case 10:
                Replace(pick, new JRaw(Nested(new[] { 31, 32, 33, 64, 1_000, 100_000 }[_random.Next(6)], _random.Next(2) == 0)));
                return "deep-nesting";
            case 11:
                var properties = root.Descendants().OfType<JProperty>().ToList();
                if (properties.Count > 0) properties[_random.Next(properties.Count)].Remove();
                return "remove-member";
            case 12:
                Replace(Prefer(all, t => t is JContainer, pick), pick is JArray ? new JArray() : new JObject());
                return "empty-container";
            case 13:
                var odd = OddStrings[_random.Next(OddStrings.Length)];
                Replace(Prefer(all, t => t.Type == JTokenType.String, pick), new JValue(_random.Next(20) == 0 ? new string('x', 100_000) : odd));
                return "odd-string";
            default:
                SuccessorCycle(root);
                return "successor-cycle";
        }
    }

    /// <summary>Puts another id of the same document where an id stood: a reference to the wrong thing, or a duplicate.</summary>
    private string SwapId(List<JToken> all, JToken pick, FuzzDocumentKind kind)
    {
        var ids = _idsByKind[kind];
        Replace(Prefer(all, IsId, pick), new JValue(ids.Length == 0 ? "so-y-te" : ids[_random.Next(ids.Length)]));
        return "swapped-id";
    }

    /// <summary>Repeats an element of a list: a duplicate id, body, task or date.</summary>
    private string DuplicateElement(List<JToken> all, JToken pick)
    {
        if (Prefer(all, t => t is JArray { Count: > 0 }, pick) is JArray array && array.Count > 0)
        {
            array.Insert(_random.Next(array.Count + 1), array[_random.Next(array.Count)].DeepClone());
        }

        return "duplicate-element";
    }

    /// <summary>Makes succession point back: in a catalog, two bodies succeed each other (or one itself); elsewhere, ids swap.</summary>
    private void SuccessorCycle(JObject root)
    {
        var bodies = root["bodies"] as JArray;
        var dissolved = bodies?.OfType<JObject>().Where(b => b["succession"] is JObject && b["id"] is not null).ToList() ?? [];
        if (dissolved.Count == 0)
        {
            // Not a catalog: point an id at another id of the same document (a plan template at itself, a replaces at itself).
            var ids = root.Descendants().OfType<JValue>().Where(v => IsId(v)).ToList();
            if (ids.Count >= 2) ids[_random.Next(ids.Count)].Value = ids[_random.Next(ids.Count)].Value;
            return;
        }

        var a = dissolved[_random.Next(dissolved.Count)];
        var b = dissolved[_random.Next(dissolved.Count)];
        a["succession"]!["successorIds"] = new JArray(b["id"]!.DeepClone());
        a["succession"]!["primarySuccessorId"] = b["id"]!.DeepClone();
        b["succession"]!["successorIds"] = new JArray(a["id"]!.DeepClone());
        b["succession"]!["primarySuccessorId"] = a["id"]!.DeepClone();
        if (b["succession"]!["kind"]?.ToString() == "abolished") b["succession"]!["kind"] = "absorbedInto";
        if (a["succession"]!["kind"]?.ToString() == "abolished") a["succession"]!["kind"] = "absorbedInto";
    }

    private byte[] MutateBytes(byte[] bytes, List<string> mutations)
    {
        var n = bytes.Length;
        switch (_random.Next(9))
        {
            case 0:
                mutations.Add("truncate");
                return bytes[..(n == 0 ? 0 : _random.Next(n))];
            case 1:
                mutations.Add("flip-bytes");
                var flipped = (byte[])bytes.Clone();
                var flips = 1 + _random.Next(4);
                for (var i = 0; i < flips && n > 0; i++) flipped[_random.Next(n)] = (byte)_random.Next(256);
                return flipped;
            case 2:
                mutations.Add("delete-span");
                if (n == 0) return bytes;
                var start = _random.Next(n);
                var length = Math.Min(n - start, 1 + _random.Next(40));
                return [.. bytes[..start], .. bytes[(start + length)..]];
            case 3:
                mutations.Add("duplicate-span");
                if (n == 0) return bytes;
                var from = _random.Next(n);
                var span = bytes[from..Math.Min(n, from + 1 + _random.Next(60))];
                var at = _random.Next(n + 1);
                return [.. bytes[..at], .. span, .. bytes[at..]];
            case 4:
                mutations.Add("stray-token");
                var token = Encoding.UTF8.GetBytes(StrayTokens[_random.Next(StrayTokens.Length)]);
                var where = _random.Next(n + 1);
                return [.. bytes[..where], .. token, .. bytes[where..]];
            case 5:
                mutations.Add("invalid-utf8");
                var bad = new[] { new byte[] { 0xFF }, [0xC3], [0xE1, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80] }[_random.Next(6)];
                var pos = _random.Next(n + 1);
                return [.. bytes[..pos], .. bad, .. bytes[pos..]];
            case 6:
                mutations.Add("utf16");
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))];
            default:
                mutations.Add("whole-replacement");
                return Encoding.UTF8.GetBytes(WholeReplacements[_random.Next(WholeReplacements.Length)]);
        }
    }

    private JToken AnotherType(JToken token)
    {
        JToken[] pool =
        [
            new JValue("text"), new JValue(0), new JValue(-1), new JValue(true), JValue.CreateNull(), new JArray(), new JObject(),
            new JArray(1, "a", JValue.CreateNull()), new JObject { ["a"] = 1 }, new JValue(1.5m), new JValue("2025-12-16"),
        ];
        var candidates = pool.Where(p => p.Type != token.Type).ToArray();
        return candidates[_random.Next(candidates.Length)];
    }

    private JToken Prefer(List<JToken> all, Func<JToken, bool> predicate, JToken fallback)
    {
        var matching = all.Where(predicate).ToList();
        return matching.Count == 0 ? fallback : matching[_random.Next(matching.Count)];
    }

    private JObject ObjectIn(List<JToken> all, JObject root) => Prefer(all, t => t is JObject, root) as JObject ?? root;

    private static void Replace(JToken token, JToken replacement)
    {
        if (token.Parent is null) return;
        token.Replace(replacement);
    }

    /// <summary>Parses a base document keeping every string as written (Newtonsoft would turn dates into DateTime and rewrite their offsets).</summary>
    private static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JObject.Load(reader, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore });
    }

    private static bool IsId(JToken token) =>
        token is JValue { Type: JTokenType.String } v && IdPattern().IsMatch((string)v.Value!);

    private static string Nested(int depth, bool arrays)
    {
        var sb = new StringBuilder(depth * 8);
        for (var i = 0; i < depth; i++) sb.Append(arrays ? "[" : "{\"a\":");
        sb.Append('1');
        for (var i = 0; i < depth; i++) sb.Append(arrays ? ']' : '}');
        return sb.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)+$|^t[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
