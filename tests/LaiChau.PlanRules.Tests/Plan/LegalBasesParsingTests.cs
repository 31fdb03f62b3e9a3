using LaiChau.PlanRules.Documents;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

/// <summary>The plan's legal bases and referenced documents parse into their parts with the document-number grammars.</summary>
public class LegalBasesParsingTests
{
    [Theory]
    // The four Căn cứ documents, in order.
    [InlineData(0, DocumentSystem.Party, 45, "NQ", "TW", "Nghị quyết số 45-NQ/TW ngày 24/11/2023")]
    [InlineData(1, DocumentSystem.Party, 20, "KH", "TW", "Kế hoạch số 20-KH/TW ngày 28/11/2023")]
    [InlineData(2, DocumentSystem.State, 107, "NQ", "CP", "Nghị quyết số 107/NQ-CP ngày 09/7/2024")]
    [InlineData(3, DocumentSystem.Party, 44, "CTr", "TU", "Chương trình hành động số 44-CTr/TU ngày 28/3/2024")]
    public void LegalBasis_ParsesIntoItsParts(int index, DocumentSystem system, int number, string type, string issuer, string citation)
    {
        var reference = PlanDocument.LaiChau.LegalBases[index].ToDocumentReference();

        Assert.Equal(system, reference.Number.System);
        Assert.Equal(number, reference.Number.Number);
        Assert.Equal(type, reference.Number.TypeCode);
        Assert.Equal(issuer, reference.Number.IssuerCode);
        Assert.Equal(citation, reference.ToCitation());
    }

    [Fact]
    public void ReferencedDocument_271KhBcsd_ParsesAndIsNotALegalBasis()
    {
        var plan = PlanDocument.LaiChau;

        var referenced = Assert.Single(plan.ReferencedDocuments, r => r.Reference.Number == "271-KH/BCSD");
        var parsed = referenced.Reference.ToDocumentReference();
        Assert.Equal(271, parsed.Number.Number);
        Assert.True(parsed.Number.Matches(DocumentNumber.Parse("271-KH/BCSĐ")));
        Assert.DoesNotContain(plan.LegalBases, b => b.Number == "271-KH/BCSD");
    }
}
