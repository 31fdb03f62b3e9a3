using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Rules;

/// <summary>
/// The placeholder syntax of a rule's message templates (<see cref="PlanRuleAttribute"/>): <c>{name}</c>, and
/// <c>{Name}</c> for the value capitalised. The values come from the report (Reports.FindingMessages).
/// </summary>
internal static partial class MessageTemplate
{
    /// <summary>The message of a finding whose rule declares no template.</summary>
    public static LocalizedText Default { get; } = new("{code}: {body}.", "{code}: {body}.");

    /// <summary>Every placeholder name, as written in lower case (the remarks of <see cref="PlanRuleAttribute"/> describe each).</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "body", "period", "report", "due", "assumed", "daysPastDue", "evidence", "received", "route", "details",
        "milestone", "task", "judgedDue", "completed", "code", "noDuty", "synthesis",
    };

    /// <summary>Throws when the template uses an unknown placeholder or a stray brace.</summary>
    /// <param name="template">The template.</param>
    /// <param name="ruleType">The rule that declares it, for the message.</param>
    public static void Validate(string template, Type ruleType)
    {
        var rest = Placeholder().Replace(template, m => Names.Contains(Key(m)) ? string.Empty
            : throw new InvalidOperationException($"Rule {ruleType.Name}: unknown placeholder {m.Value} in the message template \"{template}\"."));
        if (rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Rule {ruleType.Name}: a brace that is not a placeholder in the message template \"{template}\".");
        }
    }

    /// <summary>Fills a validated template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="value">The value of a placeholder, by its lower-case name.</param>
    /// <returns>The text.</returns>
    public static string Fill(string template, Func<string, string> value) =>
        Placeholder().Replace(template, m =>
        {
            var v = value(Key(m));
            return char.IsUpper(m.Groups[1].Value[0]) && v.Length > 0 ? char.ToUpperInvariant(v[0]) + v[1..] : v;
        });

    private static string Key(Match m) => char.ToLowerInvariant(m.Groups[1].Value[0]) + m.Groups[1].Value[1..];

    [GeneratedRegex(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
