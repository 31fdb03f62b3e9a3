using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Plan.Import;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>The illustrative plan texts and catalogs of invented provinces, written for the import tests (TestData/Import).</summary>
internal static class ImportTestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Import", name);

    public static BodyCatalog Catalog(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return BodyCatalog.Load(stream, name);
    }

    public static PlanImportResult Import(string name, PlanImportOptions? options = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return PlanImporter.Import(stream, name, options);
    }

    public static PlanImportResult ImportText(string text, PlanImportOptions? options = null) =>
        PlanImporter.Import(new StringReader(text), "test.txt", options);

    /// <summary>How many lines of the file are not blank once emphasis markers are removed.</summary>
    public static int NonBlankLines(string text) => text.Split('\n').Count(l => l.Replace("*", string.Empty, StringComparison.Ordinal).Trim().Length > 0);

    /// <summary>A template on one line: id|clause|kind|frequency|groups|bodies|addressee|via|policy|stated deadline (or -)|inferred.</summary>
    public static string Describe(LaiChau.PlanRules.Plan.ObligationTemplate t) => string.Join('|', t.Id, t.ClausePath, t.Kind, t.Frequency,
        string.Join(',', t.ObligatedGroupIds), string.Join(',', t.ObligatedBodyIds), t.Route?.AddresseeBodyId, t.Route?.ViaBodyId,
        t.DeadlinePolicy, t.StatedDeadline?.Text ?? (t.StatedDeadlines.Count > 0 ? string.Join(" + ", t.StatedDeadlines.Select(d => d.Text)) : "-"), t.IsInferred);
}
