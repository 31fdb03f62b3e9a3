using System.Globalization;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Json;

/// <summary>
/// Reads <see cref="DateTimeOffset"/> values as instants: ISO 8601 with an offset keeps its offset;
/// a timestamp without an offset, or a bare date (then 00:00), is Vietnam local time (UTC+7). The
/// host's time zone is never consulted. Writes ISO 8601 at the Vietnam offset.
/// </summary>
internal sealed class VietnamInstantConverter : StrictStringConverter<DateTimeOffset>
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    private static readonly string[] Local =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    protected override LocalizedText Expected { get; } = new("một thời điểm (ISO 8601)", "An instant (ISO 8601)");

    protected override LocalizedText Form { get; } = new("Thời điểm phải là một chuỗi ISO 8601", "An instant must be an ISO 8601 string");

    protected override DateTimeOffset ParseText(string s) => Parse(s);

    protected override string Format(DateTimeOffset value) =>
        VietnamTime.ToVietnam(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    internal static DateTimeOffset Parse(string s)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (s.EndsWith('Z') || s.EndsWith('z'))
        {
            s = s[..^1] + "Z";
        }

        if (DateTimeOffset.TryParseExact(s, WithOffset, CultureInfo.InvariantCulture, styles | DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset;
        }

        if (DateTime.TryParseExact(s, Local, CultureInfo.InvariantCulture, styles, out var local))
        {
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset);
        }

        if (s.Length == 10)
        {
            var date = StrictDateOnlyConverter.Parse(s);
            return VietnamTime.StartOfDay(date);
        }

        throw new LocalizedJsonException(
            $"'{s}' không phải là thời điểm hợp lệ: hãy viết theo ISO 8601, ví dụ 2025-12-16T09:30:00+07:00 (không ghi múi giờ thì hiểu là giờ Việt Nam).",
            $"'{s}' is not an instant: use ISO 8601 such as 2025-12-16T09:30:00+07:00 (without an offset it is read as Vietnam time).");
    }
}
