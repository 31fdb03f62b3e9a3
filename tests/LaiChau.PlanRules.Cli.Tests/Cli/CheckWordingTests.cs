using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>
/// The demo's text report as an officer reads it (issue "The years that matter now", point 5 and 6): Sở Nội vụ's
/// labels, the official order of bodies, dd/MM/yyyy in tables and the Decree 30 form in citations, and the
/// illustrative marks of every data output.
/// </summary>
public sealed partial class CheckWordingTests
{
    private static readonly Lazy<string> Text = new(() => CliRunner.Run("check").Out);

    [Fact]
    public void Demo_Text_UsesTheOfficersLabels()
    {
        var text = Text.Value;

        Assert.Contains("Tính đến ngày: 13/03/2026", text);
        Assert.Matches(@"\| Sở Xây dựng\s+\|\s+Gửi chậm\*", text);
        Assert.Matches(@"\| Sở Ngoại vụ\s+\|\s+Đúng hạn\*\s+\|\s+Chưa gửi\s+\|", text);
        Assert.Matches(@"\| Sở Công Thương\s+\|\s+Gửi không đúng nơi nhận\*", text);
        Assert.Contains("\nCần xử lý (", text);
        Assert.Contains("\nCần lưu ý (", text);
        Assert.Contains("\nThông tin (", text);
        foreach (var old in new[] { "Ngày xét", "Muộn", "Thiếu", "Sai đường gửi", "Vi phạm", "Cảnh báo", "giải thể" })
        {
            Assert.DoesNotContain(old, text, StringComparison.Ordinal);
        }

        Assert.Contains("(kết thúc hoạt động từ 01/07/2025, trước ngày chốt số liệu 14/12/2025)", text);
    }

    [Fact]
    public void Demo_Text_ListsBodiesInTheOfficialOrder()
    {
        var rows = Text.Value.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|')[1].Trim()).ToList();
        int Row(string name) => rows.FindIndex(r => r.StartsWith(name, StringComparison.Ordinal));

        string[] expected =
        [
            "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Xây dựng", "Sở Y tế", "Thanh tra tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh", "Sở Ngoại vụ", "Liên hiệp các Hội", "Hội Luật gia",
            "Ủy ban nhân dân thành phố Lai Châu", "Ủy ban nhân dân huyện Tam Đường", "Ủy ban nhân dân huyện Mường Tè", "Ủy ban nhân dân huyện Nậm Nhùn",
        ];
        var positions = expected.Select(Row).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Demo_Text_TablesWriteDdMmYyyyAndCitationsTheDecree30Form()
    {
        var text = Text.Value;
        var tableLines = text.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal));

        Assert.All(tableLines, l => Assert.DoesNotMatch(ShortDate(), l));
        Assert.Contains("Số, ngày ký: 152/KH-UBND ngày 15/10/2024 (minh họa)", text);
        Assert.Contains("Nghị quyết số 107/NQ-CP ngày 09/7/2024", text);
    }

    [Fact]
    public void Demo_JsonAndCsv_CarryTheIllustrativeMarks()
    {
        var json = JObject.Parse(CliRunner.Run("check", "--format", "json").Out);
        Assert.True((bool)json["illustrative"]!);
        Assert.Equal("152/KH-UBND", (string?)json["plan"]!["number"]);
        Assert.True((bool)json["plan"]!["illustrative"]!);

        var lines = CliRunner.Run("check", "--format", "csv").Out.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",Minh họa", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",minh họa", l, StringComparison.Ordinal));
    }

    /// <summary>A day or month written without its leading zero: "04/5/2024", "4/05/2024".</summary>
    [GeneratedRegex(@"(?<![0-9])([0-9]/[0-9]{1,2}/[0-9]{4}|[0-9]{2}/[0-9]/[0-9]{4})")]
    private static partial Regex ShortDate();
}
