namespace LaiChau.PlanRules;

/// <summary>Words for <see cref="Confidence"/> in messages.</summary>
internal static class ConfidenceText
{
    public static string Vi(Confidence c) => c switch
    {
        Confidence.Confirmed => "đã xác nhận (C)",
        Confidence.Partial => "xác nhận một phần (P)",
        _ => "chưa xác nhận (U)",
    };

    public static string En(Confidence c) => c switch
    {
        Confidence.Confirmed => "confirmed (C)",
        Confidence.Partial => "partly confirmed (P)",
        _ => "unconfirmed (U)",
    };

    public static string Code(Confidence c) => c switch
    {
        Confidence.Confirmed => "C",
        Confidence.Partial => "P",
        _ => "U",
    };
}
