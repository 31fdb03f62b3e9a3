namespace LaiChau.PlanRules.Rules;

/// <summary>What a built-in rule does, for documentation, explanations and the CLI.</summary>
/// <param name="Code">The finding code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="ClausePath">The clause of the Lai Châu plan it implements.</param>
/// <param name="LegalBasis">The legal basis in words.</param>
/// <param name="Description">What it checks, in Vietnamese and English.</param>
/// <param name="DefaultPolicy">The deadline policy it depends on and its default, in Vietnamese and English.</param>
public sealed record RuleInfo(string Code, FindingSeverity Severity, string ClausePath, string LegalBasis, LocalizedText Description, LocalizedText DefaultPolicy);
