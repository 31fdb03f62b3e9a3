using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Plan.Import;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>
/// The seed round-trips: importing the Lai Châu plan's text (shared/source-documents, copied to TestData) gives the
/// curated embedded plan. Each accepted difference is asserted here with its reason.
/// </summary>
public class PlanImporterSeedTests
{
    private static readonly Lazy<PlanImportResult> Seed = new(() =>
    {
        using var file = File.OpenRead(PlanTestFiles.PathOf(PlanTestFiles.SourceTextFile));
        return PlanImporter.Import(file, PlanTestFiles.SourceTextFile, new PlanImportOptions { UseDeadlinePolicies = true });
    });

    private static PlanDocument Imported => Seed.Value.Plan ?? throw new InvalidOperationException(Seed.Value.PlanLoadError);

    private static PlanDocument Curated => PlanDocument.LaiChau;


    [Fact]
    public void Import_SeedText_LoadsAsAPlan()
    {
        Assert.Null(Seed.Value.PlanLoadError);
        Assert.NotNull(Seed.Value.Plan);
    }

    [Fact]
    public void Import_SeedText_IdentityEqualsCurated()
    {
        Assert.Equal(Curated.Id, Imported.Id);
        Assert.Equal(Curated.IssuerBodyId, Imported.IssuerBodyId);
        Assert.Equal(Curated.IssuerName, Imported.IssuerName);
        Assert.Equal((Curated.KindCode, Curated.KindName, Curated.Title), (Imported.KindCode, Imported.KindName, Imported.Title));
        Assert.Equal((Curated.Number, Curated.SignedOn, Curated.DraftYear, Curated.Place), (Imported.Number, Imported.SignedOn, Imported.DraftYear, Imported.Place));
        Assert.Equal((Curated.Authority, Curated.Position, Curated.Signer), (Imported.Authority, Imported.Position, Imported.Signer));
        // Accepted difference: the note. The curated note describes its curation; the import's says it is a draft to review.
        Assert.NotEqual(Curated.Note, Imported.Note);
    }

    [Fact]
    public void Import_SeedText_ClausePathsKindsAndTextsEqualCurated()
    {
        var expected = Curated.Descendants().Select(c => (c.Path, c.Kind, c.Number, c.Heading, c.Text)).ToList();
        var actual = Imported.Descendants().Select(c => (c.Path, c.Kind, c.Number, c.Heading, c.Text)).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Import_SeedText_LegalBasesEqualCurated_WithCatalogIssuerIds()
    {
        var expected = Curated.LegalBases.Select(b => (b.Number, b.KindName, b.IssuerName, b.Date, b.ShortName, b.IssuerBodyId)).ToList();
        var actual = Imported.LegalBases.Select(b => (b.Number, b.KindName, b.IssuerName, b.Date, b.ShortName, b.IssuerBodyId)).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Import_SeedText_ReferencedDocumentsEqualCurated()
    {
        var expected = Curated.ReferencedDocuments.Select(d => (d.Reference.Number, d.Reference.KindName, d.Reference.IssuerName, d.Reference.Date, (d.Reference.IssuerBodyId), string.Join(",", d.ClausePaths))).ToList();
        var actual = Imported.ReferencedDocuments.Select(d => (d.Reference.Number, d.Reference.KindName, d.Reference.IssuerName, d.Reference.Date, d.Reference.IssuerBodyId, string.Join(",", d.ClausePaths))).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Import_SeedText_RecipientsAndArchiveEqualCurated()
    {
        var expected = Curated.Recipients.Select(r => (r.Text, r.Purpose, (r.BodyId), r.GroupId)).ToList();
        var actual = Imported.Recipients.Select(r => (r.Text, r.Purpose, r.BodyId, r.GroupId)).ToList();

        Assert.Equal(expected, actual);
        Assert.Equal(Curated.Archive, Imported.Archive);
    }

    [Fact]
    public void Import_SeedText_ObligationTemplatesEqualCurated()
    {
        static object Key(ObligationTemplate t) => (t.Id, t.ClausePath, t.Kind, t.Frequency, string.Join(",", t.ObligatedGroupIds), string.Join(",", t.ObligatedBodyIds),
            t.Route?.AddresseeBodyId, t.Route?.ViaBodyId, t.DeadlinePolicy, t.StatedDeadline?.Text, t.IsInferred);

        // Accepted difference: order. The import lists templates in the order of their clauses; the curated file lists the annual report first.
        var expected = Curated.ObligationTemplates.OrderBy(t => t.Id, StringComparer.Ordinal).Select(Key).ToList();
        var actual = Imported.ObligationTemplates.OrderBy(t => t.Id, StringComparer.Ordinal).Select(Key).ToList();
        Assert.Equal(expected, actual);

        // Stated templates quote their duty as the curated ones do. Accepted differences: the descriptions (generated, not
        // curated prose) and the inferred synthesis's basis (the import's reasoning, in English, quoting the same clauses).
        foreach (var t in Curated.ObligationTemplates.Where(t => !t.IsInferred))
        {
            Assert.Equal(t.Basis, Imported.ObligationTemplates.Single(i => i.Id == t.Id).Basis);
        }

        var synthesis = Imported.ObligationTemplates.Single(t => t.Id == "synthesis");
        Assert.Contains("III.1.d4", synthesis.Basis, StringComparison.Ordinal);
        Assert.Contains("III.2.d2", synthesis.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SeedText_AppendixIsTheUnpublishedReference()
    {
        Assert.False(Imported.Appendix.IsPublished);
        Assert.Equal(Curated.Appendix.ClausePath, Imported.Appendix.ClausePath);
        Assert.Empty(Imported.Appendix.Tasks);
    }

    [Fact]
    public void Import_SeedText_EveryLineIsAccountedFor_AndOnlyJudgementCallsAreListed()
    {
        var lines = Seed.Value.Lines;

        Assert.DoesNotContain(lines, l => l.Target == "review");
        Assert.Equal(File.ReadAllLines(PlanTestFiles.PathOf(PlanTestFiles.SourceTextFile)).Count(l => l.Trim().Trim('*').Length > 0), lines.Count);
        // Listed for a person: the issuer (not written above the number line, inferred), the inferred synthesis, and the
        // recipient "Chủ tịch, các PCT UBND tỉnh", which names people, not a body.
        Assert.Equal(["issuer", "synthesis", "recipient"], Seed.Value.Review.Select(r =>
            r.Reason.En.Contains("issuer", StringComparison.Ordinal) ? "issuer" : r.Text == "synthesis" ? "synthesis" : r.Reason.En.Contains("recipient", StringComparison.Ordinal) ? "recipient" : r.Reason.En));
    }

    [Fact]
    public void Import_SeedText_ElementsAreMarkedStatedOrInferred_WithTheirSentence()
    {
        var report = Seed.Value.Elements.Where(e => e.TemplateId == "annual-report").ToDictionary(e => e.Element);

        Assert.True(report["frequency"].IsStated);
        Assert.StartsWith("Định kỳ hàng năm", report["frequency"].Source, StringComparison.Ordinal);
        Assert.True(report["route"].IsStated);
        Assert.Equal("ubnd-tinh via so-noi-vu", report["route"].Value);
        Assert.False(report["deadline"].IsStated); // no date in the text: the host's policy, an assumed deadline
        Assert.All(Seed.Value.Elements.Where(e => e.TemplateId == "synthesis"), e => Assert.False(e.IsStated));
        Assert.False(Seed.Value.Elements.Single(e => e.TemplateId == "study" && e.Element == "frequency").IsStated);
    }

    [Fact]
    public void Import_SeedTextWithoutDeadlinePolicies_WritesNoDeadline()
    {
        using var file = File.OpenRead(PlanTestFiles.PathOf(PlanTestFiles.SourceTextFile));
        var plan = PlanImporter.Import(file, PlanTestFiles.SourceTextFile).Plan!;

        Assert.All(plan.ObligationTemplates, t => Assert.True(t.DeadlinePolicy is null && t.StatedDeadline is null));
    }
}
