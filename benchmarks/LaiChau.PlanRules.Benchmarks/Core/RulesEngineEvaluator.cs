using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Obligations;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Rules;
using RulesEngine.Models;
using MsRulesEngine = RulesEngine.RulesEngine;

namespace LaiChau.PlanRules.Benchmarks.Core;

/// <summary>
/// The four core rules in Microsoft RulesEngine 6.0.1, as a .NET user would write them instead: one workflow of
/// four lambda-expression rules, executed per report obligation on a flat input. RulesEngine has no index of
/// its own, so the reports are indexed by (body, period) by hand, exactly as the floor does; the decisions are
/// the rules' expressions.
/// </summary>
internal sealed class RulesEngineEvaluator
{
    private const string WorkflowName = "core";

    private static readonly Workflow Workflow = new()
    {
        WorkflowName = WorkflowName,
        Rules =
        [
            Rule(FindingCodes.ReportMissing, "!c.Received && c.HasDue && c.AsOf > c.Due"),
            Rule(FindingCodes.ReportDueSoon, "!c.Received && c.HasRemind && c.AsOf >= c.RemindFrom && c.AsOf <= c.Due"),
            Rule(FindingCodes.ReportLate, "c.Received && c.HasDue && c.JudgedOn > c.Due"),
            Rule(FindingCodes.ReportWrongChannel, "c.Received && c.Route != null && RouteTable.Classify(c.Route, c.RouteReceivers, c.Addressee, c.DeliveredTo) == RouteVerdict.WrongRoute"),
        ],
    };

    private readonly MsRulesEngine _engine = new([Workflow], new ReSettings { CustomTypes = [typeof(RouteTable), typeof(RouteVerdict), typeof(ExpectedRoute)] });

    public List<CoreFinding> Evaluate(CoreInput input)
    {
        var first = FloorEvaluator.FirstReports(input);
        var asOf = input.AsOf.DayNumber;
        var findings = new List<CoreFinding>();
        var c = new CoreCase();
        var parameter = new RuleParameter("c", c);
        foreach (var o in input.ReportObligations)
        {
            c.Set(o, asOf, first.GetValueOrDefault((o.BodyId, o.Period!.Value)));
            var results = _engine.ExecuteAllRulesAsync(WorkflowName, parameter).GetAwaiter().GetResult();
            foreach (var r in results)
            {
                if (r.IsSuccess) findings.Add(new CoreFinding(r.Rule.RuleName, o.Id));
            }
        }

        return findings;
    }

    /// <summary>Compiles the workflow (RulesEngine compiles lazily, on the first execution).</summary>
    public void Warm()
    {
        var o = new CoreCase();
        _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("c", o)).GetAwaiter().GetResult();
    }

    private static Rule Rule(string name, string expression) => new()
    {
        RuleName = name,
        Expression = expression,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
    };

    /// <summary>The flat input the expressions read (dates as day numbers); reused across obligations.</summary>
    public sealed class CoreCase
    {
        public int AsOf { get; private set; }

        public bool HasDue { get; private set; }

        public int Due { get; private set; }

        public bool HasRemind { get; private set; }

        public int RemindFrom { get; private set; }

        public bool Received { get; private set; }

        public int JudgedOn { get; private set; }

        public ExpectedRoute? Route { get; private set; }

        public IReadOnlyList<string> RouteReceivers { get; private set; } = [];

        public string? Addressee { get; private set; }

        public string? DeliveredTo { get; private set; }

        internal void Set(Obligation o, int asOf, ReceivedReport? first)
        {
            AsOf = asOf;
            HasDue = o.DueOn is not null;
            Due = o.DueOn?.DayNumber ?? 0;
            HasRemind = o.RemindFrom is not null;
            RemindFrom = o.RemindFrom?.DayNumber ?? 0;
            Received = first is not null;
            JudgedOn = first is null ? 0 : VietnamTime.LocalDate(first.ReceivedAt).DayNumber;
            Route = o.Route;
            RouteReceivers = o.RouteReceivers;
            Addressee = first?.Addressee;
            DeliveredTo = first?.DeliveredTo;
        }
    }
}
