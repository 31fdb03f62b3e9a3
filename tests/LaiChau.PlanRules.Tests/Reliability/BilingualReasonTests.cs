using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Plan.Import;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Vietnamese is the users' language: an input error's reason and message are Vietnamese by default, and English on
/// request (<see cref="PlanRulesInputException.LocalizedReason"/>, <see cref="PlanRulesInputException.GetMessage"/>).
/// The sweeps read the invalid inputs the suite already makes (the malformed-input generator, bad CSV registers, plan
/// texts, evidence found wrong when evaluated) and check every refusal the library gives; the fuzz test
/// (<see cref="MalformedInputTests"/>) and the hostile inputs (<c>HostileInputTests</c>) check it on theirs too.
/// </summary>
public partial class BilingualReasonTests
{
    [Fact]
    public void Message_JsonLocation_IsVietnameseByDefaultAndEnglishOnRequest()
    {
        var e = new PlanRulesInputException(new LocalizedText("Kỳ báo cáo không hợp lệ.", "The period is not valid."), "evidence.json", "reports[3].period", 3, 5);

        Assert.Equal("Kỳ báo cáo không hợp lệ.", e.Reason);
        Assert.Equal("The period is not valid.", e.LocalizedReason.En);
        Assert.Equal("evidence.json, $.reports[3].period, dòng 3, cột 5: Kỳ báo cáo không hợp lệ.", e.Message);
        Assert.Equal(e.Message, e.GetMessage("vi"));
        Assert.Equal(e.Message, e.GetMessage(null));
        Assert.Equal("evidence.json, $.reports[3].period, line 3, column 5: The period is not valid.", e.GetMessage("en"));
        Assert.Equal("evidence.json, $.reports[3].period, line 3, column 5: The period is not valid.", e.GetMessage("EN"));
    }

    [Fact]
    public void Message_LineWithoutColumnAndRootPath_KeepTheirShapeInBothLanguages()
    {
        var e = new PlanRulesInputException(new LocalizedText("Tệp trống.", "The file is empty."), "a.json", string.Empty, 7);

        Assert.Equal("a.json, $, dòng 7: Tệp trống.", e.Message);
        Assert.Equal("a.json, $, line 7: The file is empty.", e.GetMessage("en"));
    }

    [Fact]
    public void Message_NoLocation_IsTheReasonAlone()
    {
        var e = new PlanRulesInputException(new LocalizedText("Tệp trống.", "The file is empty."));

        Assert.Equal("Tệp trống.", e.Message);
        Assert.Equal("The file is empty.", e.GetMessage("en"));
    }

    [Fact]
    public void Message_ControlCharactersInEitherLanguage_AreEscapedToOneLine()
    {
        var e = new PlanRulesInputException(new LocalizedText("Mã 'a\nb' sai.", "The id 'a\nb' is wrong."), "x.json", "id", 2, 3);

        Assert.Equal("x.json, $.id, dòng 2, cột 3: Mã 'a\\nb' sai.", e.Message);
        Assert.Equal("x.json, $.id, line 2, column 3: The id 'a\\nb' is wrong.", e.GetMessage("en"));
        Assert.Equal("Mã 'a\nb' sai.", e.Reason); // the reason keeps the input's characters as found
    }

    [Fact]
    public void Constructor_OneLanguageOnly_GivesThatTextInBoth()
    {
        var e = new PlanRulesInputException("không tìm thấy tệp.", "a.json");

        Assert.Equal(e.LocalizedReason.Vi, e.LocalizedReason.En);
        Assert.Equal("a.json: không tìm thấy tệp.", e.GetMessage("en"));
    }

    [Fact]
    public void WithFileName_KeepsBothLanguagesAndTheLocation()
    {
        var e = new PlanRulesInputException(new LocalizedText("Lý do.", "Reason."), jsonPath: "asOf", lineNumber: 3, linePosition: 9).WithFileName("e.json");

        Assert.Equal("e.json, $.asOf, dòng 3, cột 9: Lý do.", e.Message);
        Assert.Equal("e.json, $.asOf, line 3, column 9: Reason.", e.GetMessage("en"));
    }

    [Fact]
    public void Csv_RowAndColumn_AreVietnameseByDefaultAndEnglishOnRequest()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => ReadRegister("Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở Y tế\n2,16/12/2025,Sở Không Có\n"));

        Assert.Equal(3, e.CsvRow);
        Assert.StartsWith("so-den.csv, hàng 3, cột Tác giả, dòng 3: 'Sở Không Có' không khớp với cơ quan, đơn vị nào trong danh mục", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("so-den.csv, hàng 3, cột Tác giả, dòng 3: 'Sở Không Có' không khớp", e.GetMessage("vi"), StringComparison.Ordinal);
        Assert.StartsWith("so-den.csv, row 3, column Tác giả, line 3: 'Sở Không Có' matches no body of the catalog", e.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WholeRowError_NamesTheRowInBothLanguages()
    {
        var e = Assert.Throws<PlanRulesInputException>(() => ReadRegister("Số đến,Ngày đến\n1,16/12/2025\n"));

        Assert.Null(e.CsvColumn);
        Assert.StartsWith("so-den.csv, hàng 1, dòng 1: Dòng tiêu đề thiếu cột 'Tác giả'", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("so-den.csv, row 1, line 1: The header has no 'Tác giả' column", e.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_GeneratedMalformedFiles_EveryRefusalIsInVietnameseAndEnglish()
    {
        var generator = new MalformedInputGenerator(20_261_107);
        var refused = 0;
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < 3_000; i++)
        {
            var c = generator.Next(i);
            var name = string.Create(CultureInfo.InvariantCulture, $"case-{i}.json");
            try
            {
                Read(c.Kind, c.Bytes, name);
            }
            catch (PlanRulesInputException e)
            {
                refused++;
                kinds.Add(Shape(e.LocalizedReason.En));
                if (LanguageProblem(e) is { } p) problems.Add($"{c}: {p}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(refused > 1_000, $"only {refused} of 3,000 generated cases were refused");
        Assert.True(kinds.Count > 40, $"only {kinds.Count} kinds of reason were seen");
    }

    [Theory]
    [InlineData("Số đến,Ngày đến\n1,16/12/2025\n")] // a required column missing
    [InlineData("Số đến,Ngày đến,Tác giả,Màu sắc\n1,16/12/2025,Sở Y tế,đỏ\n")] // an unknown column
    [InlineData("Số đến,Ngày đến,Tác giả,So den\n1,16/12/2025,Sở Y tế,2\n")] // the same column twice
    [InlineData("Số đến,Ngày đến,Tác giả\n1,16/12/2025,\"Sở Y tế\n")] // an unclosed quote
    [InlineData("Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở \"Y\" tế\n")] // a quote inside an unquoted field
    [InlineData("Số đến,Ngày đến,Tác giả\n1,16/12/2025\"x\",Sở Y tế\n")] // text after a closing quote
    [InlineData("Số đến,Ngày đến,Tác giả\n1,30/02/2025,Sở Y tế\n")] // no such day
    [InlineData("Số đến,Ngày đến,Tác giả\n1,,Sở Y tế\n")] // an empty date
    [InlineData("Số đến,Ngày đến,Tác giả\n,16/12/2025,Sở Y tế\n")] // an empty number
    [InlineData("Số đến,Ngày đến,Tác giả\n7,16/12/2025,Sở Y tế\n7,17/12/2025,Sở Tư pháp\n")] // a number used twice
    [InlineData("Số đến,Ngày đến,Giờ đến,Tác giả\n1,16/12/2025,25h,Sở Y tế\n")] // not a time
    [InlineData("Số đến,Ngày đến,Tác giả,Kỳ báo cáo\n1,16/12/2025,Sở Y tế,năm ngoái\n")] // not a period
    [InlineData("Số đến,Ngày đến,Tác giả,Kỳ báo cáo\n1,16/12/2025,Sở Y tế,Quý II/1800\n")] // a period out of range
    [InlineData("Số đến,Ngày đến,Tác giả,Nơi gửi đến\n1,16/12/2025,Sở Y tế,Bộ Không Có\n")] // an unknown addressee
    [InlineData("Số đến,Ngày đến,Tác giả,Hình thức gửi\n1,16/12/2025,Sở Y tế,bồ câu\n")] // an unknown means
    [InlineData("")] // an empty file
    [InlineData("Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở Y tế\0\n")] // NUL bytes
    public void Sweep_BadRegisters_TheRefusalIsInVietnameseAndEnglish(string csv)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => ReadRegister(csv));

        Assert.Null(LanguageProblem(e));
    }

    [Fact]
    public void Sweep_RegisterNotUtf8OrOverTheLimitOrOfAnUnknownBody_TheRefusalIsInVietnameseAndEnglish()
    {
        var catalog = BodyCatalog.LaiChau;
        var errors = new[]
        {
            Record.Exception(() => IncomingRegisterCsv.Read(new MemoryStream([0x53, 0xC3, 0x28, 0x0A]), "a.csv", new() { Catalog = catalog, RegisterOf = "so-noi-vu", Period = 2025 })),
            Record.Exception(() => IncomingRegisterCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 2_000))), "a.csv", new() { Catalog = catalog, RegisterOf = "so-noi-vu", Period = 2025, MaxBytes = 100 })),
            Record.Exception(() => IncomingRegisterCsv.Read(new MemoryStream("Số đến,Ngày đến,Tác giả\n"u8.ToArray()), "a.csv", new() { Catalog = catalog, RegisterOf = "so-khong-co", Period = 2025 })),
        };

        Assert.All(errors, e => Assert.Null(LanguageProblem(Assert.IsType<PlanRulesInputException>(e))));
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("Kính gửi: Các sở, ban, ngành tỉnh\nĐề nghị các cơ quan báo cáo trước ngày 10/12/2025.\nTrân trọng./.")] // a letter
    [InlineData("KẾ HOẠCH\nTriển khai công tác năm 2025\nKhông có mục nào.")] // a kind line, no sections
    public void Sweep_TextsThatAreNoPlan_TheRefusalIsInVietnameseAndEnglish(string text)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => PlanImporter.Import(new StringReader(text), "plan.txt"));

        Assert.Null(LanguageProblem(e));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "asOf": "2025-12-20", "plan": { "number": "số 5", "signedOn": "2024-10-15" } }""")] // not a document number
    [InlineData("""{ "schemaVersion": 1, "asOf": "2025-12-20", "plan": { "signedOn": "2024-10-15" }, "reports": [ { "id": "R1", "body": "so-khong-co", "period": 2024, "receivedAt": "2024-12-16" } ] }""")] // an unknown body
    [InlineData("""{ "schemaVersion": 1, "asOf": "2025-12-20", "plan": { "signedOn": "2024-10-15" }, "reports": [ { "id": "R1", "body": "so-y-te", "period": 2024, "receivedAt": "2024-12-16", "half": 3 } ] }""")] // a half out of range
    [InlineData("""{ "schemaVersion": 1, "asOf": "2025-12-20", "plan": { "signedOn": "2024-10-15" }, "policy": { "workingWeekendDays": [ { "date": "2025-01-01", "reasonVi": "Bù" } ] } }""")] // a Wednesday as a weekend day
    [InlineData("""{ "schemaVersion": 1, "asOf": "2025-12-20", "planId": "khac" }""")] // another plan
    [InlineData("""{ "schemaVersion": 1, "asOf": "2025-12-20", "policy": { "firstYear": 2026, "lastYear": 2025 } }""")] // first year after last
    [InlineData("""{ "schemaVersion": 1, "asOf": "2025-12-20", "plan": { "signedOn": "2024-10-15" }, "reports": [ { "id": "R1", "body": "so-y-te", "period": 2024, "receivedAt": "2024-12-16" }, { "id": "R1", "body": "so-y-te", "period": 2024, "receivedAt": "2024-12-17" } ] }""")] // an id used twice
    public void Sweep_EvidenceFoundWrongWhenEvaluated_TheRefusalIsInVietnameseAndEnglish(string json)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => ComplianceEvaluator.Create().Evaluate(EvidenceReader.Parse(json, "evidence.json")));

        Assert.Null(LanguageProblem(e));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "t1", "title": "Nhiệm vụ", "lead": "so-y-te", "timing": "sớm" } ] }""",
        "'sớm' không phải là thời hạn hoàn thành hợp lệ: đây không phải là cách ghi mà thư viện đọc được", "'sớm' is not a completion time: it is not a form this library reads")]
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "t1", "title": "Nhiệm vụ", "lead": "so-y-te", "timing": "Quý V/2025" } ] }""",
        "không có quý 'V': quý là I, II, III hoặc IV", "there is no quarter 'V'")]
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "t1", "title": "Nhiệm vụ", "lead": "so-y-te", "timing": "Thường xuyên" } ], }""",
        "Đối tượng JSON có dấu phẩy thừa ở cuối.", "The JSON object contains a trailing comma at the end.")]
    [InlineData("""{ "schemaVersion": 1, "isPublished": true, "tasks": [ { "id": "t1" "title": "Nhiệm vụ" } ] }""",
        "Ký tự '\"' không hợp lệ sau một giá trị; cần ',', '}' hoặc ']'.", "'\"' is invalid after a value")]
    [InlineData("""{ "schemaVersion": 1, "isPublished": "yes" }""",
        "Ở đây cần true hoặc false, không phải 'yes'.", "Could not convert string to boolean: yes.")]
    public void Reason_ParserAndTimingErrors_AreSaidInVietnamese(string json, string vi, string en)
    {
        var e = Assert.Throws<PlanRulesInputException>(() => PlanAppendix.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "appendix.json"));

        Assert.Contains(vi, e.Reason, StringComparison.Ordinal);
        Assert.Contains(en, e.LocalizedReason.En, StringComparison.Ordinal);
        // Nothing of the parser's own settings reaches the person fixing the file.
        Assert.DoesNotContain("reader options", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Null(LanguageProblem(e));
    }

    [Fact]
    public void Reason_AValueAPublicConstructorRefuses_IsSaidInVietnameseAndTheConstructorStillThrowsArgumentException()
    {
        var direct = Assert.Throws<ArgumentException>(() => PlanDocument.LaiChau.WithSignature(number: "số 5"));
        var json = """{ "schemaVersion": 1, "asOf": "2025-12-20", "plan": { "number": "số 5", "signedOn": "2024-10-15" } }""";

        var e = Assert.Throws<PlanRulesInputException>(() => ComplianceEvaluator.Create().Evaluate(EvidenceReader.Parse(json, "evidence.json")));

        Assert.StartsWith("'số 5' is not a number of a KH document", direct.Message, StringComparison.Ordinal);
        Assert.Equal("'số 5' không phải là số hiệu của văn bản loại KH: hãy ghi như trên văn bản, ví dụ '152/KH-UBND'.", e.Reason);
        Assert.Equal("'số 5' is not a number of a KH document: write it as on the document, such as '152/KH-UBND'.", e.LocalizedReason.En);
    }

    /// <summary>
    /// Why an input error is not properly bilingual, or null: the Vietnamese reason must differ from the English one
    /// and hold more Vietnamese letters than the English one (which has only those it quotes from the input), the
    /// English must not hold the library's Vietnamese phrases, and both messages must be one line.
    /// </summary>
    internal static string? LanguageProblem(PlanRulesInputException e)
    {
        var (vi, en) = (e.LocalizedReason.Vi, e.LocalizedReason.En);
        if (string.IsNullOrWhiteSpace(vi) || string.IsNullOrWhiteSpace(en)) return $"a reason is empty: vi '{vi}', en '{en}'";
        if (vi == en) return $"the Vietnamese reason is the English one: {e.GetMessage("en")}";
        // What the reason quotes from the input is in both languages: the Vietnamese words are the letters beyond those.
        if (VietnameseLetter().Count(vi) <= VietnameseLetter().Count(en)) return $"the Vietnamese reason has no Vietnamese words: {e.Message}";
        if (LibraryVietnamese().IsMatch(en)) return $"the English reason holds the library's Vietnamese: {e.GetMessage("en")}";
        if (!vi.IsNormalized(NormalizationForm.FormC) && en.IsNormalized(NormalizationForm.FormC)) return $"the Vietnamese reason is not NFC: {e.Message}";
        foreach (var language in new[] { "vi", "en" })
        {
            var message = e.GetMessage(language);
            if (message.Any(ch => char.IsControl(ch) || ch is '\u2028' or '\u2029')) return $"the {language} message is not one line: {message}";
        }

        return null;
    }

    private static void Read(FuzzDocumentKind kind, byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        switch (kind)
        {
            case FuzzDocumentKind.Evidence: EvidenceReader.Read(stream, name); break;
            case FuzzDocumentKind.Plan: PlanDocument.Load(stream, name); break;
            case FuzzDocumentKind.Catalog: BodyCatalog.Load(stream, name); break;
            case FuzzDocumentKind.CatalogOverrides: BodyCatalog.LaiChau.WithOverrides(stream, name); break;
            case FuzzDocumentKind.Calendar: CalendarOverrides.Load(stream, name); break;
            default: PlanAppendix.Load(stream, name); break;
        }
    }

    private static IReadOnlyList<ReceivedReport> ReadRegister(string csv) =>
        IncomingRegisterCsv.Read(new StringReader(csv), "so-den.csv", new IncomingRegisterCsvOptions { Catalog = BodyCatalog.LaiChau, RegisterOf = "so-noi-vu", Period = 2025 });

    // The kind of a reason: its words without what it quotes or counts.
    private static string Shape(string reason) => Digits().Replace(Quoted().Replace(reason, "'…'"), "0");

    [GeneratedRegex("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseLetter();

    // Phrases of the library's Vietnamese reasons that no test input holds: in an English reason, a LocalizedText
    // put where its English was meant (string interpolation gives the Vietnamese).
    [GeneratedRegex("không phải là|không thể đứng sau|là bắt buộc|bị dùng hai lần|không có trong định dạng|hãy ghi|hãy dùng")]
    private static partial Regex LibraryVietnamese();

    [GeneratedRegex("'[^']*'|\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
