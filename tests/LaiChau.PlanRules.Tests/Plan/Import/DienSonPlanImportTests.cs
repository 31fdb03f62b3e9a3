using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Plan.Import;

namespace LaiChau.PlanRules.Tests.Plan.Import;

/// <summary>
/// An illustrative plan of the invented province Điện Sơn, in the shape real provinces use (TestData/Import/dien-son-plan.txt):
/// issuer header, a signed number, four sections with "IV. TỔ CHỨC THỰC HIỆN", items headed by a named department,
/// communes instead of districts, reports straight to Sở Nội vụ "trước ngày 10/12 hằng năm", a stated synthesis, an
/// appendix laid out as a text table, and parts the importer does not understand.
/// </summary>
public class DienSonPlanImportTests
{
    private const string File = "dien-son-plan.txt";

    private static readonly Lazy<BodyCatalog> Catalog = new(() => ImportTestFiles.Catalog("dien-son-bodies.json"));

    private static readonly Lazy<PlanImportResult> Result = new(() => ImportTestFiles.Import(File, new PlanImportOptions { Catalog = Catalog.Value }));

    private static PlanDocument Plan => Result.Value.Plan ?? throw new InvalidOperationException(Result.Value.PlanLoadError);

    [Fact]
    public void Import_Header_GivesIdentity()
    {
        Assert.Equal("dien-son-kh-107-nq-cp-2025", Plan.Id);
        Assert.Equal("Ủy ban nhân dân tỉnh Điện Sơn", Plan.IssuerName);
        Assert.Equal(("58/KH-UBND", new DateOnly(2025, 9, 12), "Điện Sơn"), (Plan.Number, Plan.SignedOn, Plan.Place));
        Assert.False(Plan.IsDraft);
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"), (Plan.Authority, Plan.Position, Plan.Signer));
    }

    [Fact]
    public void Import_OtherNumbering_GivesClausePaths()
    {
        var paths = Plan.Descendants().Select(c => c.Path).ToList();

        Assert.Equal(["CC", "I", "II", "III", "IV"], Plan.Clauses.Select(c => c.Path));
        Assert.Contains("II.1.b", paths);            // a lettered item
        Assert.Contains("I.2.p1", paths);            // a "-" bullet, kept with its dash
        Assert.Equal("- Bám sát chức năng, nhiệm vụ của cơ quan, đơn vị, địa phương.", Plan.Find("I.2.p1").Text);
        Assert.Equal("Nhiệm vụ cụ thể", Plan.Find("II.2").Heading);
        Assert.Equal("có Phụ lục kèm theo", Plan.Find("II.2.PL").Text);
        Assert.Equal("Sở Nội vụ", Plan.Find("IV.1").Heading);
        Assert.StartsWith("Trong quá trình thực hiện", Plan.Find("IV.p1").Text, StringComparison.Ordinal); // the closing paragraph belongs to IV, not to IV.4
        Assert.Equal("định kỳ hằng năm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/12 hằng năm để tổng hợp, báo cáo UBND tỉnh", Plan.Find("IV.2.p1.d2").Text);
    }

    [Fact]
    public void Import_LegalBases_ReadWithTheGrammars_UnreadableOneListed()
    {
        Assert.Equal(["107/NQ-CP", "30-CTr/TU"], Plan.LegalBases.Select(b => b.Number));
        Assert.Equal("Ban Thường vụ Tỉnh ủy", Plan.LegalBases[1].IssuerName);
        Assert.Contains(Result.Value.Review, r => r.LineNumber == 14 && r.Text.StartsWith("Luật Tổ chức chính quyền", StringComparison.Ordinal));
        // 45-NQ/TW is named but is no legal basis of this plan: it is a referenced document only.
        Assert.Equal(["CC.p2", "CC.p3"], Plan.ReferencedDocuments.Single(d => d.Reference.Number == "45-NQ/TW").ClausePaths);
    }

    [Fact]
    public void Import_Duties_GiveTheExpectedTemplates()
    {
        var expected = new[]
        {
            // A stated synthesis: Sở Nội vụ gathers for UBND tỉnh, by a stated date.
            "synthesis|IV.1.b.d1|Synthesis|Annual||so-noi-vu|ubnd-tinh|||trước ngày 15/12 hằng năm|False",
            "implementation-plan|IV.2.p1.d1|ImplementationPlan|Once|provincial-departments,commune-committees|||||-|False",
            // Reports go straight to Sở Nội vụ (no "qua"), by "trước ngày 10/12 hằng năm"; communes, not districts.
            "annual-report|IV.2.p1.d2|AnnualReport|Annual|provincial-departments,commune-committees||so-noi-vu|||trước ngày 10/12 hằng năm|False",
            // A named lead department.
            "study|IV.3.d1|StudyAndDissemination|Once||so-giao-duc-dao-tao||||-|False",
            "inspection|IV.3.d2|Inspection|Annual||so-giao-duc-dao-tao||||-|True", // no frequency stated: "annual" is inferred
            "implementation-plan-2|IV.4.d1|ImplementationPlan|Once||so-van-hoa-va-the-thao||||-|False",
        };

        Assert.Equal(string.Join("\n", expected), string.Join("\n", Plan.ObligationTemplates.Select(ImportTestFiles.Describe))); // no deadline policy: none is named without the option
    }

    [Fact]
    public void Import_Elements_MarkTheStatedDeadlineAndTheInferredFrequency()
    {
        var report = Result.Value.Elements.Where(e => e.TemplateId == "annual-report").ToDictionary(e => e.Element);
        var inspection = Result.Value.Elements.Where(e => e.TemplateId == "inspection").ToDictionary(e => e.Element);

        Assert.Equal(("trước ngày 10/12 hằng năm", true), (report["deadline"].Value, report["deadline"].IsStated));
        Assert.Contains("trước ngày 10/12 hằng năm", report["deadline"].Source, StringComparison.Ordinal);
        Assert.Equal(58, report["deadline"].LineNumber); // the line of IV.2.p1
        Assert.Equal(("none", false), (inspection["deadline"].Value, inspection["deadline"].IsStated));
        Assert.False(inspection["frequency"].IsStated);
    }

    [Fact]
    public void Import_RecipientsArchiveAndAppendix()
    {
        Assert.Equal(["van-phong-chinh-phu", "bo-noi-vu", null, "provincial-departments", "commune-committees"], Plan.Recipients.Select(r => r.BodyId ?? r.GroupId));
        Assert.Equal(["VT", "NC"], Plan.Archive.Holders);
        Assert.True(Plan.Appendix.IsPublished);
        Assert.Equal(["1|so-noi-vu|so-tai-chinh|Quý IV/2025|Báo cáo rà soát", "2|so-khoa-hoc-cong-nghe|provincial-departments|Năm 2026|Kỷ yếu hội thảo"],
            Plan.Appendix.Tasks.Select(t => string.Join('|', t.Id, t.Lead, string.Join(',', t.Coordinating), t.Timing.Text, t.Product)));
    }

    [Fact]
    public void Import_UnrecognisedParts_AreListedWithLineNumbers_AndNothingIsDropped()
    {
        var text = System.IO.File.ReadAllText(ImportTestFiles.PathOf(File));

        Assert.Equal(ImportTestFiles.NonBlankLines(text), Result.Value.Lines.Count);
        Assert.All(Result.Value.Lines.Where(l => l.Target == "review"), l => Assert.Contains(Result.Value.Review, r => r.LineNumber == l.LineNumber));
        Assert.Equal([80, 90], Result.Value.Lines.Where(l => l.Target == "review").Select(l => l.LineNumber));   // the e-copy note, the row with "sớm nhất có thể"
        Assert.Contains(Result.Value.Review, r => r.LineNumber == 69 && r.Text == "TT Tỉnh ủy, TT HĐND tỉnh"); // a recipient naming no one body
    }

    [Fact]
    public void Import_WithTheShippedCatalog_DraftsTheUnknownDepartment()
    {
        var result = ImportTestFiles.Import(File);
        using var draft = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(result.CatalogDraftJson));
        var catalog = BodyCatalog.Load(draft, "draft.json");

        Assert.Contains(result.Review, r => r.LineNumber == 62 && r.Text == "Sở Văn hóa và Thể thao");
        Assert.Equal("Sở Văn hóa và Thể thao", catalog.Get("so-van-hoa-va-the-thao").Names[0].Vi);
        Assert.Equal(Confidence.Unconfirmed, catalog.Get("so-noi-vu").Confidence);
        Assert.Equal(["commune-committees", "provincial-departments"], catalog.Groups.Select(g => g.Id));
    }

    [Fact]
    public void Evaluate_ImportedPlanWithItsOwnCatalog_GivesTheExpectedFindings()
    {
        var evaluator = ComplianceEvaluator.Create(o => { o.Plan = Plan; o.Catalog = Catalog.Value; });
        var evidence = new EvidenceSet
        {
            AsOf = new DateOnly(2025, 12, 31),
            Policy = new PolicyOverrides { LastYear = 2025 },
            Reports =
            [
                Report("r1", "so-tai-chinh", new DateTimeOffset(2025, 12, 5, 9, 0, 0, TimeSpan.FromHours(7))),
                Report("r2", "xa-son-a", new DateTimeOffset(2025, 12, 11, 9, 0, 0, TimeSpan.FromHours(7))),
            ],
        };

        var report = evaluator.Evaluate(evidence);

        // "trước ngày 10/12 hằng năm": due 09/12/2025 (a Tuesday), confirmed, not assumed.
        var cell = report.ReportStatuses.Single(c => c.BodyId == "so-tai-chinh");
        Assert.Equal((new DateOnly(2025, 12, 9), Confidence.Confirmed), (cell.DueOn, cell.DueConfidence));
        Assert.Equal(
            [
                "REPORT_LATE:xa-son-a", "REPORT_MISSING:phuong-son-b", "REPORT_MISSING:so-giao-duc-dao-tao", "REPORT_MISSING:so-khoa-hoc-cong-nghe",
                "REPORT_MISSING:so-van-hoa-va-the-thao", "SYNTHESIS_MISSING:so-noi-vu",
            ],
            report.Findings.Select(f => $"{f.Code}:{f.BodyId}").Order(StringComparer.Ordinal));
        Assert.All(report.Findings.Where(f => f.Code.StartsWith("REPORT", StringComparison.Ordinal)), f => Assert.Equal("IV.2.p1.d2", f.ClausePath));
    }

    private static ReceivedReport Report(string id, string body, DateTimeOffset at) =>
        new() { Id = id, Body = body, Period = 2025, ReceivedAt = at, Addressee = "so-noi-vu" };
}
