using System.Reflection;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Deadlines;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// Options of <see cref="ComplianceEvaluator"/>: which plan, catalog and calendar to use, the compliance
/// policies, input limits and host-written rules. File paths and the policy bind from configuration
/// (section <c>PlanRules</c>); the object-valued members are for code.
/// </summary>
public sealed class PlanRulesOptions
{
    /// <summary>The configuration section name: <c>PlanRules</c>.</summary>
    public const string SectionName = "PlanRules";

    /// <summary>The compliance policies.</summary>
    public CompliancePolicy Policy { get; set; } = new();

    /// <summary>A plan file to use instead of the embedded Lai Châu plan (another province's plan of the same shape).</summary>
    public string? PlanFile { get; set; }

    /// <summary>A catalog file to use instead of the embedded Lai Châu catalog.</summary>
    public string? CatalogFile { get; set; }

    /// <summary>Catalog files whose entries replace or extend the catalog, applied in order.</summary>
    public List<string> CatalogOverrideFiles { get; set; } = [];

    /// <summary>Calendar files (announced days off and working weekend days), applied in order.</summary>
    public List<string> CalendarFiles { get; set; } = [];

    /// <summary>The maximum size of any JSON input in bytes (default 16 MiB).</summary>
    public long MaxInputBytes { get; set; } = JsonInputLimits.DefaultMaxBytes;

    /// <summary>The maximum JSON nesting depth (default 32).</summary>
    public int MaxJsonDepth { get; set; } = JsonInputLimits.DefaultMaxDepth;

    /// <summary>
    /// The most years one evaluation covers (<c>lastYear - firstYear + 1</c>; default 50). A span beyond it, from the
    /// evidence's policy or these options, is a <see cref="PlanRulesInputException"/> naming this setting.
    /// </summary>
    public int MaxPeriods { get; set; } = Obligations.ModelLimits.DefaultMaxPeriods;

    /// <summary>
    /// The most obligations and appendix task instances one evaluation or monitor builds (default 200,000: about twice
    /// what a large province needs). The count is checked while they are built, so an input that would expand
    /// past it (years × tasks × a group's members, ad hoc requests × bodies) is refused with a
    /// <see cref="PlanRulesInputException"/> naming this setting, having built at most this many.
    /// </summary>
    public int MaxObligations { get; set; } = Obligations.ModelLimits.DefaultMaxObligations;

    /// <summary>
    /// The most tasks the appendix of the plan in use may hold (default 1,000; Lai Châu's plan has 4). A larger
    /// appendix, from the evidence's plan or the host's plan file, is a <see cref="PlanRulesInputException"/> naming
    /// this setting, before any task instance is built.
    /// </summary>
    public int MaxAppendixTasks { get; set; } = Obligations.ModelLimits.DefaultMaxAppendixTasks;

    /// <summary>
    /// The most pieces of evidence one obligation may have filed under it: its first report, the reports that replace it
    /// and its duplicates (default 100). One more is a <see cref="PlanRulesInputException"/> at that piece's path naming
    /// this setting: each duplicate is a finding, so this bounds the findings one obligation can yield.
    /// </summary>
    public int MaxEvidencePerObligation { get; set; } = Obligations.ModelLimits.DefaultMaxEvidencePerObligation;

    /// <summary>
    /// How many NRules sessions one evaluation runs in parallel, each over the obligations, task instances and
    /// unexpected submissions of a share of the bodies (obligations of different bodies never meet in a built-in
    /// rule). The report is byte-identical whatever the number. <c>null</c> (the default): one per processor for
    /// a large evaluation (at least 20,000 facts per session) when only the built-in rules run, else one session;
    /// a host whose own rules never join facts of two bodies may set it. 1 turns it off. The live monitor always
    /// keeps one session.
    /// </summary>
    public int? Partitions { get; set; }

    /// <summary>A plan object to use (takes precedence over <see cref="PlanFile"/>).</summary>
    public PlanDocument? Plan { get; set; }

    /// <summary>A catalog object to use (takes precedence over <see cref="CatalogFile"/>).</summary>
    public BodyCatalog? Catalog { get; set; }

    /// <summary>Calendar overrides given in code, applied after <see cref="CalendarFiles"/>.</summary>
    public CalendarOverrides? Calendar { get; set; }

    /// <summary>Host-written NRules rule types (classes deriving from <c>NRules.Fluent.Dsl.Rule</c>) evaluated with the built-in rules.</summary>
    public List<Type> RuleTypes => _ruleTypes;

    private List<Type> _ruleTypes = [];

    /// <summary>
    /// A copy of these options as they are now, so an evaluator is not changed by a later change of the
    /// options object (options bound from configuration may be reloaded; a host may reuse the object).
    /// The plan, catalog and calendar overrides are immutable and shared; the policy and lists are copied.
    /// </summary>
    internal PlanRulesOptions Snapshot()
    {
        var copy = (PlanRulesOptions)MemberwiseClone();
        copy.Policy = Policy?.Clone()!;
        copy.CatalogOverrideFiles = [.. CatalogOverrideFiles];
        copy.CalendarFiles = [.. CalendarFiles];
        copy._ruleTypes = [.. RuleTypes];
        return copy;
    }

    /// <summary>Adds every NRules rule type of an assembly.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>These options.</returns>
    public PlanRulesOptions AddRulesFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        RuleTypes.AddRange(assembly.GetTypes().Where(NRules.Fluent.RuleTypeScanner.IsRuleType));
        return this;
    }

    /// <summary>The input limits these options describe.</summary>
    /// <returns>The limits.</returns>
    internal JsonInputLimits Limits() => new(MaxInputBytes, MaxJsonDepth);

    /// <summary>The expansion limits these options describe.</summary>
    internal ModelLimits ExpansionLimits() => new(MaxPeriods, MaxObligations, MaxAppendixTasks, MaxEvidencePerObligation);

    /// <summary>Checks the options; returns the problems found (empty when valid).</summary>
    /// <returns>The problems, one sentence each.</returns>
    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Policy is null) problems.Add("Policy is null.");
        else problems.AddRange(Policy.Validate().Select(p => p.En)); // OptionsValidationException: for the host's developer, in English
        if (MaxInputBytes < 1) problems.Add("MaxInputBytes must be positive.");
        if (MaxJsonDepth is < 1 or > 10_000) problems.Add("MaxJsonDepth must be 1 to 10,000.");
        if (MaxPeriods < 1) problems.Add("MaxPeriods must be positive.");
        if (MaxObligations < 1) problems.Add("MaxObligations must be positive.");
        if (MaxAppendixTasks < 1) problems.Add("MaxAppendixTasks must be positive.");
        if (MaxEvidencePerObligation < 1) problems.Add("MaxEvidencePerObligation must be positive.");
        if (Partitions is < 1 or > 256) problems.Add("Partitions must be 1 to 256 (or null for automatic).");
        foreach (var file in new[] { PlanFile, CatalogFile }.Concat(CatalogOverrideFiles).Concat(CalendarFiles))
        {
            if (file is not null && !File.Exists(file)) problems.Add($"File '{file}' does not exist.");
        }

        foreach (var t in RuleTypes)
        {
            if (!NRules.Fluent.RuleTypeScanner.IsRuleType(t)) problems.Add($"{t.FullName} is not an NRules rule type.");
            // NRules loads no rule class declared inside another class: it would be dropped without a word.
            else if (t.IsNested) problems.Add($"{t.FullName} is declared inside another class, and NRules does not load such a rule: make it a top-level class.");
        }

        return problems;
    }
}
