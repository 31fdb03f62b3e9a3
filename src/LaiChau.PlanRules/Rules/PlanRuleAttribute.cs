namespace LaiChau.PlanRules.Rules;

/// <summary>
/// Names the finding code, severity, clause and legal basis a rule implements. Read back through the
/// rule's CLR type; docs/rules.md is generated from the same data.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PlanRuleAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="code">The finding code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="clausePath">The clause of the Lai Châu plan it implements (a template of another plan may cite another path).</param>
    /// <param name="legalBasis">The legal basis in words.</param>
    public PlanRuleAttribute(string code, FindingSeverity severity, string clausePath, string legalBasis)
    {
        Code = code;
        Severity = severity;
        ClausePath = clausePath;
        LegalBasis = legalBasis;
    }

    /// <summary>The finding code.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The clause path.</summary>
    public string ClausePath { get; }

    /// <summary>The legal basis.</summary>
    public string LegalBasis { get; }
}
