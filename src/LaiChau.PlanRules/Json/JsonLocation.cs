namespace LaiChau.PlanRules.Json;

/// <summary>Where a value stands in a JSON input: its path, line and column.</summary>
/// <param name="Path">The JSON path, for example <c>reports[3]</c>; empty for the root.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
internal readonly record struct JsonLocation(string Path, int Line, int Column)
{
    public string Child(string member) => Path.Length == 0 ? member : Path + "." + member;
}
