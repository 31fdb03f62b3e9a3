// The core library's namespaces these tests read, in one place: when the core moves a type (for example the
// report types to LaiChau.PlanRules.Reports), only this file changes.
global using LaiChau.PlanRules.Bodies;
global using LaiChau.PlanRules.Compliance;
global using LaiChau.PlanRules.Evidence;
global using LaiChau.PlanRules.Plan;
global using LaiChau.PlanRules.Rules;
global using LaiChau.PlanRules;
global using LaiChau.PlanRules.Deadlines;
global using LaiChau.PlanRules.Reports;
global using LaiChau.PlanRules.Rules.BuiltIn;
