namespace LaiChau.PlanRules;

/// <summary>
/// The <see cref="ArgumentException"/> a public constructor throws for a value that may have come from an input file:
/// its message is English (as every argument error of the library) and it carries the Vietnamese in
/// <see cref="Exception.Data"/>, so the readers turn it into a <see cref="PlanRulesInputException"/> in both
/// languages (<see cref="PlanRulesInputException.Refused"/>). The exception stays of type <see cref="ArgumentException"/>.
/// </summary>
internal static class LocalizedArgument
{
    /// <summary>The <see cref="Exception.Data"/> key of the Vietnamese message.</summary>
    public const string VietnameseKey = "LaiChau.PlanRules.MessageVi";

    /// <summary>An <see cref="ArgumentException"/> with the English message and the Vietnamese one in its data.</summary>
    public static ArgumentException Create(string vi, string en, string? paramName) =>
        new(en, paramName) { Data = { [VietnameseKey] = vi } };

    /// <summary>The Vietnamese message <see cref="Create"/> put in <paramref name="e"/>, or null.</summary>
    public static string? Vietnamese(Exception e) => e.Data[VietnameseKey] as string;
}
