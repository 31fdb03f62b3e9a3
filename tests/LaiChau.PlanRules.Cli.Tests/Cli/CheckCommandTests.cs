using LaiChau.PlanRules.Rules;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Cli.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private static readonly string[] EveryCode = typeof(FindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Check_Demo_ExitsZeroAndPrintsTheMatrixWithTheBanner()
    {
        var result = CliRunner.Run("check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("DỮ LIỆU MINH HỌA", result.Out);
        Assert.Contains("Tính đến ngày: 13/03/2026 (theo ngày ghi trong tệp chứng cứ)", result.Out);
        Assert.Contains("* = hạn giả định", result.Out);
        Assert.Contains("Báo cáo năm theo cơ quan và kỳ", result.Out);
        Assert.Matches(@"\| Sở Xây dựng\s+\|\s+Gửi chậm\*\s+\|\s+Đúng hạn\s+\|", result.Out);
        Assert.Matches(@"\| Hội Nhà báo tỉnh Lai Châu\s+\|\s+Chưa gửi\*\s+\|", result.Out);
        Assert.Matches(@"\| Sở Công Thương\s+\|\s+Gửi không đúng nơi nhận\*\s+\|", result.Out);
        Assert.Contains("Chưa đến hạn*", result.Out);
        // A renamed department shows its name of each period.
        Assert.Contains("Sở Nông nghiệp và Môi trường (2024: Sở Nông nghiệp và Phát triển nông thôn)", result.Out);
        Assert.Contains("Cần xử lý (", result.Out);
        Assert.Contains("Chưa hoàn thành quá hạn", result.Out);
        Assert.Contains("[EVIDENCE_AFTER_AS_OF]", result.Out);
        Assert.False(result.Out.Contains('\u001b', StringComparison.Ordinal), "ANSI escape codes in redirected output");
    }

    [Fact]
    public void Check_DemoInEnglish_UsesEnglishLabels()
    {
        var result = CliRunner.Run("check", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ILLUSTRATIVE DATA", result.Out);
        Assert.Contains("As of: 13/03/2026 (from the evidence file)", result.Out);
        Assert.Matches(@"\| Sở Xây dựng\s+\|\s+Late\*\s+\|\s+On time\s+\|", result.Out);
        Assert.Contains("Wrong recipient*", result.Out);
        Assert.Contains("Not yet due*", result.Out);
        Assert.Contains("Legend: * = assumed deadline", result.Out);
    }

    [Fact]
    public void Check_DemoAsJson_HasEveryFindingCodeAndTheIllustrativeFlag()
    {
        var result = CliRunner.Run("check", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JObject.Parse(result.Out);
        Assert.True(json["illustrative"]!.Value<bool>());
        Assert.Equal("2026-03-13", json["asOf"]!.Value<string>());
        Assert.Equal("vi", json["language"]!.Value<string>());
        var codes = json["findings"]!.Select(f => f["code"]!.Value<string>()).ToHashSet();
        Assert.Equal(EveryCode.Order(), codes.Order());
        var first = json["findings"]![0]!;
        Assert.Equal(first["messages"]!["vi"]!.Value<string>(), first["message"]!.Value<string>());
        Assert.NotEmpty(json["taskStatuses"]!);
        Assert.NotNull(json["summary"]!["total"]);
        Assert.Contains(json["notes"]!, n => n["code"]!.Value<string>() == "ILLUSTRATIVE_DATA");
    }

    [Fact]
    public void Check_JsonInEnglish_GivesEnglishMessages()
    {
        var json = JObject.Parse(CliRunner.Run("check", "--format", "json", "--lang", "en").Out);

        var first = json["findings"]![0]!;
        Assert.Equal("en", json["language"]!.Value<string>());
        Assert.Equal(first["messages"]!["en"]!.Value<string>(), first["message"]!.Value<string>());
    }

    [Theory]
    [InlineData("violation", 1)] // the demo has violations
    [InlineData("warning", 1)] // and therefore findings at warning or worse
    public void Check_FailOn_ExitsOneWhenSuchAFindingExists(string failOn, int expected)
    {
        Assert.Equal(expected, CliRunner.Run("check", "--fail-on", failOn).ExitCode);
    }

    [Fact]
    public void Check_FailOnWithNoSuchFinding_ExitsZero()
    {
        // Before the first deadline nothing is late or missing.
        Assert.Equal(0, CliRunner.Run("check", "--as-of", "2024-10-20", "--fail-on", "violation").ExitCode);
    }

    [Fact]
    public void Check_AsOfOption_OverridesTheFileAndSaysSo()
    {
        var result = CliRunner.Run("check", "--as-of", "2025-01-10");

        Assert.Contains("Tính đến ngày: 10/01/2025 (theo tham số --as-of)", result.Out);
        Assert.DoesNotContain("REPORT_MISSING:annual-report:so-ngoai-vu:2025", result.Out);
    }

    [Fact]
    public void Check_FileWithoutAsOf_UsesTodayInVietnam()
    {
        var path = _dir.Write("no-as-of.json", "{ \"schemaVersion\": 1, \"plan\": { \"signedOn\": \"2024-10-15\" } }");

        var result = CliRunner.Run("check", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Tính đến ngày: 13/03/2026 (hôm nay theo giờ Việt Nam (UTC+7))", result.Out);
    }

    [Theory]
    [InlineData("vi", "Số, ngày ký: chưa có số, ký ngày 15/10/2024")] // not "chưa có số ngày 15/10/2024"
    [InlineData("en", "Number, signed on: no number, signed on 15/10/2024")]
    public void Check_PlanSignedButNotNumbered_SaysBothPlainly(string lang, string line)
    {
        var path = _dir.Write("signed.json", "{ \"schemaVersion\": 1, \"asOf\": \"2025-12-20\", \"plan\": { \"signedOn\": \"2024-10-15\" } }");

        var result = CliRunner.Run("check", path, "--lang", lang);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(line, result.Out);
    }

    [Fact]
    public void Check_LastYearOption_OverridesTheFile()
    {
        var result = CliRunner.Run("check", "--format", "json", "--last-year", "2025");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JObject.Parse(result.Out);
        Assert.Equal(2025, json["periodsCovered"]!["last"]!.Value<int>());
        Assert.DoesNotContain(json["reportStatuses"]!, c => c["period"]!.Value<int>() == 2026);
    }

    [Fact]
    public void Check_Csv_WritesABomAndParseableRowsWithDiacritics()
    {
        var result = CliRunner.Run("check", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], result.OutBytes.Take(3));
        var lines = result.Out.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Mã,Mức độ,Cơ quan,Kỳ,Điều khoản,Hạn,Hạn giả định,Chứng cứ,Nội dung,Mã phát hiện,Minh họa", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("REPORT_LATE,Cần xử lý,Sở Xây dựng,2024,III.1.d4,17/12/2024,có,", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CsvToFile_WritesUtf8WithBom()
    {
        var path = _dir.PathOf("findings.csv");

        var result = CliRunner.Run("check", "--format", "csv", "--lang", "en", "--output", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.StartsWith("Code,Severity,Body,Period,Clause,Due,Assumed deadline,Evidence,Message,Finding id,Illustrative\r\n", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Check_TextToFile_WritesPlainUtf8()
    {
        var path = _dir.PathOf("report.txt");

        Assert.Equal(0, CliRunner.Run("check", "--output", path).ExitCode);

        var text = File.ReadAllText(path);
        Assert.Contains("DỮ LIỆU MINH HỌA", text);
        Assert.False(text.Contains('\u001b', StringComparison.Ordinal), "ANSI escape codes in a file");
    }

    [Fact]
    public void Check_Register_ImportsTheCsvAndEvaluatesIt()
    {
        var csv = _dir.Write("so-den.csv", "Số đến;Ngày đến;Tác giả;Số ký hiệu;Trích yếu\r\n12;16/12/2024;Sở Tài chính;45/BC-STC;Báo cáo kết quả thực hiện Kế hoạch năm 2024\r\n13;20/12/2024;Sở Xây dựng;51/BC-SXD;Báo cáo năm 2024\r\n", bom: true);

        var result = CliRunner.Run("check", "--register", csv, "--register-of", "so-noi-vu", "--period", "2024", "--signed-on", "2024-10-15", "--as-of", "2025-01-10", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JObject.Parse(result.Out);
        Assert.False(json["illustrative"]!.Value<bool>());
        var cells = json["reportStatuses"]!.Where(c => c["period"]!.Value<int>() == 2024).ToDictionary(c => c["body"]!.Value<string>()!, c => c["status"]!.Value<string>());
        Assert.Equal("onTime", cells["so-tai-chinh"]);
        Assert.Equal("late", cells["so-xay-dung"]);
        Assert.Equal("missing", cells["so-noi-vu"]);
    }

    [Fact]
    public void Check_RegisterWithUnknownSender_ExitsTwoNamingTheRow()
    {
        var csv = _dir.Write("so-den.csv", "Số đến,Ngày đến,Tác giả\n12,16/12/2024,Sở Tài chính\n13,17/12/2024,Sở Không Có\n");

        var result = CliRunner.Run("check", "--register", csv, "--register-of", "so-noi-vu", "--period", "2024", "--first-year", "2024");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^Lỗi dữ liệu vào: .*so-den\.csv, hàng 3, cột Tác giả, dòng 3: 'Sở Không Có' không khớp với cơ quan, đơn vị nào trong danh mục", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Check_RegisterWithoutPeriod_ExitsTwoNamingTheRow()
    {
        var csv = _dir.Write("so-den.csv", "Số đến,Ngày đến,Tác giả\n12,16/12/2024,Sở Tài chính\n");

        var result = CliRunner.Run("check", "--register", csv, "--register-of", "so-noi-vu", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("row 2", Assert.Single(result.ErrorLines));
        Assert.Contains("never guessed", result.Error);
    }

    [Fact]
    public void Check_OtherProvincePlan_IsLoadedWithPlan()
    {
        var plan = RepoFiles.Path("tests/LaiChau.PlanRules.Tests/TestData/other-province-plan.json");
        var evidence = _dir.Write("e.json", "{ \"schemaVersion\": 1, \"asOf\": \"2026-01-10\" }");

        var result = CliRunner.Run("check", evidence, "--plan", plan, "--first-year", "2025", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEqual("lai-chau-kh-107-nq-cp-2024", JObject.Parse(result.Out)["planId"]!.Value<string>());
    }

    [Fact]
    public void Check_CalendarFile_IsApplied()
    {
        // A day off on the 2024 due date (17/12/2024) moves it to the next working day, 18/12/2024.
        var calendar = _dir.Write("cal.json", "{ \"schemaVersion\": 1, \"daysOff\": [ { \"date\": \"2024-12-17\", \"kind\": \"hostDefined\", \"nameVi\": \"Nghỉ địa phương (minh họa)\", \"nameEn\": \"Local day off (illustrative)\", \"source\": \"test\" } ] }");
        var result = CliRunner.Run("check", "--calendar", calendar, "--format", "json");

        if (result.ExitCode != 0) Assert.Fail(result.Error);
        var json = JObject.Parse(result.Out);
        var late = json["findings"]!.Single(f => f["id"]!.Value<string>() == "REPORT_LATE:annual-report:so-xay-dung:2024");
        Assert.Equal("2024-12-18", late["dueOn"]!.Value<string>());
    }

    [Fact]
    public void Check_OnATerminal_DrawsRoundedTables()
    {
        var output = new StringWriter();
        var code = PlanRules.Cli.Cli.Run(["check"], output, new StringWriter(), new CliEnvironment(IsTerminal: true, CliRunner.Clock));

        Assert.Equal(0, code);
        Assert.Contains("╭", output.ToString());
    }

    [Fact]
    public void Check_OnATerminalWithNoColor_IsPlain()
    {
        var output = new StringWriter();
        var code = PlanRules.Cli.Cli.Run(["check", "--no-color"], output, new StringWriter(), new CliEnvironment(IsTerminal: true, CliRunner.Clock));

        Assert.Equal(0, code);
        Assert.DoesNotContain("╭", output.ToString());
        Assert.False(output.ToString().Contains('\u001b', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--as-of", "9999-12-31")]
    [InlineData("--as-of", "1899-12-31")]
    [InlineData("--signed-on", "2200-01-01")]
    public void Check_ADateOptionOutsideTheCalendar_IsAUsageErrorNamingTheOption(string option, string value)
    {
        var result = CliRunner.Run("check", option, value, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"Usage error: {option} '{value}'", line);
        Assert.Contains("2199", line);
    }
}
