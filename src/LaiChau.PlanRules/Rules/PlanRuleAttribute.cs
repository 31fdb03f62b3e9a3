namespace LaiChau.PlanRules.Rules;

/// <summary>
/// Everything a rule class says about its findings, in one place: severity, clause, legal basis, the
/// Vietnamese description, the default policy it rests on and the message templates in both languages.
/// The finding code is the rule's NRules <c>[Name]</c>; the English description is its <c>[Description]</c>.
/// Read back with <see cref="RuleInfo.From"/>; <see cref="FindingFact.For{TRule}(ObligationCase, Submission?, bool, IReadOnlyList{string}?)"/>
/// takes code and severity from here. Built-in and host-written rules use it alike (docs/rules.md).
/// </summary>
/// <remarks>
/// A message template is text with placeholders in braces, filled when a report is built:
/// <c>{body}</c> (the body's name in the period), <c>{period}</c> ("2024", or "6 tháng đầu năm 2026" / "first half of
/// 2026", "Quý III/2026" / "Q3 2026" for a half or quarter), <c>{report}</c> ("báo cáo năm 2024" / "report for 2024",
/// "báo cáo 6 tháng đầu năm 2026" / "report for the first half of 2026", or the ad hoc report), <c>{synthesis}</c>
/// ("báo cáo tổng hợp năm 2024" / "2024 synthesis", "báo cáo tổng hợp Quý III/2026" / "Q3 2026 synthesis"), <c>{due}</c> (dd/MM/yyyy), <c>{assumed}</c> (" (hạn giả định)" when
/// the due date is assumed, else nothing), <c>{daysPastDue}</c> (calendar days from the due date to the as-of
/// date), <c>{evidence}</c> (the first evidence id), <c>{received}</c> (the date that evidence was judged on),
/// <c>{route}</c> (the route the obligation expects, in words), <c>{details}</c> (the finding's details, comma
/// separated), <c>{milestone}</c> (a review milestone), <c>{task}</c>, <c>{judgedDue}</c> and <c>{completed}</c>
/// (a task's id, the due date it is judged against, its completion date), <c>{code}</c> and <c>{noDuty}</c> (why the body
/// owes nothing for the period: "kết thúc hoạt động từ 01/07/2025, trước ngày chốt số liệu 14/12/2025", "sáp nhập vào …",
/// "thành lập từ …", or not among the obligated bodies). A placeholder
/// written with a capital (<c>{Report}</c>) capitalises its value. Any other brace is an error, reported when
/// the rule is first read. Without templates a finding reads "<c>{code}: {body}.</c>".
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PlanRuleAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="severity">The severity of the findings the rule yields.</param>
    /// <param name="clausePath">The clause of the Lai Châu plan it implements (a template of another plan may cite another path; a finding carries its obligation's).</param>
    /// <param name="legalBasis">The legal basis in words (Vietnamese).</param>
    public PlanRuleAttribute(FindingSeverity severity, string clausePath, string legalBasis)
    {
        Severity = severity;
        ClausePath = clausePath;
        LegalBasis = legalBasis;
    }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The clause path.</summary>
    public string ClausePath { get; }

    /// <summary>The legal basis.</summary>
    public string LegalBasis { get; }

    /// <summary>What the rule checks, in Vietnamese (the English is the rule's <c>[Description]</c>); when unset, the English serves.</summary>
    public string? DescriptionVi { get; set; }

    /// <summary>The deadline policy the rule rests on and its default, in Vietnamese.</summary>
    public string? DefaultPolicyVi { get; set; }

    /// <summary>The deadline policy the rule rests on and its default, in English.</summary>
    public string? DefaultPolicyEn { get; set; }

    /// <summary>The Vietnamese message template of its findings (placeholders: see the remarks of <see cref="PlanRuleAttribute"/>).</summary>
    public string? MessageVi { get; set; }

    /// <summary>The English message template of its findings (placeholders: see the remarks of <see cref="PlanRuleAttribute"/>).</summary>
    public string? MessageEn { get; set; }
}
