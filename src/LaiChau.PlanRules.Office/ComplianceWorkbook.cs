using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LaiChau.PlanRules.Office.Internal;
using LaiChau.PlanRules.Office.Workbook;

namespace LaiChau.PlanRules.Office;

/// <summary>
/// Writes a compliance report as an Excel workbook (.xlsx) with four sheets: "Tổng hợp" (the body × period matrix in
/// blocks, coloured, with a legend, due dates in the header and counts at the foot), "Phát hiện" (every finding,
/// filtered, frozen header), "Nhiệm vụ" (appendix tasks by the four statuses) and "Ghi chú" (notes, as-of date,
/// plan, legal bases, the illustrative banner). Every sheet prints on A4 landscape, one page wide, header rows
/// repeated. Values are string, number or date cells; never formulas.
/// </summary>
public static class ComplianceWorkbook
{
    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    /// <param name="source">The report and what it was made from.</param>
    /// <param name="output">A writable, seekable stream.</param>
    /// <param name="options">Language and blocks; null for the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static void Write(OfficeReportSource source, Stream output, OfficeDocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var view = new ReportView(source, options ?? new OfficeDocumentOptions());
        var sheets = new[] { Matrix(view), Findings(view), Tasks(view), Notes(view) };

        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wbPart = doc.AddWorkbookPart();
        wbPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles.Create();
        var sheetList = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < sheets.Length; i++)
        {
            var s = sheets[i];
            var part = wbPart.AddNewPart<WorksheetPart>();
            part.Worksheet = s.Build();
            sheetList.Append(new Sheet { Name = s.Name, SheetId = (uint)i + 1, Id = wbPart.GetIdOfPart(part) });
            var quoted = "'" + s.Name.Replace("'", "''", StringComparison.Ordinal) + "'!";
            if (s.AutoFilter is { } f)
            {
                var abs = string.Join(':', f.Split(':').Select(AbsoluteRef));
                names.Append(new DefinedName(quoted + abs) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            }

            if (s.PrintTitleRows is { } t)
            {
                names.Append(new DefinedName(string.Create(CultureInfo.InvariantCulture, $"{quoted}${t.First}:${t.Last}")) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
        }

        wbPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(sheetList, names);
        wbPart.Workbook.Save();
    }

    private static string AbsoluteRef(string cell)
    {
        var letters = new string(cell.TakeWhile(char.IsLetter).ToArray());
        return "$" + letters + "$" + cell[letters.Length..];
    }

    /// <summary>The title row and, for illustrative data, the banner row, each merged over <paramref name="width"/> columns.</summary>
    private static void Heading(SheetBuilder sheet, ReportView v, string title, int width)
    {
        sheet.Merge(sheet.Row(22, XCell.Str(title, Styles.Title)), 0, width - 1);
        if (v.Report.Illustrative)
        {
            sheet.Merge(sheet.Row(XCell.Str(v.L["banner"], Styles.Banner)), 0, width - 1);
        }
    }

    private static SheetBuilder Matrix(ReportView v)
    {
        var l = v.L;
        var width = 2 + v.Periods.Count;
        var sheet = new SheetBuilder(l["sheet.matrix"]).Widths([6, 46, .. v.Periods.Select(_ => 24.0)]);
        Heading(sheet, v, l["matrix.title"], width);
        sheet.Row(XCell.Str(string.Empty, Styles.Default), XCell.Str(l["asOf"], Styles.Bold), XCell.Day(v.Report.AsOf, Styles.PlainDate));

        var first = sheet.Row([XCell.Str(l["no"], Styles.Header), XCell.Str(l["body"], Styles.Header), .. v.Periods.Select(p => p.Part is null ? XCell.Num(p.Period, Styles.Header) : XCell.Str(ReportView.Heading(p), Styles.Header))]);
        sheet.Row([XCell.Str(string.Empty, Styles.Header), XCell.Str(l["due"], Styles.Header), .. v.Periods.Select(p => p.DueOn is null ? XCell.Str(v.DueHeader(p), Styles.Header) : XCell.Day(p.DueOn, Styles.HeaderDate))]);
        var last = sheet.Row([XCell.Str(string.Empty, Styles.Header), XCell.Str(l["dueBasis"], Styles.Header), .. v.Periods.Select(p => XCell.Str(p.DueOn is null ? string.Empty : p.Assumed ? l["due.assumed"] : l["due.confirmed"], Styles.Header))]);
        sheet.PrintTitleRows = (first, last);
        sheet.FreezeBelowRow = last + 1;
        sheet.FreezeColumns = 2;

        var blockNo = 0;
        var rowNo = 0;
        foreach (var block in v.MatrixBlocks)
        {
            var r = sheet.Row([XCell.Str(SafeText.Roman(++blockNo), Styles.Block), XCell.Str(l.Block(block.Block), Styles.Block), .. v.Periods.Select(_ => XCell.Str(string.Empty, Styles.Block))]);
            sheet.Merge(r, 1, width - 1);
            foreach (var row in block.Rows)
            {
                var lines = 1;
                var cells = new List<XCell> { XCell.Num(++rowNo), XCell.Str(row.Name) };
                foreach (var p in v.Periods)
                {
                    if (row.Cells.TryGetValue(p.Key, out var c))
                    {
                        var text = c.Lines(l);
                        lines = Math.Max(lines, text.Count);
                        cells.Add(XCell.Str(string.Join('\n', text), Styles.Status(c.Status.Status)));
                    }
                    else
                    {
                        cells.Add(XCell.Str("–", Styles.Centered));
                    }
                }

                sheet.Row(13.5 * lines + 2, [.. cells]);
            }
        }

        // The foot: each column counted, state by state, over the rows shown.
        foreach (var status in Enum.GetValues<ReportCellStatus>())
        {
            sheet.Row([XCell.Str(string.Empty), XCell.Str(l.Status(status), Styles.Status(status)), .. v.Periods.Select(p => XCell.Num(v.Count(p.Key, status)))]);
        }

        sheet.Row([XCell.Str(string.Empty, Styles.Header), XCell.Str(l["total"], Styles.Header), .. v.Periods.Select(p => XCell.Num(v.Count(p.Key, null), Styles.Header))]);

        sheet.Row();
        sheet.Row(XCell.Str(string.Empty, Styles.Default), XCell.Str(l["legend"], Styles.Bold));
        foreach (var status in Enum.GetValues<ReportCellStatus>())
        {
            sheet.Row(XCell.Str(string.Empty, Styles.Default), XCell.Str(l.Status(status), Styles.Status(status)));
        }

        sheet.Merge(sheet.Row(XCell.Str(string.Empty, Styles.Default), XCell.Str(l["legend.assumed"], Styles.Default)), 1, width - 1);
        return sheet;
    }

    private static SheetBuilder Findings(ReportView v)
    {
        var l = v.L;
        string[] headers = [l["f.id"], l["f.code"], l["f.severity"], l["body"], l["period"], l["due"], l["f.confidence"], l["f.clause"], l["f.message"], l["f.evidence"]];
        var sheet = new SheetBuilder(l["sheet.findings"]).Widths(34, 24, 12, 28, 8, 12, 18, 12, 60, 22);
        Heading(sheet, v, l["findings.title"], headers.Length);
        var header = sheet.Row([.. headers.Select(h => XCell.Str(h, Styles.Header))]);
        sheet.PrintTitleRows = (header, header);
        sheet.FreezeBelowRow = header + 1;
        foreach (var f in v.Findings)
        {
            sheet.Row(
                XCell.Str(f.Id),
                XCell.Str(f.Code),
                XCell.Str(l.Severity(f.Severity)),
                XCell.Str(f.BodyName ?? v.BodyName(f.BodyId)),
                f.Period is { } p ? f.SubPeriod is null ? XCell.Num(p) : XCell.Str(v.PeriodOf(f)) : XCell.Str(string.Empty),
                XCell.Day(f.DueOn),
                XCell.Str(l.Confidence(f.DueConfidence)),
                XCell.Str(f.ClausePath),
                XCell.Str(l.T(f.Message)),
                XCell.Str(string.Join(", ", f.EvidenceIds)));
        }

        sheet.AutoFilter = $"A{header}:{SheetBuilder.Column(headers.Length - 1)}{Math.Max(header, sheet.RowCount)}";
        if (v.Findings.Count == 0) sheet.Row(XCell.Str(l["f.none"], Styles.Default));
        return sheet;
    }

    private static SheetBuilder Tasks(ReportView v)
    {
        var l = v.L;
        string[] headers = [l["period"], l["t.task"], l["t.lead"], l["t.status"], l["due"], l["t.completed"]];
        var sheet = new SheetBuilder(l["sheet.tasks"]).Widths(8, 16, 34, 28, 12, 16);
        Heading(sheet, v, l["tasks.title"], headers.Length);
        var header = sheet.Row([.. headers.Select(h => XCell.Str(h, Styles.Header))]);
        sheet.PrintTitleRows = (header, header);
        sheet.FreezeBelowRow = header + 1;
        foreach (var t in v.Tasks)
        {
            sheet.Row(XCell.Num(t.Period), XCell.Str(t.TaskId), XCell.Str(v.BodyName(t.BodyId)), XCell.Str(l.Task(t.Status)), XCell.Day(t.DueOn), XCell.Day(t.CompletedOn));
        }

        if (v.Tasks.Count == 0) sheet.Row(XCell.Str(l["t.none"], Styles.Default));
        sheet.Row();
        sheet.Row(XCell.Str(string.Empty, Styles.Default), XCell.Str(l["t.status"], Styles.Header), XCell.Str(l["t.count"], Styles.Header));
        foreach (var s in Enum.GetValues<TaskComplianceStatus>())
        {
            sheet.Row(XCell.Str(string.Empty, Styles.Default), XCell.Str(l.Task(s)), XCell.Num(v.Tasks.Count(t => t.Status == s)));
        }

        return sheet;
    }

    private static SheetBuilder Notes(ReportView v)
    {
        var l = v.L;
        var plan = v.Source.Plan;
        var sheet = new SheetBuilder(l["sheet.notes"]).Widths(30, 110);
        Heading(sheet, v, l["notes.title"], 2);
        sheet.Row(XCell.Str(l["n.plan"], Styles.Bold), XCell.Str(plan.Title));
        sheet.Row(XCell.Str(l["n.number"], Styles.Bold), XCell.Str(v.PlanSignature()));
        sheet.Row(XCell.Str(l["asOf"], Styles.Bold), XCell.Day(v.Report.AsOf));
        sheet.Row(XCell.Str(l["n.periods"], Styles.Bold), XCell.Str(string.Create(CultureInfo.InvariantCulture, $"{v.Report.PeriodsCovered.First}-{v.Report.PeriodsCovered.Last}")));
        foreach (var (basis, i) in plan.LegalBases.Select((b, i) => (b, i)))
        {
            sheet.Row(XCell.Str(i == 0 ? l["n.bases"] : string.Empty, Styles.Bold), XCell.Str(Citation.Cite(basis)));
        }

        var notes = v.Report.Notes;
        if (notes.Count == 0) sheet.Row(XCell.Str(l["n.notes"], Styles.Bold), XCell.Str(l["n.none"]));
        foreach (var (note, i) in notes.Select((n, i) => (n, i)))
        {
            sheet.Row(XCell.Str(i == 0 ? l["n.notes"] : string.Empty, Styles.Bold), XCell.Str($"{note.Code}: {l.T(note.Message)}"));
        }

        sheet.Row(XCell.Str(l["legend"], Styles.Bold), XCell.Str(l["legend.assumed"]));
        return sheet;
    }
}
