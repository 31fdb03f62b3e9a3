using System.Text;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Evidence;

public sealed class IncomingRegisterCsvTests
{
    private static readonly IncomingRegisterCsvOptions SoNoiVu = new() { RegisterOf = "so-noi-vu", Period = 2025 };

    private static IReadOnlyList<ReceivedReport> Read(string csv, IncomingRegisterCsvOptions? options = null) =>
        IncomingRegisterCsv.Read(new StringReader(csv), "so-den.csv", options ?? SoNoiVu);

    private static PlanRulesInputException Fails(string csv, IncomingRegisterCsvOptions? options = null) =>
        Assert.Throws<PlanRulesInputException>(() => Read(csv, options));

    [Theory]
    [InlineData("Số đến,Ngày đến,Tác giả\r\nSĐ-12,16/12/2025,Sở Tài chính\r\n")] // comma, CRLF
    [InlineData("Số đến;Ngày đến;Tác giả\nSĐ-12;16/12/2025;Sở Tài chính\n")] // semicolon (Excel with a Vietnamese locale), LF
    [InlineData("\uFEFFSố đến,Ngày đến,Tác giả\nSĐ-12,16/12/2025,Sở Tài chính")] // a byte-order mark, no final line break
    [InlineData("So den,Ngay den,Tac gia\nSĐ-12,2025-12-16,Sở Tài chính\n")] // headers without diacritics, ISO date
    [InlineData("Incoming number,Received on,Sender\nSĐ-12,16/12/2025,so-tai-chinh\n")] // English headers, a body id
    [InlineData("STT,Số đến,Ngày đến,Cơ quan gửi,Ghi chú\n1,SĐ-12,16/12/2025,Sở Tài chính,\n")] // the register's own columns are ignored
    public void Read_AcceptedLayouts_GiveTheSameReport(string csv)
    {
        var report = Assert.Single(Read(csv));

        Assert.Equal("SĐ-12", report.Id);
        Assert.Equal("so-tai-chinh", report.Body);
        Assert.Equal(2025, report.Period);
        Assert.Equal(new DateTimeOffset(2025, 12, 16, 0, 0, 0, TimeSpan.FromHours(7)), report.ReceivedAt);
        Assert.Equal("so-noi-vu", report.DeliveredTo);
        Assert.Null(report.Addressee);
    }

    [Fact]
    public void Read_EveryColumn_FillsEveryField()
    {
        var csv = "Ngày đến,Giờ đến,Số đến,Tác giả,Số ký hiệu,Ngày văn bản,Trích yếu,Kỳ báo cáo,Kính gửi,Hình thức gửi\n"
            + "16/12/2025,14:30,SĐ-12,Sở Tài chính,45/BC-STC,15/12/2025,\"Báo cáo kết quả thực hiện Kế hoạch, năm 2025\",Năm 2024,UBND tỉnh,thư điện tử\n";

        var report = Assert.Single(Read(csv));

        Assert.Equal(new DateTimeOffset(2025, 12, 16, 14, 30, 0, TimeSpan.FromHours(7)), report.ReceivedAt);
        Assert.Equal("45/BC-STC", report.DocumentNumber);
        Assert.Equal(new DateOnly(2025, 12, 15), report.DocumentDate);
        Assert.Equal(2024, report.Period); // the column wins over the option
        Assert.Equal("ubnd-tinh", report.Addressee);
        Assert.Equal(DeliveryMeans.Email, report.Means);
    }

    [Fact]
    public void Read_QuotedFields_KeepSeparatorsQuotesAndLineBreaks()
    {
        var csv = "Số đến;Ngày đến;Tác giả;Trích yếu;Số ký hiệu\n"
            + "SĐ-1;16/12/2025;\"Sở Tài chính\";\"Báo cáo; \"\"năm 2025\"\"\nnhiều dòng\";\"45/BC-STC\"\n"
            + "SĐ-2;17/12/2025;Sở Y tế;Một dòng;12/BC-SYT\n";

        var reports = Read(csv);

        Assert.Equal(["SĐ-1", "SĐ-2"], reports.Select(r => r.Id));
        Assert.Equal("45/BC-STC", reports[0].DocumentNumber);
        Assert.Equal("so-y-te", reports[1].Body);
    }

    [Theory]
    [InlineData("Sở Kế hoạch và Đầu tư", "so-ke-hoach-dau-tu")] // a dissolved body by its name
    [InlineData("Sở NN&PTNT", "so-nong-nghiep-moi-truong")] // an alias of an old name
    [InlineData("UBND huyện Tam Đường", "ubnd-tam-duong")] // "UBND" written short
    public void Read_SenderNames_AreMatchedThroughTheCatalog(string sender, string id)
    {
        Assert.Equal(id, Assert.Single(Read($"Số đến,Ngày đến,Tác giả\n1,16/12/2024,{sender}\n")).Body);
    }

    [Theory]
    [InlineData("van-phong-ubnd")] // the provincial committee's office keeps its register
    [InlineData("ubnd-tinh")]
    public void Read_RegisterOf_IsTheDeliveredTo(string registerOf)
    {
        var report = Assert.Single(Read("Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở Y tế\n", new() { RegisterOf = registerOf, Period = 2025 }));

        Assert.Equal(registerOf, report.DeliveredTo);
    }

    [Fact]
    public void Read_Stream_AcceptsUtf8WithAndWithoutBom()
    {
        var text = "Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở Y tế\n";
        foreach (var bom in new[] { true, false })
        {
            using var stream = new MemoryStream(new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
            Assert.Equal("so-y-te", Assert.Single(IncomingRegisterCsv.Read(stream, "so-den.csv", SoNoiVu)).Body);
        }
    }

    [Fact]
    public void Read_NotUtf8_IsAnErrorSayingSo()
    {
        using var stream = new MemoryStream([.. "Số đến,Ngày đến,Tác giả\n1,16/12/2025,S"u8, 0xDF, 0x20, 0xFF, (byte)'\n']);

        var e = Assert.Throws<PlanRulesInputException>(() => IncomingRegisterCsv.Read(stream, "so-den.csv", SoNoiVu));

        Assert.Contains("UTF-8", e.Reason);
    }

    [Fact]
    public void Read_UnknownSender_NamesRowColumnAndLine()
    {
        var e = Fails("Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở Y tế\n2,16/12/2025,Sở Không Có\n");

        Assert.Equal("so-den.csv", e.FileName);
        Assert.Equal((3, "Tác giả"), (e.CsvRow, e.CsvColumn));
        Assert.Null(e.JsonPath);
        Assert.Equal(3, e.LineNumber);
    }

    [Theory]
    // The register names a half or a quarter: the report is that part's, never the year's (docs/csv-import.md).
    [InlineData("6 tháng đầu năm 2025", 2025, 1, null)]
    [InlineData("6 tháng cuối năm 2025", 2025, 2, null)]
    [InlineData("Quý III/2025", 2025, null, 3)]
    [InlineData("Năm 2025", 2025, null, null)]
    public void Read_PeriodCell_HalfOrQuarter_IsKept(string cell, int year, int? half, int? quarter)
    {
        var r = Assert.Single(Read($"Số đến,Ngày đến,Tác giả,Kỳ báo cáo\n1,16/12/2025,Sở Y tế,{cell}\n"));

        Assert.Equal((year, half, quarter), (r.Period, r.Half, r.Quarter));
    }

    [Fact]
    public void Read_NoPeriodAnywhere_IsAnErrorNamingTheRow()
    {
        var e = Fails("Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở Y tế\n", new() { RegisterOf = "so-noi-vu" });

        Assert.Equal((2, (string?)null), (e.CsvRow, e.CsvColumn));
        Assert.Contains("never guessed", e.LocalizedReason.En);
    }

    [Fact]
    public void Read_EmptyPeriodCellWithoutOption_NamesTheColumn()
    {
        var e = Fails("Số đến,Ngày đến,Tác giả,Kỳ báo cáo\n1,16/12/2025,Sở Y tế,\n", new() { RegisterOf = "so-noi-vu" });

        Assert.Equal((2, "Kỳ báo cáo"), (e.CsvRow, e.CsvColumn));
    }

    [Theory]
    [InlineData("30/02/2025", "column Ngày đến")] // no such day
    [InlineData("2025/12/16", "column Ngày đến")] // neither dd/MM/yyyy nor yyyy-MM-dd
    public void Read_BadDate_NamesTheColumn(string date, string column)
    {
        var e = Fails($"Số đến,Ngày đến,Tác giả\n1,{date},Sở Y tế\n");

        Assert.Equal("row 2, " + column, $"row {e.CsvRow}, column {e.CsvColumn}");
    }

    [Fact]
    public void Read_DuplicateNumber_NamesBothRows()
    {
        var e = Fails("Số đến,Ngày đến,Tác giả\n7,16/12/2025,Sở Y tế\n7,17/12/2025,Sở Tư pháp\n");

        Assert.Equal((3, "Số đến"), (e.CsvRow, e.CsvColumn));
        Assert.Contains("rows 2 and 3", e.LocalizedReason.En);
    }

    [Theory]
    [InlineData("Số đến,Ngày đến\n1,16/12/2025\n", "Tác giả")] // a required column missing
    [InlineData("Số đến,Ngày đến,Tác giả,Màu sắc\n1,16/12/2025,Sở Y tế,đỏ\n", "Màu sắc")] // an unknown column is never ignored silently
    [InlineData("Số đến,Ngày đến,Tác giả,So den\n1,16/12/2025,Sở Y tế,2\n", "repeats")] // the same column twice
    public void Read_BadHeader_IsAnErrorOnRowOne(string csv, string expected)
    {
        var e = Fails(csv);

        Assert.Equal(1, e.CsvRow);
        Assert.Contains(expected, e.GetMessage("en"));
    }

    [Theory]
    [InlineData("Số đến,Ngày đến,Tác giả\n1,16/12/2025,\"Sở Y tế\n")] // an unclosed quote
    [InlineData("Số đến,Ngày đến,Tác giả\n1,16/12/2025,Sở \"Y\" tế\n")] // a quote inside an unquoted field
    public void Read_MalformedCsv_IsAnInputError(string csv)
    {
        Assert.Contains("quote", Fails(csv).LocalizedReason.En);
    }

    [Fact]
    public void Read_UnknownRegisterOf_IsAnError()
    {
        Assert.Contains("registerOf", Fails("Số đến,Ngày đến,Tác giả\n", new() { RegisterOf = "so-khong-co", Period = 2025 }).Reason);
    }

    [Fact]
    public void Read_OverTheSizeLimit_IsRefused()
    {
        var e = Fails("Số đến,Ngày đến,Tác giả\n" + string.Concat(Enumerable.Repeat("1,16/12/2025,Sở Y tế\n", 100)), new() { RegisterOf = "so-noi-vu", Period = 2025, MaxBytes = 500 });

        Assert.Contains("larger than the limit", e.LocalizedReason.En);
    }
}
