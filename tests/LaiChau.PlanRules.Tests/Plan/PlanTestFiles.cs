using System.Text;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

/// <summary>Opens the test data files and turns JSON text into plans.</summary>
internal static class PlanTestFiles
{
    public const string OtherProvinceFile = "other-province-plan.json";
    public const string SourceTextFile = "lai-chau-plan-source.txt";

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    public static PlanDocument LoadOtherProvince()
    {
        using var stream = File.OpenRead(PathOf(OtherProvinceFile));
        return PlanDocument.Load(stream, OtherProvinceFile);
    }

    /// <summary>The Lai Châu source text with the Markdown emphasis markers (* and **) removed.</summary>
    public static string SourceText() =>
        File.ReadAllText(PathOf(SourceTextFile), Encoding.UTF8).ReplaceLineEndings("\n").Replace("*", string.Empty);

    public static string SaveToString(PlanDocument plan)
    {
        using var writer = new StringWriter();
        plan.Save(writer);
        return writer.ToString();
    }

    public static PlanDocument LoadText(string json, string fileName = "plan.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return PlanDocument.Load(stream, fileName);
    }

    public static PlanAppendix LoadAppendixText(string json, string fileName = "appendix.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return PlanAppendix.Load(stream, fileName);
    }

    /// <summary>The 1-based line of the <paramref name="occurrence"/>-th line containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment, int occurrence = 1)
    {
        var lines = text.Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(fragment, StringComparison.Ordinal) && ++seen == occurrence) return i + 1;
        }

        throw new InvalidOperationException($"'{fragment}' (occurrence {occurrence}) is not in the text.");
    }

    /// <summary>The 1-based line of the nearest line at or above <paramref name="line"/> that opens an object ("{").</summary>
    public static int ObjectStartAbove(string text, int line)
    {
        var lines = text.Split('\n');
        for (var i = line - 1; i >= 0; i--)
        {
            if (lines[i].TrimEnd().EndsWith('{')) return i + 1;
        }

        throw new InvalidOperationException("No object starts above that line.");
    }
}
