using System.CommandLine;
using System.Globalization;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// <c>--format json</c> of the commands whose output is data (<c>explain</c>, <c>plan</c>, <c>bodies</c>,
/// <c>calendar</c>, <c>rules</c>): indented UTF-8 JSON on stdout, dates <c>yyyy-MM-dd</c>, every text in both
/// languages (<c>{"vi": ..., "en": ...}</c>), ids and codes as in the evidence format. <c>check</c> writes the report
/// format (docs/report-format.md).
/// </summary>
internal static class JsonOutput
{
    /// <summary>The <c>--format text|json</c> option of a data command.</summary>
    public static Option<string> FormatOption(CliContext ctx) => ctx.OneOf(
        new Option<string>("--format")
        {
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
            Description = ctx.Loc.T("Dạng kết quả: text (mặc định) hoặc json (cho chương trình khác đọc).", "Output format: text (default) or json (for programs)."),
        },
        "text",
        "json");

    /// <summary>True when the run asked for JSON.</summary>
    public static bool Wanted(ParseResult r, Option<string> format) => r.GetValue(format) == "json";

    /// <summary>Writes one JSON object to stdout.</summary>
    public static void Write(CliContext ctx, Action<JsonWriter> members)
    {
        using (var w = new JsonTextWriter(ctx.Out) { CloseOutput = false, Formatting = Formatting.Indented, Culture = CultureInfo.InvariantCulture })
        {
            w.WriteStartObject();
            Str(w, "language", ctx.Loc.Code);
            members(w);
            w.WriteEndObject();
        }

        ctx.Out.WriteLine();
        ctx.Out.Flush();
    }

    public static void Str(JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name);
        if (value is null) w.WriteNull(); else w.WriteValue(value);
    }

    public static void Date(JsonWriter w, string name, DateOnly? value) => Str(w, name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void Value(JsonWriter w, string name, object? value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    public static void Text(JsonWriter w, string name, LocalizedText? text)
    {
        w.WritePropertyName(name);
        Text(w, text);
    }

    public static void Text(JsonWriter w, LocalizedText? text)
    {
        if (text is null)
        {
            w.WriteNull();
            return;
        }

        w.WriteStartObject();
        Str(w, "vi", text.Vi);
        Str(w, "en", text.En);
        w.WriteEndObject();
    }

    public static void Array<T>(JsonWriter w, string name, IEnumerable<T> items, Action<T> item)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var x in items) item(x);
        w.WriteEndArray();
    }

    public static void Objects<T>(JsonWriter w, string name, IEnumerable<T> items, Action<T> members) => Array(w, name, items, x =>
    {
        w.WriteStartObject();
        members(x);
        w.WriteEndObject();
    });

    /// <summary>An enum value as the JSON formats spell them: camelCase.</summary>
    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
