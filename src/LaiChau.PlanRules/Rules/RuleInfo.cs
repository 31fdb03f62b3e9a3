using System.Collections.Concurrent;
using System.Reflection;
using NRules.Fluent.Dsl;

namespace LaiChau.PlanRules.Rules;

/// <summary>
/// What a rule does, read from its class: the NRules <c>[Name]</c> (the finding code), <c>[Description]</c>
/// (English) and <see cref="PlanRuleAttribute"/> (everything else). For documentation, explanations, the CLI
/// and the findings the rule yields; built-in and host-written rules alike.
/// </summary>
public sealed class RuleInfo
{
    private static readonly ConcurrentDictionary<Type, RuleInfo> Cache = new();

    private RuleInfo(Type ruleType, string code, PlanRuleAttribute rule, LocalizedText description, LocalizedText defaultPolicy, LocalizedText messageTemplate)
    {
        RuleType = ruleType;
        Code = code;
        Severity = rule.Severity;
        ClausePath = rule.ClausePath;
        LegalBasis = rule.LegalBasis;
        Description = description;
        DefaultPolicy = defaultPolicy;
        MessageTemplate = messageTemplate;
    }

    /// <summary>The NRules rule class.</summary>
    public Type RuleType { get; }

    /// <summary>The finding code: the rule's NRules <c>[Name]</c>.</summary>
    public string Code { get; }

    /// <summary>The severity of its findings.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The clause of the Lai Châu plan it implements.</summary>
    public string ClausePath { get; }

    /// <summary>The legal basis in words.</summary>
    public string LegalBasis { get; }

    /// <summary>What it checks, in Vietnamese and English.</summary>
    public LocalizedText Description { get; }

    /// <summary>The deadline policy it depends on and its default, in Vietnamese and English; empty texts when the rule does not say.</summary>
    public LocalizedText DefaultPolicy { get; }

    /// <summary>The message templates of its findings (placeholders: see <see cref="PlanRuleAttribute"/>).</summary>
    public LocalizedText MessageTemplate { get; }

    /// <summary>Reads a rule class (built-in or host-written). Cached per type; thread-safe.</summary>
    /// <param name="ruleType">An NRules rule class with <c>[Name]</c> and <see cref="PlanRuleAttribute"/>.</param>
    /// <returns>The rule's description.</returns>
    /// <exception cref="InvalidOperationException">The class has no <c>[Name]</c> or no <see cref="PlanRuleAttribute"/>, or a message template is malformed.</exception>
    public static RuleInfo From(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        return Cache.GetOrAdd(ruleType, Read);
    }

    /// <inheritdoc />
    public override string ToString() => Code;

    private static RuleInfo Read(Type t)
    {
        var rule = t.GetCustomAttribute<PlanRuleAttribute>()
            ?? throw new InvalidOperationException($"Rule {t.Name} has no [PlanRule] attribute.");
        var code = ConstructorArgument<NameAttribute>(t)
            ?? throw new InvalidOperationException($"Rule {t.Name} has no [Name] attribute: its name is the finding code.");
        var en = ConstructorArgument<DescriptionAttribute>(t) is { Length: > 0 } d ? d : code;
        var policy = new LocalizedText(rule.DefaultPolicyVi ?? rule.DefaultPolicyEn ?? string.Empty, rule.DefaultPolicyEn ?? rule.DefaultPolicyVi ?? string.Empty);
        if ((rule.MessageVi is null) != (rule.MessageEn is null))
        {
            throw new InvalidOperationException($"Rule {t.Name} declares a message template in one language only: set both MessageVi and MessageEn.");
        }

        var message = rule.MessageVi is null ? Rules.MessageTemplate.Default : new LocalizedText(rule.MessageVi, rule.MessageEn!);
        Rules.MessageTemplate.Validate(message.Vi, t);
        Rules.MessageTemplate.Validate(message.En, t);
        return new RuleInfo(t, code, rule, new LocalizedText(rule.DescriptionVi ?? en, en), policy, message);
    }

    /// <summary>The string an NRules attribute was given (NRules keeps it internal; the metadata is public).</summary>
    private static string? ConstructorArgument<TAttribute>(Type t) where TAttribute : Attribute =>
        t.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(TAttribute)) is { ConstructorArguments: [{ Value: string value }] } ? value : null;
}
