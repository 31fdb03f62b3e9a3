using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Rules;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Reports;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as JSON (docs/report-format.md): deterministic (same report,
/// same bytes, whatever the host's culture or time zone), camelCase, dates as <c>yyyy-MM-dd</c>, each
/// message in the chosen language and in both languages.
/// </summary>
public static class ComplianceReportJson
{
    /// <summary>The report format version written in <c>formatVersion</c>.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer; not closed.</param>
    /// <param name="language"><c>vi</c> (default) or <c>en</c>: the language of each <c>message</c>.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Write(ComplianceReport report, TextWriter writer, string language = "vi", bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var w = new JsonTextWriter(writer) { CloseOutput = false, Formatting = indented ? Formatting.Indented : Formatting.None, Culture = CultureInfo.InvariantCulture };
        w.WriteStartObject();
        w.WritePropertyName("formatVersion"); w.WriteValue(FormatVersion);
        w.WritePropertyName("planId"); w.WriteValue(report.PlanId);
        w.WritePropertyName("asOf"); w.WriteValue(D(report.AsOf));
        w.WritePropertyName("illustrative"); w.WriteValue(report.Illustrative);
        var plan = report.Context.Plan;
        w.WritePropertyName("plan");
        w.WriteStartObject();
        Str(w, "number", plan.Number);
        Date(w, "signedOn", plan.SignedOn);
        w.WritePropertyName("illustrative"); w.WriteValue(report.Illustrative && (plan.Number is not null || plan.SignedOn is not null));
        w.WriteEndObject();
        w.WritePropertyName("language"); w.WriteValue(Lang(language));
        w.WritePropertyName("periodsCovered");
        w.WriteStartObject();
        w.WritePropertyName("first"); w.WriteValue(report.PeriodsCovered.First);
        w.WritePropertyName("last"); w.WriteValue(report.PeriodsCovered.Last);
        w.WriteEndObject();

        w.WritePropertyName("findings");
        w.WriteStartArray();
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            Str(w, "id", f.Id);
            Str(w, "code", f.Code);
            Str(w, "severity", Severity(f.Severity));
            Str(w, "body", f.BodyId);
            Str(w, "bodyName", f.BodyName);
            Str(w, "responsibleBody", f.ResponsibleBodyId);
            w.WritePropertyName("period"); if (f.Period is { } p) w.WriteValue(p); else w.WriteNull();
            Str(w, "obligation", f.ObligationId);
            Str(w, "clause", f.ClausePath);
            Date(w, "dueOn", f.DueOn);
            Str(w, "dueConfidence", f.DueConfidence is { } c ? ConfidenceText.Code(c) : null);
            w.WritePropertyName("dueAssumed"); w.WriteValue(f.IsDueAssumed);
            Str(w, "deadlinePolicy", f.DeadlinePolicy);
            Messages(w, f.Message, language);
            Strings(w, "evidence", f.EvidenceIds);
            Strings(w, "details", f.Details);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName("reportStatuses");
        w.WriteStartArray();
        foreach (var c in report.ReportStatuses)
        {
            w.WriteStartObject();
            Str(w, "obligation", c.ObligationId);
            Str(w, "body", c.BodyId);
            w.WritePropertyName("period"); w.WriteValue(c.Period);
            Str(w, "status", Camel(c.Status.ToString()));
            Date(w, "dueOn", c.DueOn);
            Str(w, "dueConfidence", c.DueConfidence is { } dc ? ConfidenceText.Code(dc) : null);
            Date(w, "receivedOn", c.ReceivedOn);
            Str(w, "evidence", c.EvidenceId);
            Str(w, "responsibleBody", c.ResponsibleBodyId);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName("taskStatuses");
        w.WriteStartArray();
        foreach (var t in report.TaskStatuses)
        {
            w.WriteStartObject();
            Str(w, "id", t.TaskObligationId);
            Str(w, "task", t.TaskId);
            Str(w, "body", t.BodyId);
            w.WritePropertyName("period"); w.WriteValue(t.Period);
            Str(w, "status", Camel(t.Status.ToString()));
            Date(w, "dueOn", t.DueOn);
            Date(w, "completedOn", t.CompletedOn);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName("summary");
        w.WriteStartObject();
        w.WritePropertyName("total"); Counts(w, report.Totals);
        w.WritePropertyName("byPeriod");
        w.WriteStartArray();
        foreach (var p in report.Periods)
        {
            w.WriteStartObject();
            w.WritePropertyName("period"); w.WriteValue(p.Period);
            Str(w, "windowStart", D(p.WindowStart));
            Str(w, "cutOff", D(p.CutOff));
            w.WritePropertyName("counts"); Counts(w, p.Counts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("byBody");
        w.WriteStartArray();
        foreach (var b in report.Bodies)
        {
            w.WriteStartObject();
            Str(w, "body", b.BodyId);
            Str(w, "name", b.Name);
            w.WritePropertyName("studies"); w.WriteValue(b.Studies);
            w.WritePropertyName("inspections"); w.WriteValue(b.Inspections);
            w.WritePropertyName("counts"); Counts(w, b.Counts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WritePropertyName("notes");
        w.WriteStartArray();
        foreach (var n in report.Notes)
        {
            w.WriteStartObject();
            Str(w, "code", n.Code);
            Str(w, "evidence", n.EvidenceId);
            Messages(w, n.Message, language);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>Serializes the report to a string (see <see cref="Write"/>), with <c>\n</c> line endings.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language"><c>vi</c> or <c>en</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ComplianceReport report, string language = "vi")
    {
        var sb = new StringBuilder();
        using (var sw = new StringWriter(sb, CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            Write(report, sw, language);
        }

        return sb.ToString();
    }

    private static void Counts(JsonWriter w, StatusCounts c)
    {
        w.WriteStartObject();
        void I(string name, int v) { w.WritePropertyName(name); w.WriteValue(v); }
        I("reports", c.Reports); I("onTime", c.OnTime); I("late", c.Late); I("missing", c.Missing); I("wrongRoute", c.WrongRoute);
        I("notDue", c.NotDue); I("pending", c.Pending); I("violations", c.Violations); I("warnings", c.Warnings); I("infos", c.Infos);
        I("tasksCompletedOnTime", c.TasksCompletedOnTime); I("tasksCompletedLate", c.TasksCompletedLate);
        I("tasksOpenWithinDeadline", c.TasksOpenWithinDeadline); I("tasksOpenOverdue", c.TasksOpenOverdue); I("tasksDue", c.TasksDue);
        w.WritePropertyName("overdueShare"); w.WriteValue(Math.Round(c.OverdueShare, 4));
        w.WriteEndObject();
    }

    /// <summary>The message in the chosen language, then both languages.</summary>
    private static void Messages(JsonWriter w, LocalizedText message, string language)
    {
        Str(w, "message", message.In(language));
        w.WritePropertyName("messages");
        w.WriteStartObject();
        Str(w, "vi", message.Vi);
        Str(w, "en", message.En);
        w.WriteEndObject();
    }

    private static void Date(JsonWriter w, string name, DateOnly? value) => Str(w, name, value is { } d ? D(d) : null);

    private static void Str(JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name);
        if (value is null) w.WriteNull(); else w.WriteValue(value);
    }

    private static void Strings(JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var v in values) w.WriteValue(v);
        w.WriteEndArray();
    }

    internal static string Severity(FindingSeverity s) => s switch
    {
        FindingSeverity.Violation => "violation",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Lang(string? language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi";

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
