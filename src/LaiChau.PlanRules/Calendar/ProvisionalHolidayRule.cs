namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// The one provisional rule for a year whose schedule has not been announced: the 11 paid
/// holidays of Labour Code 2019 Art. 112(1) and the compensation of Art. 111(3), with lunar dates
/// from <see cref="VietnameseLunarCalendar"/>. Every day it gives is provisional and
/// <see cref="Confidence.Unconfirmed"/>.
/// <list type="bullet">
/// <item>1 January.</item>
/// <item>Tết: the last two days of the lunar year and the 1st to 3rd days of the new year (the
/// split the notices for 2021, 2023, 2024 and 2025 used; the Prime Minister fixes it each year).</item>
/// <item>Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (the ordinary, not a leap, 3rd month).</item>
/// <item>30 April and 1 May.</item>
/// <item>2 September and one adjacent day: the adjacent day that is a Monday-Friday; when both are,
/// the one that touches a weekend (3 September when it is a Friday), otherwise 1 September. This
/// reproduces the notices of 2021 to 2026.</item>
/// <item>Art. 111(3): each holiday that falls on a Saturday or Sunday (or on another holiday) gives a
/// compensatory day off on the next Monday-Friday that is neither a holiday nor already a
/// compensatory day, taken in date order.</item>
/// <item>For display, weekend days that lie between two of these days off are listed with the kind of
/// the break they belong to. Weekend days at the edges of a break are not listed.</item>
/// </list>
/// <item>From 2026, 24 November (Ngày Văn hóa Việt Nam; P: Resolution 80-NQ/TW chose it, the Labour Code amendment
/// is cited by secondary sources as in force from 01/7/2026).</item>
/// No swap (hoán đổi) is ever guessed.
/// </summary>
internal static class ProvisionalHolidayRule
{
    /// <summary>The first year 24 November (Ngày Văn hóa Việt Nam) is a day off (P; docs/policies.md, facts §6).</summary>
    public const int CultureDayFirstYear = 2026;

    /// <summary>The source string of every provisional entry.</summary>
    public const string Source =
        "Tạm tính theo Bộ luật Lao động 2019, Điều 112 khoản 1 và Điều 111 khoản 3; chưa có thông báo chính thức cho năm này";

    /// <summary>The provisional days off of <paramref name="year"/> (1900-2199), sorted by date.</summary>
    public static IReadOnlyList<DayOff> DaysOff(int year)
    {
        var tet = VietnameseLunarCalendar.LunarNewYear(year);
        var holidays = new List<(DateOnly Date, DayOffKind Kind, (string Vi, string En) Name)>
        {
            (new DateOnly(year, 1, 1), DayOffKind.NewYear, Names(DayOffKind.NewYear)),
            (tet.AddDays(-2), DayOffKind.LunarNewYear, Names(DayOffKind.LunarNewYear)),
            (tet.AddDays(-1), DayOffKind.LunarNewYear, Names(DayOffKind.LunarNewYear)),
            (tet, DayOffKind.LunarNewYear, Names(DayOffKind.LunarNewYear)),
            (tet.AddDays(1), DayOffKind.LunarNewYear, Names(DayOffKind.LunarNewYear)),
            (tet.AddDays(2), DayOffKind.LunarNewYear, Names(DayOffKind.LunarNewYear)),
            (VietnameseLunarCalendar.ToSolar(year, 3, 10), DayOffKind.HungKings, Names(DayOffKind.HungKings)),
            (new DateOnly(year, 4, 30), DayOffKind.ReunificationDay, Names(DayOffKind.ReunificationDay)),
            (new DateOnly(year, 5, 1), DayOffKind.LabourDay, Names(DayOffKind.LabourDay)),
            (new DateOnly(year, 9, 2), DayOffKind.NationalDay, Names(DayOffKind.NationalDay)),
            (NationalDaySecondDay(year), DayOffKind.NationalDay, ("Quốc khánh 2/9 – ngày liền kề", "National Day – adjacent day")),
        };
        if (year >= CultureDayFirstYear)
        {
            holidays.Add((new DateOnly(year, 11, 24), DayOffKind.CultureDay, Names(DayOffKind.CultureDay)));
        }

        // Stable sort by date: the holidays keep their listed order on a shared date.
        holidays = [.. holidays.OrderBy(h => h.Date)];
        var taken = new HashSet<DateOnly>(holidays.Select(h => h.Date));
        var days = new SortedDictionary<DateOnly, (DayOff Day, DayOffKind BreakKind)>();
        foreach (var (date, kind, name) in holidays)
        {
            if (days.TryAdd(date, (Make(date, kind, name), kind)) && !IsWeekend(date))
            {
                continue;
            }

            // Art. 111(3): a holiday on a weekly rest day (or on another holiday) is made up on the
            // next working day.
            var make = date.AddDays(1);
            while (IsWeekend(make) || taken.Contains(make))
            {
                make = make.AddDays(1);
            }

            taken.Add(make);
            var (vi, en) = Names(kind);
            days.Add(make, (Make(make, DayOffKind.Compensatory, ("Nghỉ bù " + vi, "Compensatory day off for " + en)), kind));
        }

        // Weekend days enclosed between two days off belong to the break, for display.
        var listed = days.ToArray();
        for (int i = 0; i + 1 < listed.Length; i++)
        {
            var (from, to) = (listed[i].Key, listed[i + 1].Key);
            int gap = to.DayNumber - from.DayNumber - 1;
            if (gap is < 1 or > 2)
            {
                continue;
            }

            bool allWeekend = true;
            for (var d = from.AddDays(1); d < to; d = d.AddDays(1))
            {
                allWeekend &= IsWeekend(d);
            }

            if (!allWeekend)
            {
                continue;
            }

            var breakKind = listed[i].Value.BreakKind;
            var (vi, en) = Names(breakKind);
            for (var d = from.AddDays(1); d < to; d = d.AddDays(1))
            {
                days.Add(d, (Make(d, breakKind, (vi + " – ngày nghỉ hằng tuần", en + " – weekly rest day")), breakKind));
            }
        }

        return [.. days.Values.Select(v => v.Day)];
    }

    /// <summary>
    /// The day next to 2 September that the rule gives as the second National Day holiday: the adjacent
    /// Monday-Friday; when both neighbours are weekdays, the one that touches a weekend (Friday
    /// 3 September when 2 September is a Thursday), otherwise 1 September.
    /// </summary>
    public static DateOnly NationalDaySecondDay(int year)
    {
        var before = new DateOnly(year, 9, 1);
        var after = new DateOnly(year, 9, 3);
        return (IsWeekend(before), IsWeekend(after)) switch
        {
            (false, true) => before,
            (true, false) => after,
            _ when after.DayOfWeek == DayOfWeek.Friday => after,
            _ => before,
        };
    }

    /// <summary>The Vietnamese and English names of a holiday kind.</summary>
    public static (string Vi, string En) Names(DayOffKind kind) => kind switch
    {
        DayOffKind.NewYear => ("Tết Dương lịch", "New Year's Day"),
        DayOffKind.LunarNewYear => ("Tết Nguyên đán", "Lunar New Year (Tết)"),
        DayOffKind.HungKings => ("Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)"),
        DayOffKind.ReunificationDay => ("Ngày Chiến thắng 30/4", "Reunification Day, 30 April"),
        DayOffKind.LabourDay => ("Ngày Quốc tế Lao động 1/5", "International Labour Day, 1 May"),
        DayOffKind.NationalDay => ("Quốc khánh 2/9", "National Day, 2 September"),
        DayOffKind.Compensatory => ("Nghỉ bù", "Compensatory day off"),
        DayOffKind.Swapped => ("Nghỉ hoán đổi", "Swapped day off"),
        DayOffKind.CultureDay => ("Ngày Văn hóa Việt Nam 24/11", "Vietnamese Culture Day, 24 November"),
        _ => ("Ngày nghỉ", "Day off"),
    };

    private static DayOff Make(DateOnly date, DayOffKind kind, (string Vi, string En) name) =>
        new(date, kind, new LocalizedText(name.Vi, name.En), IsProvisional: true, Confidence.Unconfirmed, Source);

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
