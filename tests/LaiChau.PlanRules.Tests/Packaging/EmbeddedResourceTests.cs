using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using LaiChau.PlanRules.Compliance;

namespace LaiChau.PlanRules.Tests.Packaging;

/// <summary>
/// What the package must carry inside or beside the library's DLL: the embedded data the library loads by
/// itself, and the XML documentation users see in their editor. .ci/package-check checks the packed .nupkg.
/// </summary>
public class EmbeddedResourceTests
{
    private static readonly Assembly Library = typeof(ComplianceEvaluator).Assembly;

    [Theory]
    [InlineData("LaiChau.PlanRules.Data.lai-chau-plan.json")] // PlanDocument.LaiChau
    [InlineData("LaiChau.PlanRules.Data.lai-chau-bodies.json")] // BodyCatalog.LaiChau
    [InlineData("LaiChau.PlanRules.Data.vietnam-working-days.json")] // WorkingDayCalendar.Vietnam
    [InlineData("LaiChau.PlanRules.Data.plan-import-vocabulary.json")] // PlanImporter
    public void LibraryAssembly_DataFile_IsManifestResourceHoldingJsonObject(string name)
    {
        Assert.Contains(name, Library.GetManifestResourceNames());

        using var stream = Library.GetManifestResourceStream(name);
        Assert.NotNull(stream);
        using var json = JsonDocument.Parse(stream);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.True(json.RootElement.TryGetProperty("schemaVersion", out _), $"{name} has no schemaVersion");
    }

    [Fact]
    public void LibraryAssembly_XmlDocumentation_IsProducedBesideTheDll()
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");

        Assert.True(File.Exists(path), $"No XML documentation at {path}");
        var doc = XDocument.Load(path);
        Assert.Equal("LaiChau.PlanRules", doc.Root?.Element("assembly")?.Element("name")?.Value);
        var members = doc.Descendants("member").Select(m => (string?)m.Attribute("name")).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("T:LaiChau.PlanRules.Compliance.ComplianceEvaluator", members);
        Assert.Contains("T:LaiChau.PlanRules.Compliance.ComplianceMonitor", members);
        Assert.Contains("M:Microsoft.Extensions.DependencyInjection.PlanRulesServiceCollectionExtensions.AddPlanRules(Microsoft.Extensions.DependencyInjection.IServiceCollection)", members);
    }
}
