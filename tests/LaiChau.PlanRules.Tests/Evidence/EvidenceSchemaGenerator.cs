using System.Collections;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Tests.Evidence;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of evidence files from the <see cref="EvidenceSet"/> types by reflection,
/// the way the strict reader sees them: camelCase property names, records and classes as objects with
/// <c>additionalProperties: false</c>, lists as arrays, string-keyed dictionaries as objects, enums as camelCase
/// strings, <see cref="DateOnly"/> as <c>format: date</c>, <see cref="DateTimeOffset"/> as <c>format: date-time</c>,
/// <c>required</c> where the reader requires the member (<see cref="EvidenceJsonContracts.IsRequired"/>: C# <c>required</c> members and schemaVersion), <c>null</c> allowed where the property is
/// nullable, <c>const</c> where the type declares a <c>Current{Property}</c> constant (schemaVersion), descriptions from the
/// library's XML documentation.
/// </summary>
internal static class EvidenceSchemaGenerator
{
    public const string SchemaId = "urn:laichau-planrules:schema:evidence:1";

    public static string Generate()
    {
        var docs = LoadDocs();
        var defs = new SortedDictionary<string, JObject>(StringComparer.Ordinal);
        var root = ObjectSchema(typeof(EvidenceSet), defs, docs);
        var schema = new JObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "LaiChau.PlanRules evidence file, schema version " + EvidenceSet.CurrentSchemaVersion,
            ["description"] = Summary(docs, typeof(EvidenceSet)) + " Format: docs/evidence-format.md. Generated from the library's types; do not edit by hand.",
        };
        foreach (var p in root.Properties()) schema[p.Name] = p.Value;
        schema["$defs"] = new JObject(defs.Select(kv => new JProperty(kv.Key, kv.Value)));
        var sb = new StringBuilder();
        using (var sw = new StringWriter(sb) { NewLine = "\n" })
        using (var jw = new JsonTextWriter(sw) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            schema.WriteTo(jw);
        }

        return sb.Append('\n').ToString();
    }

    private static JObject ObjectSchema(Type type, IDictionary<string, JObject> defs, XDocument? docs)
    {
        var properties = new JObject();
        var required = new JArray();
        var nullability = new NullabilityInfoContext();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null))
        {
            var name = char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
            var isRequired = EvidenceJsonContracts.IsRequired(p);
            if (isRequired) required.Add(name);
            var nullable = !isRequired && nullability.Create(p).ReadState == NullabilityState.Nullable;
            var schema = TypeSchema(p.PropertyType, defs, docs, nullable);
            if (type.GetField("Current" + p.Name, BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } current)
            {
                schema["const"] = JToken.FromObject(current.GetRawConstantValue()!); // schemaVersion: 1
            }

            if (Summary(docs, p) is { Length: > 0 } d) schema.AddFirst(new JProperty("description", d));
            properties[name] = schema;
        }

        var o = new JObject { ["type"] = "object" };
        o["properties"] = properties;
        if (required.Count > 0) o["required"] = required;
        o["additionalProperties"] = false;
        return o;
    }

    private static JObject TypeSchema(Type type, IDictionary<string, JObject> defs, XDocument? docs, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            type = underlying;
            nullable = true;
        }

        JObject s;
        if (type == typeof(string)) s = Simple("string");
        else if (type == typeof(int) || type == typeof(long)) s = Simple("integer");
        else if (type == typeof(bool)) s = Simple("boolean");
        else if (type == typeof(decimal) || type == typeof(double)) s = Simple("number");
        else if (type == typeof(DateOnly)) s = Format("date");
        else if (type == typeof(DateTimeOffset)) s = Format("date-time");
        else if (type.IsEnum) s = Ref(type, defs, docs);
        else if (Dictionary(type) is { } valueType) s = new JObject { ["type"] = "object", ["additionalProperties"] = TypeSchema(valueType, defs, docs, false) };
        else if (Element(type) is { } element) s = new JObject { ["type"] = "array", ["items"] = TypeSchema(element, defs, docs, false) };
        else if (type.IsClass) s = Ref(type, defs, docs);
        else throw new NotSupportedException($"No schema mapping for {type}.");

        if (!nullable) return s;
        if (s["$ref"] is not null) return new JObject { ["anyOf"] = new JArray(s, Simple("null")) };
        s["type"] = new JArray(s["type"]!, "null");
        return s;

        static JObject Simple(string t) => new() { ["type"] = t };
        static JObject Format(string f) => new() { ["type"] = "string", ["format"] = f };
    }

    private static JObject Ref(Type type, IDictionary<string, JObject> defs, XDocument? docs)
    {
        if (!defs.ContainsKey(type.Name))
        {
            defs[type.Name] = []; // a placeholder first, so a type that refers to itself does not loop
            JObject def;
            if (type.IsEnum)
            {
                def = new JObject { ["type"] = "string", ["enum"] = new JArray(Enum.GetNames(type).Select(n => char.ToLowerInvariant(n[0]) + n[1..])) };
            }
            else
            {
                def = ObjectSchema(type, defs, docs);
            }

            if (Summary(docs, type) is { Length: > 0 } d) def.AddFirst(new JProperty("description", d));
            defs[type.Name] = def;
        }

        return new JObject { ["$ref"] = "#/$defs/" + type.Name };
    }

    private static Type? Element(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)) return null;
        var e = type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0]).FirstOrDefault();
        return e;
    }

    private static Type? Dictionary(Type type)
    {
        var d = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        if (d is null) return null;
        var args = d.GetGenericArguments();
        return args[0] == typeof(string) ? args[1] : throw new NotSupportedException($"Dictionary keys must be strings: {type}.");
    }

    private static XDocument? LoadDocs()
    {
        var path = Path.ChangeExtension(typeof(EvidenceSet).Assembly.Location, ".xml");
        return File.Exists(path) ? XDocument.Load(path) : throw new InvalidOperationException("The library's XML documentation was not found at " + path);
    }

    private static string? Summary(XDocument? docs, MemberInfo member)
    {
        var id = member switch
        {
            Type t => "T:" + t.FullName,
            PropertyInfo p => "P:" + p.DeclaringType!.FullName + "." + p.Name,
            _ => null,
        };
        var summary = docs?.Root?.Element("members")?.Elements("member").FirstOrDefault(m => (string?)m.Attribute("name") == id)?.Element("summary");
        if (summary is null) return null;
        var text = string.Concat(summary.Nodes().Select(n => n switch
        {
            XText x => x.Value,
            XElement { Name.LocalName: "see" or "seealso" } e => (string?)e.Attribute("langword") ?? ShortName((string?)e.Attribute("cref")),
            XElement e => e.Value,
            _ => string.Empty,
        }));
        return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string ShortName(string? cref)
    {
        if (cref is null) return string.Empty;
        var name = cref[(cref.IndexOf(':') + 1)..];
        var parts = name.Split('.');
        return parts.Length >= 2 && char.IsUpper(parts[^2][0]) && cref.StartsWith("P:", StringComparison.Ordinal) ? parts[^2] + "." + parts[^1] : parts[^1];
    }
}
