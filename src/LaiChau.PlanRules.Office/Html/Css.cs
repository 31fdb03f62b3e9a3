namespace LaiChau.PlanRules.Office.Html;

/// <summary>The report's only style sheet, inlined: screen (the page never scrolls sideways, tables do) and print (A4 landscape, header rows repeated).</summary>
internal static class Css
{
    public const string Sheet = """
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:14px;line-height:1.35;color:#111;margin:0 auto;padding:12px;max-width:1280px;overflow-wrap:anywhere}
        h1{font-size:20px;margin:0 0 8px}
        h2{font-size:17px;margin:20px 0 8px}
        .banner{background:#ff0;color:#c00000;font-weight:bold;padding:6px 10px;border:2px solid #c00000;margin:8px 0}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}
        dl.meta dt{font-weight:bold}
        dl.meta dd{margin:0}
        .scroll{overflow-x:auto;max-width:100%;margin:0 0 8px}
        .scroll:focus{outline:2px solid #2a6df4}
        table{border-collapse:collapse;font-size:13px}
        caption{text-align:left;font-weight:bold;padding:4px 0}
        th,td{border:1px solid #888;padding:3px 6px;vertical-align:top;text-align:left}
        thead th,thead td,tfoot th,tfoot td{background:#d9d9d9}
        .matrix td{text-align:center;min-width:8.5em}
        .matrix th[scope=row]{min-width:14em;font-weight:normal}
        .matrix tr.block th{background:#f2f2f2;text-align:left}
        td.num{text-align:right}
        .findings td.msg{min-width:22em}
        .s-OnTime{background:#c6efce}.s-Late{background:#ffeb9c}.s-Missing{background:#ffc7ce}.s-WrongRoute{background:#bdd7ee}.s-NotDue{background:#ededed}.s-Pending{background:#fff}
        ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0}
        ul.legend span{display:inline-block;width:1.1em;height:1.1em;border:1px solid #888;vertical-align:middle;margin-right:4px}
        @media print{
          @page{size:A4 landscape;margin:10mm}
          body{max-width:none;padding:0;font-size:9pt}
          .scroll{overflow:visible}
          table{width:100%;font-size:8pt}
          .matrix td,.matrix th[scope=row],.findings td.msg{min-width:0}
          thead{display:table-header-group}
          tfoot{display:table-row-group}
          tr{break-inside:avoid}
          h2{break-after:avoid}
          section{break-before:page}
          section:first-of-type{break-before:auto}
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        """;
}
