using System.Text;
using LaiChau.PlanRules.Documents;

namespace LaiChau.PlanRules.Tests.Documents;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("107/NQ-CP")] // the Government resolution the plan implements
    [InlineData("05/KH-UBND")] // a provincial plan: leading zero below 10
    [InlineData("123/UBND-VX")] // a State công văn: issuer and drafting unit, no type code
    [InlineData("1670/NQ-UBTVQH15")] // issuer code with digits, no year
    [InlineData("06/CT-TTg")] // the Prime Minister's issuer code has a lower-case letter
    [InlineData("123/TTg-KGVX")] // a công văn of the Prime Minister
    [InlineData("05/ĐA-UBND")] // đề án, with Đ
    [InlineData("05/DA-UBND")] // dự án, with D
    [InlineData("09/2019/NĐ-CP")] // the reporting decree: legal normative, with a year
    [InlineData("01/2023/QĐ-UBND")] // a provincial normative decision
    [InlineData("45/2025/NĐ-CP")] // the decree listing provincial departments
    [InlineData("10/2024/TT-BTC")] // a circular
    [InlineData("72/2025/QH15")] // a law: no type code, issuer with digits
    [InlineData("202/2025/QH15")] // a National Assembly resolution numbered like a law
    [InlineData("45-NQ/TW")] // Party resolution of the Central Committee
    [InlineData("20-KH/TW")] // Party plan of the Politburo: the same /TW
    [InlineData("44-CTr/TU")] // mixed-case Party type code
    [InlineData("271-KH/BCSD")] // the plan's spelling of Ban cán sự đảng
    [InlineData("271-KH/BCSĐ")] // the diacritic spelling
    [InlineData("59-CV/TU")] // a Party công văn does use CV
    [InlineData("08-QĐi/TW")] // Party quy định
    [InlineData("36-HD/VPTW")] // the Party's formatting guideline
    public void Parse_Example_RoundTripsToSameText(string text)
    {
        // Act
        var number = DocumentNumber.Parse(text);

        // Assert
        Assert.Equal(text, number.ToString());
    }

    // The tables as FACTS.md §3 lists them, written out here so that a change to the library's table shows up.
    public static TheoryData<string> StateTypeCodes => new()
    {
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr",
        "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
    };

    public static TheoryData<string> PartyTypeCodes => new()
    {
        "NQ", "CT", "QĐ", "QĐi", "KL", "QC", "TT", "HD", "KH", "CTr", "TB", "BC", "TTr", "ĐA", "PA", "BB", "CV",
    };

    public static TheoryData<string> NormativeTypeCodes => new() { "NĐ", "TT", "QĐ", "NQ" };

    [Theory]
    [MemberData(nameof(StateTypeCodes))]
    public void Parse_StateTypeCode_IsTypeCodeAndRoundTrips(string code)
    {
        // Arrange
        var text = $"07/{code}-UBND";

        // Act
        var number = DocumentNumber.Parse(text);

        // Assert
        Assert.Equal(DocumentSystem.State, number.System);
        Assert.Equal(code, number.TypeCode);
        Assert.Equal("UBND", number.IssuerCode);
        Assert.Null(number.UnitCode);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [MemberData(nameof(PartyTypeCodes))]
    public void Parse_PartyTypeCode_IsTypeCodeAndRoundTrips(string code)
    {
        // Arrange
        var text = $"15-{code}/TU";

        // Act
        var number = DocumentNumber.Parse(text);

        // Assert
        Assert.Equal(DocumentSystem.Party, number.System);
        Assert.Equal(code, number.TypeCode);
        Assert.Equal("TU", number.IssuerCode);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [MemberData(nameof(NormativeTypeCodes))]
    public void Parse_NormativeTypeCode_IsTypeCodeAndRoundTrips(string code)
    {
        // Arrange
        var text = $"12/2024/{code}-CP";

        // Act
        var number = DocumentNumber.Parse(text);

        // Assert
        Assert.Equal(DocumentSystem.LegalNormative, number.System);
        Assert.Equal(2024, number.Year);
        Assert.Equal(code, number.TypeCode);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("45-NQ/TW", DocumentSystem.Party, 45, null, "NQ", "TW", null)] // legal basis 1 (Central Committee)
    [InlineData("20-KH/TW", DocumentSystem.Party, 20, null, "KH", "TW", null)] // legal basis 2 (Politburo, same code)
    [InlineData("107/NQ-CP", DocumentSystem.State, 107, null, "NQ", "CP", null)] // legal basis 3 (Government)
    [InlineData("44-CTr/TU", DocumentSystem.Party, 44, null, "CTr", "TU", null)] // legal basis 4 (provincial standing committee)
    [InlineData("271-KH/BCSD", DocumentSystem.Party, 271, null, "KH", "BCSD", null)] // cited in I.3, II.2, III.1: code kept as written
    [InlineData("123/UBND-VX", DocumentSystem.State, 123, null, null, "UBND", "VX")] // công văn: issuer then unit
    [InlineData("09/2019/NĐ-CP", DocumentSystem.LegalNormative, 9, 2019, "NĐ", "CP", null)] // decree with year
    [InlineData("72/2025/QH15", DocumentSystem.LegalNormative, 72, 2025, null, "QH15", null)] // law, no type code
    [InlineData("1670/NQ-UBTVQH15", DocumentSystem.State, 1670, null, "NQ", "UBTVQH15", null)] // no year: State notation
    public void Parse_KnownNumber_HasItsParts(
        string text, DocumentSystem system, int value, int? year, string? typeCode, string issuerCode, string? unitCode)
    {
        // Act
        var number = DocumentNumber.Parse(text);

        // Assert
        Assert.Equal(system, number.System);
        Assert.Equal(value, number.Number);
        Assert.Equal(year, number.Year);
        Assert.Equal(typeCode, number.TypeCode);
        Assert.Equal(issuerCode, number.IssuerCode);
        Assert.Equal(unitCode, number.UnitCode);
    }

    [Theory]
    [InlineData("5/KH-UBND", "05/KH-UBND")] // Decree 30/2020: leading zero below 10
    [InlineData("9/2019/NĐ-CP", "09/2019/NĐ-CP")] // normative numbers too
    [InlineData("5-CT/TW", "05-CT/TW")] // Party numbers start at 01 (Guideline 36-HD/VPTW)
    [InlineData("  107/NQ-CP\t", "107/NQ-CP")] // surrounding white space is not part of the number
    [InlineData("05/ÐA-UBND", "05/ĐA-UBND")] // U+00D0 (Icelandic eth) is a frequent look-alike of Đ
    public void Parse_AcceptedVariant_FormatsCanonically(string text, string expected)
    {
        // Act
        var number = DocumentNumber.Parse(text);

        // Assert
        Assert.Equal(expected, number.ToString());
    }

    [Fact]
    public void Parse_WithAndWithoutLeadingZero_AreEqualRecords()
    {
        // Act
        var withoutZero = DocumentNumber.Parse("5/KH-UBND");
        var withZero = DocumentNumber.Parse("05/KH-UBND");

        // Assert
        Assert.Equal(withZero, withoutZero);
        Assert.Equal(withZero.GetHashCode(), withoutZero.GetHashCode());
    }

    [Theory]
    [InlineData("44-ctr/TU", 3, "did you mean 'CTr'?")] // lower case
    [InlineData("44-CTR/TU", 3, "did you mean 'CTr'?")] // upper case
    [InlineData("05/ctr-UBND", 3, "did you mean 'CTr'?")] // State, lower case
    [InlineData("05/CTR-UBND", 3, "did you mean 'CTr'?")] // State, upper case: not read as an issuer code
    [InlineData("05/QYĐ-UBND", 3, "did you mean 'QyĐ'?")] // quy định
    [InlineData("05/TTR-UBND", 3, "did you mean 'TTr'?")] // tờ trình
    [InlineData("05/Kh-UBND", 3, "did you mean 'KH'?")] // a two-letter code half in lower case
    [InlineData("09/2019/nĐ-CP", 8, "did you mean 'NĐ'?")] // normative
    public void Parse_TypeCodeInWrongCase_ThrowsNamingTheRightSpelling(string text, int position, string hint)
    {
        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(text));

        // Assert
        Assert.Equal(position, error.Position);
        Assert.Contains("case-sensitive", error.Reason);
        Assert.Contains(hint, error.Reason);
    }

    [Fact]
    public void Parse_DStrokeAndD_GiveDifferentNumbers()
    {
        // Act
        var deAn = DocumentNumber.Parse("05/ĐA-UBND");
        var duAn = DocumentNumber.Parse("05/DA-UBND");

        // Assert
        Assert.Equal("ĐA", deAn.TypeCode);
        Assert.Equal("DA", duAn.TypeCode);
        Assert.NotEqual(deAn, duAn);
        Assert.False(deAn.Matches(duAn));
    }

    [Fact]
    public void Parse_NormativeTypeWithDInsteadOfDStroke_Throws()
    {
        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse("09/2019/ND-CP"));

        // Assert
        Assert.Equal(8, error.Position);
        Assert.Contains("'ND' is not a type code of legal normative documents", error.Reason);
    }

    [Fact]
    public void Parse_NfdInput_IsReadAsNfc()
    {
        // Arrange: "Số:" typed in NFD (o + circumflex + acute), as some keyboards and PDF copies produce it.
        var nfd = "Số: 05/KH-UBND".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Số: 05/KH-UBND", nfd);

        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(nfd));

        // Assert: the label is recognised, and the reported input is NFC.
        Assert.Equal("Số: 05/KH-UBND", error.Input);
        Assert.Contains("leave out the label 'Số:'", error.Reason);
    }

    [Fact]
    public void Parse_NfdNumber_EqualsNfcNumber()
    {
        // Arrange
        var nfd = "01/2023/QĐ-UBND".Normalize(NormalizationForm.FormD);

        // Act
        var number = DocumentNumber.Parse(nfd);

        // Assert
        Assert.Equal(DocumentNumber.Parse("01/2023/QĐ-UBND"), number);
        Assert.True(number.ToString().IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Matches_BcsdAndBcsdStroke_AreTheSameIssuer()
    {
        // Arrange
        var plain = DocumentNumber.Parse("271-KH/BCSD");
        var withStroke = DocumentNumber.Parse("271-KH/BCSĐ");

        // Act
        var matches = plain.Matches(withStroke);
        var reverse = withStroke.Matches(plain);

        // Assert: alias-aware equality, while record equality stays exact and the spelling is kept.
        Assert.True(matches);
        Assert.True(reverse);
        Assert.NotEqual(plain, withStroke);
        Assert.Equal("271-KH/BCSD", plain.ToString());
    }

    [Theory]
    [InlineData("271-KH/BCSD", "272-KH/BCSĐ")] // another number
    [InlineData("271-KH/BCSD", "271-CTr/BCSĐ")] // another type
    [InlineData("45-NQ/TW", "45/NQ-TW")] // same parts, another notation (Party vs State)
    [InlineData("123/UBND-VX", "123/UBND-KT")] // another drafting unit
    [InlineData("09/2019/NĐ-CP", "09/2020/NĐ-CP")] // another year
    [InlineData("05/KH-UBND", "05/KH-UBNĐ")] // only the listed aliases are aliases: D is not Đ in general
    public void Matches_DifferentNumbers_ReturnsFalse(string left, string right)
    {
        // Act
        var matches = DocumentNumber.Parse(left).Matches(DocumentNumber.Parse(right));

        // Assert
        Assert.False(matches);
    }

    [Fact]
    public void Matches_Null_Throws()
    {
        // Arrange
        var number = DocumentNumber.Parse("107/NQ-CP");

        // Act + Assert
        Assert.Throws<ArgumentNullException>(() => number.Matches(null!));
    }

    public static TheoryData<string, int, string> MalformedNumbers => new()
    {
        { "", 0, "the text is empty" }, // nothing
        { "   ", 0, "the text is empty" }, // only white space
        { "107", 3, "expected '/' after the number" }, // number alone
        { "107/", 4, "expected a type code or issuer code after '/'" }, // cut after the slash
        { "/NQ-CP", 0, "expected the document number (digits) before '/'" }, // number missing
        { "107/nq-cp", 4, "'nq' is not a State type code (type codes are case-sensitive: did you mean 'NQ'?)" }, // lower case
        { "45/NQ/TW", 5, "expected '-' after 'NQ', found '/' (Party numbers are written number-TYPE/ISSUER, e.g. 45-NQ/TW)" }, // Party number with a State slash
        { "0/KH-UBND", 0, "the number must be 1 or more" }, // numbering starts at 01
        { "abc", 0, "expected the document number (digits), found 'a'" }, // not a number at all
        { new string('7', 300), 100, "the text is 300 characters long; a document number has at most 100" }, // too long
        { "107-NQ-CP", 3, "expected '/' after the number" }, // hyphens only
        { "12/CV-UBND", 3, "'CV' is not a State type code" }, // CV is a Party code only
        { "005/KH-UBND", 0, "superfluous leading zero" }, // two zeros
        { "010/KH-UBND", 0, "superfluous leading zero" }, // a zero before 10
        { "1234567890/KH-UBND", 0, "more than 9 digits" }, // would overflow
        { "107/NQ", 6, "expected '-' and the issuer code after the type code 'NQ'" }, // issuer missing
        { "123/UBND", 8, "expected '-' and a second code after 'UBND'" }, // công văn without unit
        { "45-NQ", 5, "expected '/' and the issuer code after the Party type code 'NQ'" }, // Party issuer missing
        { "45-NQ/TW/", 8, "unexpected '/' after 'TW'" }, // trailing slash
        { "45-NQ/", 6, "expected the issuer code after '/', found the end of the text" }, // Party cut after slash
        { "44-XY/TU", 3, "'XY' is not a Party type code" }, // unknown Party type
        { "09/19/NĐ-CP", 3, "the year must have four digits" }, // two-digit year
        { "09/1899/NĐ-CP", 3, "the year 1899 is before 1945" }, // implausible year
        { "09/2019/NĐ", 10, "expected '-' and the issuer code after the type code 'NĐ'" }, // normative issuer missing
        { "09/2019", 7, "expected '/' and the symbol after the year" }, // normative symbol missing
        { "72/2025/qh15", 8, "the issuer code 'qh15' must begin with a capital letter" }, // lower-case issuer
        { "05/KH-ubnd", 6, "the issuer code 'ubnd' must begin with a capital letter" }, // lower-case issuer
        { "05/KH-UBND-VX", 10, "numbers of joint issuers are not supported" }, // a third code
        { "05/KH UBND", 5, "unexpected ' ' (a space) after 'KH'" }, // space instead of hyphen
        { "05/KH-ỦBND", 6, "expected a code after '-', found 'Ủ'" }, // diacritics are not code letters
        { "Số: 05/KH-UBND", 0, "leave out the label 'Số:'" }, // the label copied with the number
    };

    [Theory]
    [MemberData(nameof(MalformedNumbers))]
    public void Parse_MalformedText_ThrowsSayingWhatAndWhere(string text, int position, string reason)
    {
        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(text));

        // Assert
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Reason);
        Assert.Contains(reason, error.Message);
        Assert.EndsWith($"at position {position}", error.Message);
    }

    [Theory]
    [MemberData(nameof(MalformedNumbers))]
    public void TryParse_MalformedText_ReturnsFalse(string text, int position, string reason)
    {
        // Act
        var parsed = DocumentNumber.TryParse(text, out var number);

        // Assert (position and reason are checked by Parse_MalformedText_ThrowsSayingWhatAndWhere)
        Assert.False(parsed, $"'{text}' parsed although it fails at {position}: {reason}");
        Assert.Null(number);
    }

    [Fact]
    public void Parse_UnpairedSurrogate_Throws()
    {
        // Arrange: kept out of the theory rows, which test runners serialise as text.
        var text = "\uD800/KH-UBND";

        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(text));

        // Assert
        Assert.Equal(0, error.Position);
        Assert.Contains("not valid Unicode", error.Reason);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        // Act
        var parsed = DocumentNumber.TryParse(null, out var number);

        // Assert
        Assert.False(parsed);
        Assert.Null(number);
    }

    [Fact]
    public void TryParse_ValidText_ReturnsTheNumber()
    {
        // Act
        var parsed = DocumentNumber.TryParse("44-CTr/TU", out var number);

        // Assert
        Assert.True(parsed);
        Assert.Equal(DocumentNumber.Parse("44-CTr/TU"), number);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>(() => DocumentNumber.Parse(null!));
    }
}
