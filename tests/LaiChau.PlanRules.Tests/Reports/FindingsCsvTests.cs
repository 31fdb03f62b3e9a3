using System.Text;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Reports;

public sealed class FindingsCsvTests
{
    private static readonly ComplianceReport Demo = ComplianceEvaluator.Create().Evaluate(DemoEvidence.Load());

    [Fact]
    public void Write_Stream_StartsWithTheByteOrderMarkAndKeepsDiacritics()
    {
        using var stream = new MemoryStream();

        FindingsCsv.Write(Demo, stream);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.Contains("Hội Văn học Nghệ thuật tỉnh Lai Châu", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Serialize_OneRowPerFindingWithQuotingAndVietnameseDates()
    {
        var csv = FindingsCsv.Serialize(Demo);

        var rows = ParseCsv(csv);
        Assert.Equal(Demo.Findings.Count + 1, rows.Count);
        Assert.Equal(["Mã", "Mức độ", "Cơ quan", "Kỳ", "Điều khoản", "Hạn", "Hạn giả định", "Chứng cứ", "Nội dung", "Mã phát hiện", "Minh họa"], rows[0]);
        var late = rows.Single(r => r[9] == "REPORT_LATE:annual-report:so-xay-dung:2024");
        Assert.Equal(["REPORT_LATE", "Cần xử lý", "Sở Xây dựng", "2024", "III.1.d4", "17/12/2024", "có", "SĐ-2024-0012"], late.Take(8));
        // Body names with a comma ("Sở Văn hóa, Thể thao và Du lịch") and messages with commas survive the round trip.
        Assert.All(rows.Skip(1), r => Assert.Equal(11, r.Count));
    }

    [Fact]
    public void Write_SemicolonSeparator_GivesTheSameCellsAsCommas()
    {
        using var comma = new StringWriter();
        using var semicolon = new StringWriter();

        FindingsCsv.Write(Demo, comma, "vi", ',');
        FindingsCsv.Write(Demo, semicolon, "vi", ';');

        Assert.StartsWith("Mã;Mức độ;Cơ quan;", semicolon.ToString());
        var commaCells = Rfc4180.Read(new StringReader(comma.ToString()), ',').Select(r => string.Join("\u0001", r.Fields)).ToList();
        var semicolonCells = Rfc4180.Read(new StringReader(semicolon.ToString()), ';').Select(r => string.Join("\u0001", r.Fields)).ToList();
        Assert.Equal(commaCells, semicolonCells);
        Assert.Equal(Demo.Findings.Count + 1, semicolonCells.Count);
    }

    [Theory]
    [InlineData('|')]
    [InlineData('.')]
    public void Write_AnotherSeparator_IsRefused(char separator)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FindingsCsv.Write(Demo, TextWriter.Null, "vi", separator));
    }

    [Fact]
    public void Serialize_English_HasEnglishHeadersAndMessages()
    {
        var rows = ParseCsv(FindingsCsv.Serialize(Demo, "en"));

        Assert.Equal("Code", rows[0][0]);
        Assert.Contains(rows, r => r[1] == "Action needed" && r[8].Contains("late", StringComparison.Ordinal));
    }

    /// <summary>An independent RFC 4180 parser for the assertions (not the library's own reader).</summary>
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("-", "-")]            // the placeholder
    [InlineData("-12", "-12")]        // numbers stay numbers
    [InlineData("+3.5", "+3.5")]
    [InlineData("-1,5", "-1,5")]
    [InlineData("-1e5", "'-1e5")]     // not a plain number
    [InlineData("-.", "'-.")]
    [InlineData("Sở Xây dựng", "Sở Xây dựng")]
    [InlineData("", "")]
    public void FormulaSafe_PrefixesCellsASpreadsheetWouldReadAsAFormula(string cell, string written)
    {
        Assert.Equal(written, FindingsCsv.FormulaSafe(cell));
    }

    [Fact]
    public void Serialize_AnEvidenceIdThatIsAFormula_IsWrittenAsText()
    {
        var evidence = DemoEvidence.Load();
        var reports = evidence.Reports.Select(r => r.Id == "SĐ-2024-0012" ? r with { Id = "=HYPERLINK(\"http://evil\",\"x\")" } : r).ToList();

        var csv = FindingsCsv.Serialize(ComplianceEvaluator.Create().Evaluate(evidence with { Reports = reports }));

        var late = ParseCsv(csv).Single(r => r[9] == "REPORT_LATE:annual-report:so-xay-dung:2024");
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"x\")", late[7]);
        Assert.DoesNotContain(ParseCsv(csv).SelectMany(r => r), c => c.Length > 0 && c[0] is '=' or '+' or '@');
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; continue; }
                field.Append(c); i++;
                continue;
            }

            switch (c)
            {
                case '"': quoted = true; i++; break;
                case ',': row.Add(field.ToString()); field.Clear(); i++; break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i += 2; break;
                default: field.Append(c); i++; break;
            }
        }

        Assert.Empty(field.ToString());
        return rows;
    }
}
