using System.Text;
using LaiChau.PlanRules.Documents;

namespace LaiChau.PlanRules.Tests.Documents;

public sealed class DocumentReferenceTests
{
    // The plan's four legal bases ("Căn cứ") and the plan 271-KH/BCSD it refers to, as the plan cites them.
    public static TheoryData<string, string, string, string, DateOnly, string> PlanCitations => new()
    {
        {
            "Nghị quyết số 45-NQ/TW ngày 24/11/2023", "Ban Chấp hành Trung ương", "45-NQ/TW", "Nghị quyết",
            new DateOnly(2023, 11, 24), "Nghị quyết số 45-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương"
        },
        {
            "Kế hoạch số 20-KH/TW ngày 28/11/2023", "Bộ Chính trị", "20-KH/TW", "Kế hoạch",
            new DateOnly(2023, 11, 28), "Kế hoạch số 20-KH/TW ngày 28 tháng 11 năm 2023 của Bộ Chính trị"
        },
        {
            "Nghị quyết số 107/NQ-CP ngày 09/7/2024", "Chính phủ", "107/NQ-CP", "Nghị quyết",
            new DateOnly(2024, 7, 9), "Nghị quyết số 107/NQ-CP ngày 09 tháng 7 năm 2024 của Chính phủ"
        },
        {
            "Chương trình hành động số 44-CTr/TU ngày 28/3/2024", "Ban Thường vụ Tỉnh ủy", "44-CTr/TU", "Chương trình hành động",
            new DateOnly(2024, 3, 28), "Chương trình hành động số 44-CTr/TU ngày 28 tháng 3 năm 2024 của Ban Thường vụ Tỉnh ủy"
        },
        {
            "Kế hoạch số 271-KH/BCSD ngày 27/5/2024", "Ban cán sự đảng UBND tỉnh", "271-KH/BCSD", "Kế hoạch",
            new DateOnly(2024, 5, 27), "Kế hoạch số 271-KH/BCSD ngày 27 tháng 5 năm 2024 của Ban cán sự đảng UBND tỉnh"
        },
    };

    [Theory]
    [MemberData(nameof(PlanCitations))]
    public void ParseCitation_PlanCitation_HasItsPartsAndFormatsBack(
        string citation, string issuerName, string number, string kindName, DateOnly date, string fullCitation)
    {
        // Act
        var reference = DocumentReference.ParseCitation(citation, issuerName);

        // Assert
        Assert.Equal(number, reference.Number.ToString());
        Assert.Equal(kindName, reference.KindName);
        Assert.Equal(issuerName, reference.IssuerName);
        Assert.Equal(date, reference.Date);
        Assert.Null(reference.ShortName);
        Assert.Equal(citation, reference.ToCitation());
        Assert.Equal(fullCitation, reference.ToFullCitation());
    }

    [Theory]
    [MemberData(nameof(PlanCitations))]
    public void ParseCitation_FullCitation_RoundTrips(
        string citation, string issuerName, string number, string kindName, DateOnly date, string fullCitation)
    {
        // Act
        var reference = DocumentReference.ParseCitation(fullCitation, issuerName);

        // Assert (the other parts are checked by ParseCitation_PlanCitation_HasItsPartsAndFormatsBack)
        Assert.Equal(DocumentReference.ParseCitation(citation, issuerName), reference);
        Assert.Equal(fullCitation, reference.ToFullCitation());
        Assert.Equal((number, kindName, date), (reference.Number.ToString(), reference.KindName, reference.Date!.Value));
    }

    [Fact]
    public void ToCitation_WithDate_UsesShortDate()
    {
        // Arrange
        var reference = new DocumentReference(DocumentNumber.Parse("107/NQ-CP"), "Nghị quyết", "Chính phủ", new DateOnly(2024, 7, 9));

        // Act
        var citation = reference.ToCitation();
        var full = reference.ToFullCitation();

        // Assert
        Assert.Equal("Nghị quyết số 107/NQ-CP ngày 09/7/2024", citation);
        Assert.Equal("Nghị quyết số 107/NQ-CP ngày 09 tháng 7 năm 2024 của Chính phủ", full);
        Assert.Equal(citation, reference.ToString());
    }

    [Fact]
    public void ToCitation_WithoutDate_LeavesTheDateOut()
    {
        // Arrange
        var reference = new DocumentReference(DocumentNumber.Parse("107/NQ-CP"), "Nghị quyết", "Chính phủ", null);

        // Act
        var citation = reference.ToCitation();
        var full = reference.ToFullCitation();

        // Assert
        Assert.Equal("Nghị quyết số 107/NQ-CP", citation);
        Assert.Equal("Nghị quyết số 107/NQ-CP của Chính phủ", full);
    }

    [Fact]
    public void ToCitation_ShortNumber_WritesLeadingZero()
    {
        // Arrange
        var reference = new DocumentReference(DocumentNumber.Parse("5/KH-UBND"), "Kế hoạch", "UBND tỉnh Lai Châu", new DateOnly(2025, 2, 5));

        // Act
        var full = reference.ToFullCitation();

        // Assert
        Assert.Equal("Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm 2025 của UBND tỉnh Lai Châu", full);
    }

    [Theory]
    [InlineData("Nghị quyết số 107/NQ-CP ngày 09 tháng 7 năm 2024")] // the date in words
    [InlineData("Nghị quyết số 107/NQ-CP ngày 9/7/2024")] // no leading zero on the day
    [InlineData("Nghị quyết số 107/NQ-CP ngày 09/07/2024")] // the UI date form
    [InlineData("Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ")] // with the issuer, matching
    [InlineData("  Nghị  quyết   số 107/NQ-CP  ngày 09/7/2024 ")] // extra white space
    public void ParseCitation_DateForms_GiveTheSameReference(string text)
    {
        // Act
        var reference = DocumentReference.ParseCitation(text, "Chính phủ");

        // Assert
        Assert.Equal("Nghị quyết số 107/NQ-CP ngày 09/7/2024", reference.ToCitation());
    }

    [Fact]
    public void ParseCitation_NfdText_GivesNfcKindName()
    {
        // Arrange
        var nfd = "Nghị quyết số 107/NQ-CP ngày 09 tháng 7 năm 2024".Normalize(NormalizationForm.FormD);
        var nfdIssuer = "Chính phủ".Normalize(NormalizationForm.FormD);

        // Act
        var reference = DocumentReference.ParseCitation(nfd, nfdIssuer);

        // Assert
        Assert.Equal("Nghị quyết", reference.KindName);
        Assert.Equal("Chính phủ", reference.IssuerName);
        Assert.Equal(new DateOnly(2024, 7, 9), reference.Date);
    }

    [Fact]
    public void ParseCitation_WithoutSo_TakesWordsBeforeTheNumber()
    {
        // Act: the plan's III.1 writes "Kế hoạch 271-KH/BCSD của Ban cán sự đảng UBND tỉnh".
        var reference = DocumentReference.ParseCitation("Kế hoạch 271-KH/BCSD của Ban cán sự đảng UBND tỉnh", "Ban cán sự đảng UBND tỉnh");

        // Assert
        Assert.Equal("Kế hoạch", reference.KindName);
        Assert.Equal("271-KH/BCSD", reference.Number.ToString());
        Assert.Null(reference.Date);
        Assert.Equal("Kế hoạch số 271-KH/BCSD", reference.ToCitation());
    }

    [Theory]
    [InlineData("số 107/NQ-CP ngày 09/7/2024", 0, "expected the kind of document")] // no kind name
    [InlineData("107/NQ-CP", 0, "expected the kind of document")] // a bare number
    [InlineData("Nghị quyết số", 13, "expected the document number after 'số'")] // number missing
    [InlineData("Nghị quyết", 10, "expected 'số' and the document number")] // no number at all
    [InlineData("", 0, "the citation is empty")] // nothing
    [InlineData("Nghị quyết số 107-NQ-CP ngày 09/7/2024", 17, "expected '/' after the number")] // position inside the citation
    [InlineData("Nghị quyết số 107/NQ-CP ngày", 28, "expected a date after 'ngày'")] // date missing
    [InlineData("Nghị quyết số 107/NQ-CP ngày 30/02/2025", 29, "'30/02/2025' is not a date that exists")] // impossible date
    [InlineData("Nghị quyết số 107/NQ-CP ngày 2024-07-09", 29, "expected a date such as 09/7/2024")] // ISO date
    [InlineData("Nghị quyết số 107/NQ-CP ngày 09/7/2024 về việc ban hành", 39, "unexpected 'về'")] // subject not cut off
    [InlineData("Nghị quyết số 107/NQ-CP ngày 09/7/2024 của", 42, "expected the issuer's name after 'của'")] // issuer missing
    [InlineData("Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Quốc hội", 43, "names the issuer 'Quốc hội', but 'Chính phủ' was given")] // issuer conflict
    public void ParseCitation_Malformed_ThrowsSayingWhatAndWhere(string text, int position, string reason)
    {
        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentReference.ParseCitation(text, "Chính phủ"));

        // Assert
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Reason);
        Assert.Equal(text, error.Input);
    }

    [Fact]
    public void ParseCitation_BlankIssuerName_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(() => DocumentReference.ParseCitation("Nghị quyết số 107/NQ-CP", " "));
    }

    [Fact]
    public void Constructor_BlankKindName_Throws()
    {
        // Arrange
        var number = DocumentNumber.Parse("107/NQ-CP");

        // Act
        var error = Assert.Throws<ArgumentException>(() => new DocumentReference(number, " ", "Chính phủ", null));

        // Assert
        Assert.Equal("KindName", error.ParamName);
    }

    [Fact]
    public void Constructor_NullNumber_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>(() => new DocumentReference(null!, "Nghị quyết", "Chính phủ", null));
    }

    [Fact]
    public void Constructor_EmptyShortName_Throws()
    {
        // Arrange
        var number = DocumentNumber.Parse("45-NQ/TW");

        // Act
        var error = Assert.Throws<ArgumentException>(() => new DocumentReference(number, "Nghị quyết", "Ban Chấp hành Trung ương", null, ""));

        // Assert
        Assert.Equal("ShortName", error.ParamName);
    }

    [Fact]
    public void With_BlankIssuerName_Throws()
    {
        // Arrange
        var reference = new DocumentReference(DocumentNumber.Parse("45-NQ/TW"), "Nghị quyết", "Ban Chấp hành Trung ương", null);

        // Act
        var error = Assert.Throws<ArgumentException>(() => reference with { IssuerName = "" });

        // Assert: a copy is validated like a new reference.
        Assert.Equal("IssuerName", error.ParamName);
    }

    [Fact]
    public void Constructor_NfdNames_AreStoredInNfc()
    {
        // Arrange
        var number = DocumentNumber.Parse("45-NQ/TW");
        var nfdKind = "Nghị quyết".Normalize(NormalizationForm.FormD);
        var nfdShort = "Nghị quyết số 45-NQ/TW".Normalize(NormalizationForm.FormD);

        // Act
        var reference = new DocumentReference(number, nfdKind, "Bộ Chính trị".Normalize(NormalizationForm.FormD), null, nfdShort);

        // Assert
        Assert.Equal("Nghị quyết", reference.KindName);
        Assert.Equal("Bộ Chính trị", reference.IssuerName);
        Assert.Equal("Nghị quyết số 45-NQ/TW", reference.ShortName);
    }

    [Fact]
    public void IssuerName_SameCodeForDifferentBodies_IsKeptAsGiven()
    {
        // Act: /TW is the Central Committee in 45-NQ/TW and the Politburo in 20-KH/TW.
        var resolution = DocumentReference.ParseCitation("Nghị quyết số 45-NQ/TW", "Ban Chấp hành Trung ương");
        var plan = DocumentReference.ParseCitation("Kế hoạch số 20-KH/TW", "Bộ Chính trị");

        // Assert
        Assert.Equal(resolution.Number.IssuerCode, plan.Number.IssuerCode);
        Assert.Equal("Ban Chấp hành Trung ương", resolution.IssuerName);
        Assert.Equal("Bộ Chính trị", plan.IssuerName);
    }
}
