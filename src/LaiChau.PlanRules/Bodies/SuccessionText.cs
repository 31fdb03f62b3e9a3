using System.Globalization;

namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// What became of a body, in the words of an officer, from its succession kind (docs/report-format.md, "Labels"):
/// "sáp nhập vào …" (absorbed), "hợp nhất thành …" (reorganised as a new body), "chia, tách thành …" (split),
/// "kết thúc hoạt động từ …" (abolished, the districts on 01/7/2025). Never "giải thể": a merged department was not
/// dissolved in law. Dates dd/MM/yyyy, as in the tables the messages appear in.
/// </summary>
internal static class SuccessionText
{
    /// <summary>The fate of <paramref name="body"/>, or <see langword="null"/> when it has not ceased to exist.</summary>
    public static LocalizedText? Describe(Body body, BodyCatalog catalog)
    {
        if (body.Succession is not { } s) return null;
        var on = s.EffectiveOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var names = s.SuccessorIds.Select(id => catalog.TryGet(id, out var b) ? b.NameOn(s.EffectiveOn) : id).ToList();
        var vi = string.Join(", ", names);
        var en = string.Join(", ", s.SuccessorIds.Select(id => catalog.TryGet(id, out var b) ? b.DisplayNameOn(s.EffectiveOn).En : id));
        return s.Kind switch
        {
            SuccessionKind.AbsorbedInto => new($"sáp nhập vào {vi} từ {on}", $"merged into {en} from {on}"),
            SuccessionKind.Reorganised => new($"hợp nhất thành {vi} từ {on}", $"reorganised as {en} from {on}"),
            SuccessionKind.SplitInto => new($"chia, tách thành {vi} từ {on}", $"split into {en} from {on}"),
            _ => new($"kết thúc hoạt động từ {on}", $"ceased to operate from {on}"),
        };
    }

    /// <summary>"đổi tên thành …" when the body's name changed between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static LocalizedText? Renamed(Body body, DateOnly from, DateOnly to)
    {
        var before = body.NameRecordOn(from);
        var after = body.NameRecordOn(to);
        if (ReferenceEquals(before, after) || after.ValidFrom is not { } on) return null;
        var d = on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return new($"đổi tên thành {after.Vi} từ {d}", $"renamed {after.ToLocalizedText().En} from {d}");
    }

    /// <summary>
    /// Why a body owes nothing for a period whose data cut-off is <paramref name="cutOff"/>: its fate when it ceased to
    /// exist by then, "thành lập từ …" when it did not yet exist, else not among the obligated bodies.
    /// </summary>
    public static LocalizedText NoDutyReason(string bodyId, BodyCatalog catalog, DateOnly cutOff)
    {
        if (catalog.TryGet(bodyId, out var body))
        {
            if (body.DissolvedOn is { } gone && gone <= cutOff && Describe(body, catalog) is { } fate)
            {
                var c = cutOff.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                return new($"{fate.Vi}, trước ngày chốt số liệu {c}", $"{fate.En}, before the data cut-off of {c}");
            }

            if (body.EstablishedOn is { } from && from > cutOff)
            {
                var f = from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                return new($"thành lập từ {f}, sau ngày chốt số liệu", $"established from {f}, after the data cut-off");
            }
        }

        return new("không thuộc đối tượng phải báo cáo", "not among the bodies that must report");
    }
}
