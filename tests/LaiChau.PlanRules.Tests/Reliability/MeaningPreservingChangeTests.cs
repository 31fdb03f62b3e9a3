using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;
using LaiChau.PlanRules.Tests.Plan;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Two files that say the same thing give the same report, byte for byte: Unicode NFD instead of NFC, a byte-order
/// mark, other whitespace and line breaks, another key order, instants written with other offsets.
/// </summary>
public class MeaningPreservingChangeTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();
    private static readonly string Base = ReliabilityData.RichEvidenceJson();
    private static readonly string Expected = ComplianceReportJson.Serialize(Evaluator.Evaluate(Read(Encoding.UTF8.GetBytes(Base))));

    public static TheoryData<string> Changes => new()
    {
        "nfd", // text from a tool that writes decomposed Unicode (macOS file names, some Vietnamese keyboards)
        "bom", // a UTF-8 byte-order mark (Windows Notepad)
        "minified", // no whitespace at all
        "crlf-tabs", // Windows line breaks and tab indentation
        "key-order", // members in reverse order, in every object
        "utc-offsets", // every instant in UTC (Z)
        "new-york-offsets", // every instant at -05:00
        "local-instants", // every instant without an offset (Vietnam time by definition)
        "all", // everything at once
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Evaluate_EvidenceChangedWithoutChangingItsMeaning_GivesTheSameReportBytes(string change)
    {
        var changed = Change(Base, change);
        Assert.NotEqual(Encoding.UTF8.GetBytes(Base), changed); // the change did change the file

        var report = ComplianceReportJson.Serialize(Evaluator.Evaluate(Read(changed)));

        Assert.Equal(Expected, report);
    }

    [Theory]
    [InlineData("nfd")] // decomposed text in clause texts, titles and names
    [InlineData("bom")] // a byte-order mark
    [InlineData("key-order")] // members in another order
    [InlineData("all")] // all of it
    public void Evaluate_PlanFileChangedWithoutChangingItsMeaning_GivesTheSameReportBytes(string change)
    {
        var text = File.ReadAllText(PlanTestFiles.PathOf(PlanTestFiles.OtherProvinceFile));
        var evidence = new EvidenceSet { AsOf = new DateOnly(2026, 1, 20), Policy = new PolicyOverrides { LastYear = 2026 } };
        string ReportWith(byte[] plan) =>
            ComplianceReportJson.Serialize(ComplianceEvaluator.Create(o => o.Plan = PlanDocument.Load(new MemoryStream(plan), "plan.json")).Evaluate(evidence));

        Assert.Equal(ReportWith(Encoding.UTF8.GetBytes(text)), ReportWith(Change(text, change)));
    }

    private static EvidenceSet Read(byte[] bytes) => EvidenceReader.Read(new MemoryStream(bytes), "evidence.json");

    private static byte[] Change(string json, string change)
    {
        var utf8 = new UTF8Encoding(false);
        return change switch
        {
            "nfd" => utf8.GetBytes(Rewrite(json, Formatting.Indented, nfd: true)),
            "bom" => [.. new UTF8Encoding(true).GetPreamble(), .. utf8.GetBytes(json)],
            "minified" => utf8.GetBytes(Rewrite(json, Formatting.None)),
            "crlf-tabs" => utf8.GetBytes(json.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("  ", "\t", StringComparison.Ordinal)),
            "key-order" => utf8.GetBytes(Rewrite(json, Formatting.Indented, reverseKeys: true)),
            "utc-offsets" => utf8.GetBytes(Reoffset(json, TimeSpan.Zero)),
            "new-york-offsets" => utf8.GetBytes(Reoffset(json, TimeSpan.FromHours(-5))),
            "local-instants" => utf8.GetBytes(Regex.Replace(json, @"(T\d\d:\d\d:\d\d)\+07:00", "$1")),
            "all" => [.. new UTF8Encoding(true).GetPreamble(), .. utf8.GetBytes(
                Rewrite(Reoffset(json, TimeSpan.FromHours(-5)), Formatting.Indented, nfd: true, reverseKeys: true).Replace("\n", "\r\n", StringComparison.Ordinal))],
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
    }

    /// <summary>Every instant written with +07:00 rewritten at another offset: the same instant.</summary>
    private static string Reoffset(string json, TimeSpan offset) =>
        Regex.Replace(json, @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", m =>
        {
            var instant = DateTimeOffset.ParseExact(m.Value, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture).ToOffset(offset);
            return offset == TimeSpan.Zero
                ? instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        });

    private static string Rewrite(string json, Formatting formatting, bool nfd = false, bool reverseKeys = false)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var root = JToken.Load(reader);
        return Transform(root).ToString(formatting);

        JToken Transform(JToken token) => token switch
        {
            JObject o => new JObject((reverseKeys ? o.Properties().Reverse() : o.Properties()).Select(p => new JProperty(Text(p.Name), Transform(p.Value)))),
            JArray a => new JArray(a.Select(Transform)),
            JValue { Type: JTokenType.String } v => new JValue(Text((string)v.Value!)),
            _ => token.DeepClone(),
        };

        string Text(string s) => nfd ? s.Normalize(NormalizationForm.FormD) : s;
    }
}
