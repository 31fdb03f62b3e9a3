using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Office.Html;
using LaiChau.PlanRules.Office.Internal;

namespace LaiChau.PlanRules.Office;

/// <summary>
/// Writes a compliance report as one self-contained, printable HTML file (no external scripts, styles or fonts)
/// with the workbook's content: the matrix in blocks with a legend, the findings, the tasks and the notes. It prints
/// on A4 landscape with table headers repeated on every page; on a phone only the tables scroll sideways.
/// </summary>
public static class ComplianceHtmlReport
{
    /// <summary>Writes the report to <paramref name="output"/> as UTF-8 (left open).</summary>
    /// <param name="source">The report and what it was made from.</param>
    /// <param name="output">A writable stream.</param>
    /// <param name="options">Language and blocks; null for the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static void Write(OfficeReportSource source, Stream output, OfficeDocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var v = new ReportView(source, options ?? new OfficeDocumentOptions());
        var l = v.L;
        var h = new HtmlWriter();
        var title = l.T("Kết quả kiểm tra thực hiện Kế hoạch", "Plan compliance check");
        h.Raw("<!DOCTYPE html>\n").Open("html", ("lang", l.Code)).Raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .El("title", title + " – " + SafeText.Date(v.Report.AsOf)).Raw("<style>" + Css.Sheet + "</style></head><body><header>")
            .El("h1", title);
        if (v.Report.Illustrative) h.El("p", l["banner"], ("class", "banner"), ("role", "note"));
        h.Raw("<dl class=\"meta\">")
            .El("dt", l["n.plan"]).El("dd", v.Source.Plan.Title)
            .El("dt", l["n.number"]).El("dd", v.PlanSignature())
            .El("dt", l["asOf"]).El("dd", SafeText.Date(v.Report.AsOf))
            .El("dt", l["n.periods"]).El("dd", string.Create(CultureInfo.InvariantCulture, $"{v.Report.PeriodsCovered.First}-{v.Report.PeriodsCovered.Last}"))
            .Raw("</dl></header><main>");
        Matrix(h, v);
        Findings(h, v);
        Tasks(h, v);
        Notes(h, v);
        h.Raw("</main></body></html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(h.ToString());
        output.Write(bytes);
        output.Flush();
    }

    private static void Section(HtmlWriter h, string id, string heading) =>
        h.Open("section", ("aria-labelledby", id)).El("h2", heading, ("id", id));

    private static void ScrollingTable(HtmlWriter h, string labelledBy, string cssClass) =>
        h.Open("div", ("class", "scroll"), ("role", "region"), ("aria-labelledby", labelledBy), ("tabindex", "0")).Open("table", ("class", cssClass));

    private static void Matrix(HtmlWriter h, ReportView v)
    {
        var l = v.L;
        Section(h, "matrix", l["matrix.title"]);
        ScrollingTable(h, "matrix", "matrix");
        h.Raw("<thead><tr>").El("th", l["no"], ("scope", "col")).El("th", l["body"], ("scope", "col"));
        foreach (var p in v.Periods) h.El("th", ReportView.Heading(p), ("scope", "col"));
        h.Raw("</tr><tr>").El("td", string.Empty).El("th", l["due"], ("scope", "row"));
        foreach (var p in v.Periods) h.El("td", v.DueHeader(p));
        h.Raw("</tr><tr>").El("td", string.Empty).El("th", l["dueBasis"], ("scope", "row"));
        foreach (var p in v.Periods) h.El("td", p.DueOn is null ? string.Empty : p.Assumed ? l["due.assumed"] : l["due.confirmed"]);
        h.Raw("</tr></thead>");

        var blockNo = 0;
        var rowNo = 0;
        foreach (var block in v.MatrixBlocks)
        {
            h.Raw("<tbody><tr class=\"block\">").El("th", $"{SafeText.Roman(++blockNo)}. {l.Block(block.Block)}", ("scope", "rowgroup"), ("colspan", SafeText.Number(2 + v.Periods.Count))).Raw("</tr>");
            foreach (var row in block.Rows)
            {
                h.Raw("<tr>").El("td", SafeText.Number(++rowNo), ("class", "num")).El("th", row.Name, ("scope", "row"));
                foreach (var p in v.Periods)
                {
                    if (row.Cells.TryGetValue(p.Key, out var c))
                    {
                        h.Open("td", ("class", "s-" + c.Status.Status)).Lines(c.Lines(l)).Close("td");
                    }
                    else
                    {
                        h.El("td", "–");
                    }
                }

                h.Raw("</tr>");
            }

            h.Raw("</tbody>");
        }

        h.Raw("<tfoot>");
        foreach (var status in Enum.GetValues<ReportCellStatus>())
        {
            h.Raw("<tr>").El("td", string.Empty).El("th", l.Status(status), ("scope", "row"));
            foreach (var p in v.Periods) h.El("td", SafeText.Number(v.Count(p.Key, status)), ("class", "num"));
            h.Raw("</tr>");
        }

        h.Raw("<tr>").El("td", string.Empty).El("th", l["total"], ("scope", "row"));
        foreach (var p in v.Periods) h.El("td", SafeText.Number(v.Count(p.Key, null)), ("class", "num"));
        h.Raw("</tr></tfoot></table></div>");

        h.El("h3", l["legend"]).Raw("<ul class=\"legend\">");
        foreach (var status in Enum.GetValues<ReportCellStatus>())
        {
            h.Raw("<li>").Open("span", ("class", "s-" + status), ("aria-hidden", "true")).Close("span").Text(l.Status(status)).Raw("</li>");
        }

        h.Raw("</ul>").El("p", l["legend.assumed"]).Raw("</section>");
    }

    private static void Findings(HtmlWriter h, ReportView v)
    {
        var l = v.L;
        Section(h, "findings", l["findings.title"] + $" ({SafeText.Number(v.Findings.Count)})");
        if (v.Findings.Count == 0)
        {
            h.El("p", l["f.none"]).Raw("</section>");
            return;
        }

        ScrollingTable(h, "findings", "findings");
        HeaderRow(h, l["f.severity"], l["f.code"], l["body"], l["period"], l["due"], l["f.confidence"], l["f.clause"], l["f.message"], l["f.evidence"], l["f.id"]);
        h.Raw("<tbody>");
        foreach (var f in v.Findings)
        {
            h.Raw("<tr>").El("td", l.Severity(f.Severity)).El("td", f.Code).El("td", f.BodyName ?? v.BodyName(f.BodyId))
                .El("td", v.PeriodOf(f))
                .El("td", SafeText.Date(f.DueOn) + (f.IsDueAssumed ? "*" : string.Empty)).El("td", l.Confidence(f.DueConfidence))
                .El("td", f.ClausePath).El("td", l.T(f.Message), ("class", "msg")).El("td", string.Join(", ", f.EvidenceIds)).El("td", f.Id)
                .Raw("</tr>");
        }

        h.Raw("</tbody></table></div></section>");
    }

    private static void Tasks(HtmlWriter h, ReportView v)
    {
        var l = v.L;
        Section(h, "tasks", l["tasks.title"]);
        if (v.Tasks.Count == 0)
        {
            h.El("p", l["t.none"]);
        }
        else
        {
            ScrollingTable(h, "tasks", "tasks");
            HeaderRow(h, l["period"], l["t.task"], l["t.lead"], l["t.status"], l["due"], l["t.completed"]);
            h.Raw("<tbody>");
            foreach (var t in v.Tasks)
            {
                h.Raw("<tr>").El("td", SafeText.Number(t.Period)).El("td", t.TaskId).El("td", v.BodyName(t.BodyId)).El("td", l.Task(t.Status))
                    .El("td", SafeText.Date(t.DueOn)).El("td", SafeText.Date(t.CompletedOn)).Raw("</tr>");
            }

            h.Raw("</tbody></table></div>");
        }

        h.Open("table", ("class", "counts")).Raw("<thead><tr>").El("th", l["t.status"], ("scope", "col")).El("th", l["t.count"], ("scope", "col")).Raw("</tr></thead><tbody>");
        foreach (var s in Enum.GetValues<TaskComplianceStatus>())
        {
            h.Raw("<tr>").El("th", l.Task(s), ("scope", "row")).El("td", SafeText.Number(v.Tasks.Count(t => t.Status == s)), ("class", "num")).Raw("</tr>");
        }

        h.Raw("</tbody></table></section>");
    }

    private static void Notes(HtmlWriter h, ReportView v)
    {
        var l = v.L;
        Section(h, "notes", l["notes.title"]);
        h.El("h3", l["n.bases"]).Raw("<ul>");
        foreach (var b in v.Source.Plan.LegalBases) h.El("li", Citation.Cite(b));
        h.Raw("</ul>").El("h3", l["n.notes"]);
        if (v.Report.Notes.Count == 0) h.El("p", l["n.none"]);
        else
        {
            h.Raw("<ul>");
            foreach (var n in v.Report.Notes) h.El("li", $"{n.Code}: {l.T(n.Message)}");
            h.Raw("</ul>");
        }

        h.Raw("</section>");
    }

    private static void HeaderRow(HtmlWriter h, params string[] headers)
    {
        h.Raw("<thead><tr>");
        foreach (var c in headers) h.El("th", c, ("scope", "col"));
        h.Raw("</tr></thead>");
    }
}
