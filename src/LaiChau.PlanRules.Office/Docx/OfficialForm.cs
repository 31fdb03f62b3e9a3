using DocumentFormat.OpenXml.Wordprocessing;
using LaiChau.PlanRules.Office.Internal;

namespace LaiChau.PlanRules.Office.Docx;

/// <summary>
/// The parts every draft of Sở Nội vụ shares (Decree 30/2020/NĐ-CP): the issuer under its superior and the number
/// left for the clerk, the quốc hiệu and tiêu ngữ, place and date, the draft and illustrative marks, and the
/// "Nơi nhận" beside an empty signature block.
/// </summary>
internal static class OfficialForm
{
    public const string Superior = "UBND TỈNH LAI CHÂU";
    public const string Issuer = "SỞ NỘI VỤ";
    public const string Place = "Lai Châu";

    /// <summary>The page header of every page: "DỰ THẢO", and the illustrative mark when the data is illustrative.</summary>
    public static string HeaderMark(bool illustrative) => "DỰ THẢO" + (illustrative ? " – DỮ LIỆU MINH HỌA" : string.Empty);

    /// <summary>The header table; <paramref name="subject"/> is the "V/v ..." of a công văn (null for a report, whose title follows).</summary>
    public static void Header(DocxBuilder b, string symbol, string? subject, int year, bool illustrative)
    {
        var left = new List<Paragraph>
        {
            DocxBuilder.Para(Superior, JustificationValues.Center, 26, after: 0),
            DocxBuilder.Para(new Span(Issuer, Bold: true), JustificationValues.Center, 26, after: 120),
            DocxBuilder.Para($"Số: …/{symbol}", JustificationValues.Center, 26, after: 60),
        };
        if (subject is not null) left.Add(DocxBuilder.Para(subject, JustificationValues.Center, 24, after: 0));
        var right = new List<Paragraph>
        {
            DocxBuilder.Para(new Span("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold: true), JustificationValues.Center, 24, after: 0),
            DocxBuilder.Para(new Span("Độc lập - Tự do - Hạnh phúc", Bold: true), JustificationValues.Center, 26, after: 120),
            DocxBuilder.Para(new Span($"{Place}, ngày …… tháng …… năm {SafeText.Number(year)}", Italic: true), JustificationValues.Center, 26, after: 0),
        };
        b.Add(DocxBuilder.Layout(3700, left, right));
        b.Add(DocxBuilder.Para(string.Empty, null, 20, after: 0));
        b.Add(DocxBuilder.Para(new Span("DỰ THẢO", Bold: true), JustificationValues.Center, 28, after: 0));
        if (illustrative)
        {
            b.Add(DocxBuilder.Para(new Span("DỮ LIỆU MINH HỌA: không phải số liệu thật", Placeholder: true), JustificationValues.Center, 24, after: 120));
        }
    }

    /// <summary>"Nơi nhận" on the left; on the right the signer's title left to fill in and room for the signature.</summary>
    public static void Recipients(DocxBuilder b, IEnumerable<string> lines)
    {
        var left = new List<Paragraph> { DocxBuilder.Para(new Span("Nơi nhận:", Bold: true, Italic: true), JustificationValues.Left, 24, after: 0) };
        left.AddRange(lines.Select(l => DocxBuilder.Para(l, JustificationValues.Left, 22, after: 0)));
        var right = new List<Paragraph> { DocxBuilder.Para(b.Fill("quyền hạn, chức vụ người ký"), JustificationValues.Center, 26, after: 0) };
        right.AddRange(Enumerable.Range(0, 4).Select(_ => DocxBuilder.Para(string.Empty, null, 26, after: 0)));
        b.Add(DocxBuilder.Para([string.Empty], after: 0, keepNext: true));
        b.Add(DocxBuilder.Layout(4300, left, right));
    }

    /// <summary>The plan as the text cites it: "Kế hoạch số …/KH-UBND ngày … của UBND tỉnh Lai Châu thực hiện ...", placeholders where it has no number or date.</summary>
    public static IEnumerable<Span> PlanCitation(DocxBuilder b, OfficeReportSource source)
    {
        var plan = source.Plan;
        yield return "Kế hoạch số ";
        yield return plan.Number is { } n ? n : b.Fill("số Kế hoạch");
        yield return " ngày ";
        yield return plan.SignedOn is { } d ? Citation.ShortDate(d) : b.Fill("ngày ký Kế hoạch");
        if (source.Report.Illustrative && (plan.Number is not null || plan.SignedOn is not null)) yield return " (" + ReportLabels.Illustrative.Vi + ")";
        yield return " của Ủy ban nhân dân tỉnh Lai Châu " + (plan.Title.Length > 0 ? char.ToLowerInvariant(plan.Title[0]) + plan.Title[1..] : string.Empty);
    }
}
