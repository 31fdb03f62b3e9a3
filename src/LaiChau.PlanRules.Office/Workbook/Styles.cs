using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LaiChau.PlanRules.Office.Workbook;

/// <summary>The workbook's cell styles, defined once in the stylesheet; the constants are their indices.</summary>
internal static class Styles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Banner = 2;
    public const uint Header = 3;
    public const uint Text = 4;
    public const uint Date = 5;
    public const uint Number = 6;
    public const uint Block = 7;
    public const uint HeaderDate = 8;
    public const uint Bold = 9;
    public const uint PlainDate = 10;
    public const uint Centered = 11;
    private const uint FirstStatus = 12;

    /// <summary>The fill colour (ARGB hex) of each report state, also used by the HTML report.</summary>
    public static readonly IReadOnlyDictionary<ReportCellStatus, string> StatusColours = new Dictionary<ReportCellStatus, string>
    {
        [ReportCellStatus.OnTime] = "C6EFCE",
        [ReportCellStatus.Late] = "FFEB9C",
        [ReportCellStatus.Missing] = "FFC7CE",
        [ReportCellStatus.WrongRoute] = "BDD7EE",
        [ReportCellStatus.NotDue] = "EDEDED",
        [ReportCellStatus.Pending] = "FFFFFF",
    };

    public const uint DateFormatId = 164;

    public static uint Status(ReportCellStatus s) => FirstStatus + (uint)s;

    public static Stylesheet Create()
    {
        var fonts = new Fonts(Font(false, 10), Font(true, 10), Font(true, 14), Font(true, 11, "C00000"));
        var fills = new List<Fill> { new(new PatternFill { PatternType = PatternValues.None }), new(new PatternFill { PatternType = PatternValues.Gray125 }) };
        uint AddFill(string rgb)
        {
            fills.Add(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
            return (uint)fills.Count - 1;
        }

        var headerFill = AddFill("D9D9D9");
        var bannerFill = AddFill("FFFF00");
        var blockFill = AddFill("F2F2F2");
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder()));

        var xfs = new List<CellFormat>
        {
            Xf(0, 0, 0),                                              // Default
            Xf(2, 0, 0),                                              // Title
            Xf(3, bannerFill, 0),                                     // Banner
            Xf(1, headerFill, 1, wrap: true, center: true),           // Header
            Xf(0, 0, 1, wrap: true),                                  // Text
            Xf(0, 0, 1, numFmt: DateFormatId),                        // Date
            Xf(0, 0, 1),                                              // Number
            Xf(1, blockFill, 1),                                      // Block
            Xf(1, headerFill, 1, center: true, numFmt: DateFormatId), // HeaderDate
            Xf(1, 0, 0),                                              // Bold
            Xf(0, 0, 0, numFmt: DateFormatId),                        // PlainDate
            Xf(0, 0, 1, center: true),                                // Centered
        };
        foreach (var s in Enum.GetValues<ReportCellStatus>().OrderBy(s => (int)s))
        {
            xfs.Add(Xf(0, AddFill(StatusColours[s]), 1, wrap: true, center: true));
        }

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            fonts,
            new Fills(fills) { Count = (uint)fills.Count },
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(xfs) { Count = (uint)xfs.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size, string? rgb = null)
    {
        var f = new Font();
        if (bold) f.Append(new Bold());
        f.Append(new FontSize { Val = size });
        if (rgb is not null) f.Append(new Color { Rgb = "FF" + rgb });
        f.Append(new FontName { Val = "Arial" });
        f.Append(new FontFamilyNumbering { Val = 2 });
        return f;
    }

    private static T Edge<T>()
        where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };

    private static CellFormat Xf(uint font, uint fill, uint border, bool wrap = false, bool center = false, uint numFmt = 0)
    {
        var xf = new CellFormat
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numFmt, FormatId = 0,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numFmt != 0,
        };
        xf.ApplyAlignment = true;
        xf.Append(new Alignment
        {
            WrapText = wrap ? true : null,
            Vertical = VerticalAlignmentValues.Top,
            Horizontal = center ? HorizontalAlignmentValues.Center : null,
        });

        return xf;
    }
}
