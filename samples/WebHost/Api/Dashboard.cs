using System.Globalization;
using System.Net;
using System.Text;
using LaiChau.PlanRules;
using LaiChau.PlanRules.Office;
using WebHost.Register;

namespace WebHost.Api;

/// <summary>
/// The dashboard: the printable report's HTML (LaiChau.PlanRules.Office) with a form to register a received
/// report on top; the page polls <c>/api/version</c> and replaces the report's sections when anything changed,
/// so every open page sees a new report, a withdrawal or a new day without a reload. Vietnamese unless <c>?lang=en</c>.
/// </summary>
internal static class Dashboard
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (DocumentRegister register, string? lang) => Page(register, lang == "en" ? "en" : "vi"));
        app.MapGet("/api/version", (DocumentRegister register) =>
            Json.Text(string.Create(CultureInfo.InvariantCulture, $"{{\"version\":{register.Version},\"asOf\":\"{register.Monitor.AsOf:yyyy-MM-dd}\"}}")));
        return app;
    }

    private static IResult Page(DocumentRegister register, string lang)
    {
        var en = lang == "en";
        using var stream = new MemoryStream();
        ComplianceHtmlReport.Write(DownloadEndpoints.Source(register), stream, new OfficeDocumentOptions { Language = lang });
        var html = Encoding.UTF8.GetString(stream.ToArray());
        var version = register.Version;
        html = html.Replace("</style>", Style + "</style>", StringComparison.Ordinal)
            .Replace("<main>", "<main>" + Form(register, en), StringComparison.Ordinal)
            .Replace("</body>", $"<script>const planRulesVersion = {version}; const en = {(en ? "true" : "false")};{Script}</script></body>", StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static string Form(DocumentRegister register, bool en)
    {
        var report = register.Snapshot();
        var asOf = register.Monitor.AsOf;
        var bodies = report.ReportStatuses.Select(s => s.BodyId).Distinct()
            .Select(id => (Id: id, Name: register.Evaluator.Catalog.Get(id).NameOn(asOf)))
            .OrderBy(b => b.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false));
        var b = new StringBuilder();
        string T(string vi, string english) => WebUtility.HtmlEncode(en ? english : vi);
        b.Append("<section id=\"register\" aria-labelledby=\"register-title\"><h2 id=\"register-title\">")
            .Append(T("Vào sổ báo cáo đã nhận", "Register a received report")).Append("</h2>")
            .Append("<form id=\"register-form\" class=\"register\">")
            .Append("<div><label for=\"f-body\">").Append(T("Cơ quan gửi", "Sending body")).Append("</label><select id=\"f-body\" name=\"body\" required>");
        foreach (var (id, name) in bodies) b.Append("<option value=\"").Append(WebUtility.HtmlEncode(id)).Append("\">").Append(WebUtility.HtmlEncode(name)).Append("</option>");
        b.Append("</select></div>")
            .Append("<div><label for=\"f-period\">").Append(T("Báo cáo năm", "Report for year")).Append("</label><input id=\"f-period\" name=\"period\" type=\"number\" required value=\"")
            .Append(report.PeriodsCovered.Last.ToString(CultureInfo.InvariantCulture)).Append("\"></div>")
            .Append("<div><label for=\"f-received\">").Append(T("Ngày giờ nhận (giờ Việt Nam)", "Received at (Vietnam time)")).Append("</label><input id=\"f-received\" name=\"receivedAt\" type=\"datetime-local\" required value=\"")
            .Append(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("T08:00\"></div>")
            .Append("<div><label for=\"f-number\">").Append(T("Số, ký hiệu văn bản", "Document number")).Append("</label><input id=\"f-number\" name=\"documentNumber\" type=\"text\"></div>")
            .Append("<button type=\"submit\">").Append(T("Vào sổ", "Register")).Append("</button>")
            .Append("<output id=\"register-result\" role=\"status\"></output></form></section>");
        return b.ToString();
    }

    private const string Style = """

        .register { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .5rem 1rem; align-items: end; max-width: 100%; }
        .register > div { display: flex; flex-direction: column; gap: .2rem; min-width: 0; }
        .register select, .register input, .register button { font: inherit; padding: .3rem; max-width: 100%; box-sizing: border-box; }
        .register output { grid-column: 1 / -1; }
        """;

    // Registers through the JSON API (the library's evidence format) and refreshes the report's sections when the
    // register's version changes, whoever changed it.
    private const string Script = """

        let version = planRulesVersion;
        async function refresh() {
          const page = new DOMParser().parseFromString(await (await fetch(location.href, { cache: 'no-store' })).text(), 'text/html');
          document.querySelector('header').replaceWith(page.querySelector('header'));
          for (const s of document.querySelectorAll('main > section:not(#register)')) s.remove();
          for (const s of page.querySelectorAll('main > section:not(#register)')) document.querySelector('main').append(s);
        }
        async function poll() {
          try {
            const v = await (await fetch('/api/version', { cache: 'no-store' })).json();
            if (v.version !== version) { version = v.version; await refresh(); }
          } catch (e) { }
          setTimeout(poll, 1000);
        }
        setTimeout(poll, 1000);
        document.getElementById('register-form').addEventListener('submit', async ev => {
          ev.preventDefault();
          const f = new FormData(ev.target);
          const report = { id: 'WEB-' + Date.now(), body: f.get('body'), period: Number(f.get('period')),
            receivedAt: f.get('receivedAt') + ':00+07:00', addressee: 'ubnd-tinh', deliveredTo: 'so-noi-vu', means: 'software' };
          if (f.get('documentNumber')) report.documentNumber = f.get('documentNumber');
          const r = await fetch('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ schemaVersion: 1, reports: [report] }) });
          const out = document.getElementById('register-result');
          if (r.ok) { out.textContent = (en ? 'Registered ' : 'Đã vào sổ ') + report.id; }
          else { const p = await r.json(); out.textContent = (en ? 'Refused: ' : 'Không nhận: ') + p.detail + (p.jsonPath ? ' (' + p.jsonPath + ')' : ''); }
        });
        """;
}
