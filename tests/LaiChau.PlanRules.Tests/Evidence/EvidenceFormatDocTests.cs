using System.Text.RegularExpressions;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Tests.Evidence;

/// <summary>docs/evidence-format.md: every example is read by the real reader and checked against the plan, and every field has an example.</summary>
public sealed partial class EvidenceFormatDocTests
{
    private static readonly string Doc = File.ReadAllText(RepoFiles.Path("docs/evidence-format.md"));

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        var i = 0;
        foreach (Match m in JsonBlock().Matches(Doc)) data.Add(++i, m.Groups[1].Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsReadAndEvaluated(int index, string json)
    {
        var evidence = EvidenceReader.Parse(json, $"evidence-format.md example {index}");

        // The embedded plan is an unsigned draft: an example that gives neither date is checked from 2024.
        // An example without an as-of date of its own is checked as of 10/01/2026.
        var checkable = evidence.Plan?.SignedOn is null && evidence.Policy?.FirstYear is null
            ? evidence with { Policy = (evidence.Policy ?? new PolicyOverrides()) with { FirstYear = 2024 } }
            : evidence;
        var report = ComplianceEvaluator.Create().Evaluate(checkable, evidence.AsOf ?? new DateOnly(2026, 1, 10));

        Assert.NotNull(report);
    }

    [Fact]
    public void Examples_CoverEveryFieldOfTheSchema()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in JsonBlock().Matches(Doc))
        {
            foreach (var p in JObject.Parse(m.Groups[1].Value).Descendants().OfType<JProperty>()) used.Add(p.Name);
        }

        var schema = JObject.Parse(EvidenceSchema.Json);
        var fields = schema["properties"]!.Children<JProperty>().Select(p => p.Name)
            .Concat(schema["$defs"]!.Children<JProperty>().SelectMany(d => d.Value["properties"]?.Children<JProperty>().Select(p => p.Name) ?? []))
            .ToHashSet(StringComparer.Ordinal);
        fields.ExceptWith(used);
        Assert.True(fields.Count == 0, "Fields without an example: " + string.Join(", ", fields.Order(StringComparer.Ordinal)));
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
