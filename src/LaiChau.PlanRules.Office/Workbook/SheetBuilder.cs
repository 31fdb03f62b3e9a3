using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using LaiChau.PlanRules.Office.Internal;

namespace LaiChau.PlanRules.Office.Workbook;

/// <summary>A value for one cell: text, a number or a date, with its style. Never a formula.</summary>
internal readonly record struct XCell(string? Text, double? Number, DateOnly? Date, uint Style)
{
    public static XCell Str(string? text, uint style = Styles.Text) => new(SafeText.Clean(text), null, null, style);

    public static XCell Num(int n, uint style = Styles.Number) => new(null, n, null, style);

    public static XCell Day(DateOnly? d, uint style = Styles.Date) => d is null ? Str(string.Empty, style == Styles.HeaderDate ? Styles.Header : Styles.Text) : new(null, null, d, style);
}

/// <summary>Builds one worksheet row by row: cells, merged ranges, column widths, frozen header, filter and A4 landscape print setup.</summary>
internal sealed class SheetBuilder(string name)
{
    private readonly SheetData _data = new();
    private readonly List<string> _merges = [];
    private readonly List<double> _widths = [];

    public string Name { get; } = name;

    /// <summary>The number of rows written (the last row's index, 1-based).</summary>
    public int RowCount { get; private set; }

    /// <summary>Rows repeated at the top of every printed page (1-based, inclusive), if any.</summary>
    public (int First, int Last)? PrintTitleRows { get; set; }

    /// <summary>Rows above this one stay on screen when scrolling (1-based), if any.</summary>
    public int? FreezeBelowRow { get; set; }

    /// <summary>Columns left of this many stay on screen when scrolling sideways (with <see cref="FreezeBelowRow"/>).</summary>
    public int FreezeColumns { get; set; }

    /// <summary>The filtered range, if any.</summary>
    public string? AutoFilter { get; set; }

    public SheetBuilder Widths(params double[] widths)
    {
        _widths.AddRange(widths);
        return this;
    }

    public int Row(params XCell[] cells) => Row(null, cells);

    public int Row(double? height, params XCell[] cells)
    {
        var index = ++RowCount;
        var row = new Row { RowIndex = (uint)index };
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            row.Append(Cell(cells[i], Ref(i, index)));
        }

        _data.Append(row);
        return index;
    }

    /// <summary>Merges the cells of <paramref name="row"/> from column <paramref name="first"/> to <paramref name="last"/> (0-based).</summary>
    public void Merge(int row, int first, int last) => _merges.Add($"{Ref(first, row)}:{Ref(last, row)}");

    public static string Ref(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Column(int index)
    {
        var s = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + ((n - 1) % 26)) + s;
        return s;
    }

    public Worksheet Build()
    {
        var ws = new Worksheet();
        ws.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0 };
        if (FreezeBelowRow is { } f)
        {
            var pane = FreezeColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft;
            var topLeft = Ref(FreezeColumns, f);
            view.Append(new Pane { HorizontalSplit = FreezeColumns > 0 ? FreezeColumns : null, VerticalSplit = f - 1, TopLeftCell = topLeft, ActivePane = pane, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>([topLeft]) });
        }

        ws.Append(new SheetViews(view));
        if (_widths.Count > 0)
        {
            ws.Append(new Columns(_widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        }

        ws.Append(_data);
        if (AutoFilter is { } filter) ws.Append(new AutoFilter { Reference = filter });
        if (_merges.Count > 0) ws.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        ws.Append(new PrintOptions { HorizontalCentered = true });
        ws.Append(new PageMargins { Left = 0.5, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        // A4 (9), landscape, fitted to one page wide and as many pages tall as needed.
        ws.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        ws.Append(new HeaderFooter(new OddFooter("&C&P/&N")));
        return ws;
    }

    private static Cell Cell(XCell c, string reference)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = c.Style };
        if (c.Number is { } n)
        {
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(n);
        }
        else if (c.Date is { } d)
        {
            // A real date: the serial day number, shown dd/mm/yyyy by the style.
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate());
        }
        else
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(c.Text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve });
        }

        return cell;
    }
}
