namespace LaiChau.PlanRules.Plan;

/// <summary>
/// Thrown by <see cref="TaskTiming.Parse"/> when a completion time is not one of the accepted forms
/// (<c>docs/appendix-timing.md</c>), or names an impossible date, quarter or range.
/// </summary>
public sealed class TaskTimingFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, in one sentence.</param>
    /// <param name="text">The text that was read, as given.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TaskTimingFormatException(string reason, string? text, Exception? innerException = null)
        : base(text is null ? $"No completion time was given: {reason}" : $"'{text}' is not a completion time: {reason}", innerException)
    {
        Reason = reason;
        Text = text;
    }

    /// <summary>What is wrong, without the text.</summary>
    public string Reason { get; }

    /// <summary>What is wrong, in Vietnamese, when <see cref="TaskTiming.Parse"/> gave it (for the input errors built from this one).</summary>
    internal string? ReasonVi { get; init; }

    /// <summary>The whole reason in Vietnamese: the text and what is wrong with it.</summary>
    internal string MessageVi => Text is null
        ? $"Chưa ghi thời hạn hoàn thành: {ReasonVi ?? Reason}"
        : $"'{Text}' không phải là thời hạn hoàn thành hợp lệ: {ReasonVi ?? Reason}";

    /// <summary>The text that was read, as given (null when none was given).</summary>
    public string? Text { get; }
}
