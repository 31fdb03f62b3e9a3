namespace LaiChau.PlanRules.Cli;

/// <summary>A command line that parses but cannot be carried out (a bad date, a missing option): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
