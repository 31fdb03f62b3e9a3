using System.Text;
using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

/// <summary>Small catalog files for tests, written out in full so the expected lines are visible.</summary>
internal static class CatalogJson
{
    public static Stream Stream(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    public static BodyCatalog Load(string json, string fileName = "test-bodies.json") => BodyCatalog.Load(Stream(json), fileName);

    public static BodyCatalog Override(BodyCatalog catalog, string json, string fileName = "overrides.json") =>
        catalog.WithOverrides(Stream(json), fileName);

    public static PlanRulesInputException LoadFails(string json, string fileName = "test-bodies.json") =>
        Assert.Throws<PlanRulesInputException>(() => Load(json, fileName));

    /// <summary>The 1-based line of the <paramref name="occurrence"/>-th line containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string json, string fragment, int occurrence = 0)
    {
        var lines = json.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(fragment, StringComparison.Ordinal) && seen++ == occurrence) return i + 1;
        }

        throw new ArgumentException($"'{fragment}' not found.", nameof(fragment));
    }

    /// <summary>A body entry with one open-ended name; <paramref name="extra"/> is inserted before confidence.</summary>
    public static string Body(string id, string vi, string extra = "", string kind = "provincialDepartment") => $$"""
            {
              "id": "{{id}}",
              "kind": "{{kind}}",
              "names": [ { "vi": "{{vi}}" } ],
              {{extra}}
              "confidence": "confirmed"
            }
        """;

    /// <summary>A group entry whose members are all confirmed.</summary>
    public static string Group(string id, params string[] bodyIds) => $$"""
            {
              "id": "{{id}}",
              "name": { "vi": "{{id}}", "en": "{{id}}" },
              "inclusionRule": { "vi": "Minh họa.", "en": "Illustrative." },
              "members": [ {{string.Join(", ", bodyIds.Select(b => $$"""{ "bodyId": "{{b}}", "confidence": "confirmed" }"""))}} ]
            }
        """;

    /// <summary>
    /// Asserts that <paramref name="e"/> names <paramref name="fileName"/>, <paramref name="jsonPath"/> and the line of
    /// <paramref name="json"/> holding <paramref name="fragment"/>.
    /// </summary>
    public static void AssertAt(PlanRulesInputException e, string fileName, string jsonPath, string json, string fragment)
    {
        Assert.Equal(fileName, e.FileName);
        Assert.Equal(jsonPath, e.JsonPath);
        Assert.Equal(LineOf(json, fragment), e.LineNumber);
    }

    public static string File(string bodies, string groups = "", string territories = "") => $$"""
        {
          "schemaVersion": 1,
          "bodies": [
        {{bodies}}
          ],
          "groups": [
        {{groups}}
          ],
          "territories": [
        {{territories}}
          ]
        }
        """;
}
