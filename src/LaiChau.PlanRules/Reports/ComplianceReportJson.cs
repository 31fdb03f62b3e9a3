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
        Int(w, "formatVersion", FormatVersion);
        Str(w, "planId", report.PlanId);
        Str(w, "asOf", D(report.AsOf));
        Bool(w, "illustrative", report.Illustrative);
        var plan = report.Context.Plan;
        w.WritePropertyName("plan");
        w.WriteStartObject();
        Str(w, "number", plan.Number);
        Date(w, "signedOn", plan.SignedOn);
        Bool(w, "illustrative", report.Illustrative && (plan.Number is not null || plan.SignedOn is not null));
        w.WriteEndObject();
        Str(w, "language", Lang(language));
        w.WritePropertyName("periodsCovered");
        w.WriteStartObject();
        Int(w, "first", report.PeriodsCovered.First);
        Int(w, "last", report.PeriodsCovered.Last);
        w.WriteEndObject();

        Objects(w, "findings", report.Findings, f => FindingMembers(w, f, language));

        Objects(w, "reportStatuses", report.ReportStatuses, c =>
        {
            Str(w, "obligation", c.ObligationId);
            Str(w, "body", c.BodyId);
            Int(w, "period", c.Period);
            Part(w, c.Period, c.SubPeriod, language);
            Str(w, "status", Camel(c.Status.ToString()));
            Date(w, "dueOn", c.DueOn);
            Str(w, "dueConfidence", c.DueConfidence is { } dc ? ConfidenceText.Code(dc) : null);
            Date(w, "receivedOn", c.ReceivedOn);
            Str(w, "evidence", c.EvidenceId);
            Str(w, "responsibleBody", c.ResponsibleBodyId);
            Bool(w, "inherited", c.IsInherited);
            Str(w, "obligationConfidence", ConfidenceText.Code(c.ObligationConfidence));
        });

        Objects(w, "taskStatuses", report.TaskStatuses, t =>
        {
            Str(w, "id", t.TaskObligationId);
            Str(w, "task", t.TaskId);
            Str(w, "body", t.BodyId);
            Int(w, "period", t.Period);
            Str(w, "status", Camel(t.Status.ToString()));
            Date(w, "dueOn", t.DueOn);
            Date(w, "completedOn", t.CompletedOn);
        });

        w.WritePropertyName("summary");
        w.WriteStartObject();
        Counts(w, "total", report.Totals);
        Objects(w, "byPeriod", report.Periods, p =>
        {
            Int(w, "period", p.Period);
            Part(w, p.Period, p.SubPeriod, language);
            Str(w, "windowStart", D(p.WindowStart));
            Str(w, "cutOff", D(p.CutOff));
            Counts(w, "counts", p.Counts);
        });
        Objects(w, "byBody", report.Bodies, b =>
        {
            Str(w, "body", b.BodyId);
            Str(w, "name", b.Name);
            Int(w, "studies", b.Studies);
            Int(w, "inspections", b.Inspections);
            Counts(w, "counts", b.Counts);
        });
        w.WriteEndObject();

        Objects(w, "notes", report.Notes, n =>
        {
            Str(w, "code", n.Code);
            Str(w, "evidence", n.EvidenceId);
            Messages(w, n.Message, language);
        });
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

    private static void Counts(JsonWriter w, string name, StatusCounts c)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        Int(w, "reports", c.Reports); Int(w, "onTime", c.OnTime); Int(w, "late", c.Late); Int(w, "missing", c.Missing); Int(w, "wrongRoute", c.WrongRoute);
        Int(w, "notDue", c.NotDue); Int(w, "pending", c.Pending); Int(w, "violations", c.Violations); Int(w, "warnings", c.Warnings); Int(w, "infos", c.Infos);
        Int(w, "tasksCompletedOnTime", c.TasksCompletedOnTime); Int(w, "tasksCompletedLate", c.TasksCompletedLate);
        Int(w, "tasksOpenWithinDeadline", c.TasksOpenWithinDeadline); Int(w, "tasksOpenOverdue", c.TasksOpenOverdue); Int(w, "tasksDue", c.TasksDue);
        w.WritePropertyName("overdueShare"); w.WriteValue(Math.Round(c.OverdueShare, 4));
        w.WriteEndObject();
    }

    /// <summary>An array of objects, one per item, whose members <paramref name="writeMembers"/> writes.</summary>
    private static void Objects<T>(JsonWriter w, string name, IEnumerable<T> items, Action<T> writeMembers)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeMembers(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The members of one finding's object (docs/report-format.md); <c>planrules explain --format json</c> writes the same.</summary>
    internal static void FindingMembers(JsonWriter w, Finding f, string language)
    {
        Str(w, "id", f.Id);
        Str(w, "code", f.Code);
        Str(w, "severity", Severity(f.Severity));
        Str(w, "body", f.BodyId);
        Str(w, "bodyName", f.BodyName);
        Str(w, "responsibleBody", f.ResponsibleBodyId);
        Int(w, "period", f.Period);
        Part(w, f.Period, f.SubPeriod, language);
        Str(w, "obligation", f.ObligationId);
        Str(w, "clause", f.ClausePath);
        Date(w, "dueOn", f.DueOn);
        Str(w, "dueConfidence", f.DueConfidence is { } c ? ConfidenceText.Code(c) : null);
        Bool(w, "dueAssumed", f.IsDueAssumed);
        Str(w, "deadlinePolicy", f.DeadlinePolicy);
        Messages(w, f.Message, language);
        Strings(w, "evidence", f.EvidenceIds);
        Strings(w, "details", f.Details);
        Str(w, "obligationConfidence", f.ObligationConfidence is { } oc ? ConfidenceText.Code(oc) : null);
    }

    /// <summary>The message in the chosen language, then both languages.</summary>
    internal static void Messages(JsonWriter w, LocalizedText message, string language)
    {
        Str(w, "message", message.In(language));
        w.WritePropertyName("messages");
        w.WriteStartObject();
        Str(w, "vi", message.Vi);
        Str(w, "en", message.En);
        w.WriteEndObject();
    }

    /// <summary>
    /// For a half or quarter only, after <c>period</c>: <c>subPeriod</c> (<c>H1</c>, <c>Q3</c>) and <c>periodLabel</c> in the
    /// chosen language ("6 tháng đầu năm 2026", "first half of 2026"). Written only when set, so a report of yearly duties
    /// has the same members as before.
    /// </summary>
    private static void Part(JsonWriter w, int? period, Plan.SubPeriod? part, string language)
    {
        if (part is null || period is not { } year) return;
        Str(w, "subPeriod", part.Code);
        Str(w, "periodLabel", part.Label(year).In(language));
    }

    private static void Int(JsonWriter w, string name, int? value)
    {
        w.WritePropertyName(name);
        if (value is { } v) w.WriteValue(v); else w.WriteNull();
    }

    private static void Bool(JsonWriter w, string name, bool value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
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
