using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Plan;

/// <summary>
/// A completion time as a plan or its appendix writes it ("Quý III/2025", "trước ngày 15/12 hằng năm", "Thường
/// xuyên"), read into its <see cref="Kind"/> and numbers, with the text kept as written. <see cref="DueDate"/> turns it
/// into the last day on which the task is on time; the forms, and which of their due dates are policies rather than
/// the words' plain meaning, are listed in <c>docs/appendix-timing.md</c>.
/// </summary>
/// <remarks>
/// Which numbers are set depends on <see cref="Kind"/>: <see cref="Date"/> for <see cref="TimingKind.Date"/> and
/// <see cref="TimingKind.BeforeDate"/>; <see cref="Day"/> and <see cref="Month"/> for the two yearly-day kinds;
/// <see cref="Month"/> and <see cref="Year"/> for <see cref="TimingKind.Month"/>; <see cref="Quarter"/> (1–4) and
/// <see cref="Year"/>; <see cref="Half"/> (1 first, 2 second) and <see cref="Year"/>; <see cref="Year"/> alone;
/// <see cref="FromYear"/> and <see cref="ToYear"/> for a range; none for <see cref="TimingKind.Annually"/> and
/// <see cref="TimingKind.Continuous"/>. The others are null.
/// </remarks>
public sealed partial record TaskTiming
{
    private TaskTiming(TimingKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>The form of the completion time.</summary>
    public TimingKind Kind { get; }

    /// <summary>The text as written (Unicode NFC, spaces at the ends removed), such as <c>Quý III/2025</c>.</summary>
    public string Text { get; }

    /// <summary>The date of a <see cref="TimingKind.Date"/> or <see cref="TimingKind.BeforeDate"/>.</summary>
    public DateOnly? Date { get; private init; }

    /// <summary>The day of the month of a yearly day ("15/12 hằng năm" gives 15).</summary>
    public int? Day { get; private init; }

    /// <summary>The month (1–12) of a yearly day or of a <see cref="TimingKind.Month"/>.</summary>
    public int? Month { get; private init; }

    /// <summary>The quarter (1–4) of a <see cref="TimingKind.Quarter"/>.</summary>
    public int? Quarter { get; private init; }

    /// <summary>The half (1 for "6 tháng đầu năm", 2 for "6 tháng cuối năm") of a <see cref="TimingKind.HalfYear"/>.</summary>
    public int? Half { get; private init; }

    /// <summary>The year of a <see cref="TimingKind.Month"/>, <see cref="TimingKind.Quarter"/>, <see cref="TimingKind.HalfYear"/> or <see cref="TimingKind.Year"/>.</summary>
    public int? Year { get; private init; }

    /// <summary>The first year of a <see cref="TimingKind.YearRange"/>.</summary>
    public int? FromYear { get; private init; }

    /// <summary>The last year of a <see cref="TimingKind.YearRange"/> (after <see cref="FromYear"/>).</summary>
    public int? ToYear { get; private init; }

    /// <summary>True for the forms that recur every year: <see cref="TimingKind.Annually"/>, <see cref="TimingKind.DayOfYear"/> and <see cref="TimingKind.BeforeDayOfYear"/>; their due date needs a period year.</summary>
    public bool IsRecurring => Kind is TimingKind.Annually or TimingKind.DayOfYear or TimingKind.BeforeDayOfYear;

    /// <summary>Reads a completion time.</summary>
    /// <param name="text">The text, in any case, NFC or NFD, such as <c>Quý 3/2025</c>.</param>
    /// <returns>The completion time.</returns>
    /// <exception cref="TaskTimingFormatException">The text is empty, not an accepted form, or names an impossible date, month, quarter or range.</exception>
    public static TaskTiming Parse(string text) =>
        Read(text, out var problem) ?? throw new TaskTimingFormatException(problem!.En, text) { ReasonVi = problem.Vi };

    /// <summary>Reads a completion time, without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="timing">The completion time when this returns true.</param>
    /// <returns>True when <paramref name="text"/> is an accepted completion time.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TaskTiming? timing)
    {
        timing = Read(text, out _);
        return timing is not null;
    }

    /// <summary>
    /// The last day on which the task is on time (inclusive, a Vietnam calendar date), before any moving of a deadline
    /// that falls on a day off. Date: that date. BeforeDate: the day before, or the date itself, by
    /// <see cref="TimingPolicy.BeforeMeansDayBefore"/>. DayOfYear and BeforeDayOfYear: the same, in
    /// <paramref name="periodYear"/>. Month, Quarter, HalfYear, Year: the period's last day. YearRange: 31/12 of the
    /// last year. Annually: <see cref="TimingPolicy.AnnualDueMonth"/>/<see cref="TimingPolicy.AnnualDueDay"/> of
    /// <paramref name="periodYear"/> (an assumed day). Continuous: null, never overdue.
    /// </summary>
    /// <param name="periodYear">The year of the period being judged; required by the recurring forms, ignored by the others.</param>
    /// <param name="policy">How to read the open forms; <see cref="TimingPolicy.Default"/> gives the documented defaults.</param>
    /// <returns>The due date, or null for <see cref="TimingKind.Continuous"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">A recurring form is given no <paramref name="periodYear"/>, or the year is outside 1–9999.</exception>
    public DateOnly? DueDate(int? periodYear, TimingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (periodYear is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(periodYear), periodYear, "The period year must be 1 to 9999.");
        }

        return Kind switch
        {
            TimingKind.Date => Date,
            TimingKind.BeforeDate => Before(Date!.Value, policy),
            TimingKind.DayOfYear => new DateOnly(RequireYear(periodYear), Month!.Value, Day!.Value),
            TimingKind.BeforeDayOfYear => Before(new DateOnly(RequireYear(periodYear), Month!.Value, Day!.Value), policy),
            TimingKind.Month => LastDay(Year!.Value, Month!.Value),
            TimingKind.Quarter => LastDay(Year!.Value, Quarter!.Value * 3),
            TimingKind.HalfYear => LastDay(Year!.Value, Half!.Value * 6),
            TimingKind.Year => new DateOnly(Year!.Value, 12, 31),
            TimingKind.YearRange => new DateOnly(ToYear!.Value, 12, 31),
            TimingKind.Annually => new DateOnly(RequireYear(periodYear), policy.AnnualDueMonth, policy.AnnualDueDay),
            _ => null,
        };
    }

    /// <summary>The text as written.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    private int RequireYear(int? periodYear) => periodYear ?? throw new ArgumentException(
        $"'{Text}' recurs every year ({Kind}): give the period year to compute its due date.", nameof(periodYear));

    private static DateOnly Before(DateOnly date, TimingPolicy policy) => policy.BeforeMeansDayBefore ? date.AddDays(-1) : date;

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>Reads <paramref name="input"/>, or returns null and says why.</summary>
    private static TaskTiming? Read(string? input, out LocalizedText? problem)
    {
        problem = null;
        if (input is null)
        {
            problem = new("không có nội dung.", "no text was given.");
            return null;
        }

        var text = input.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Trim();
        if (text.Length == 0)
        {
            problem = new("nội dung để trống.", "it is empty.");
            return null;
        }

        var s = Spaces().Replace(text, " ");
        s = SlashSpaces().Replace(s, "/");
        s = s.Replace('–', '-').Replace('—', '-').Replace('‒', '-').Replace('−', '-').ToLowerInvariant();

        if (ContinuousForm().IsMatch(s)) return new TaskTiming(TimingKind.Continuous, text);
        if (AnnuallyForm().IsMatch(s)) return new TaskTiming(TimingKind.Annually, text);

        if (YearlyDayForm().Match(s) is { Success: true } yd)
        {
            var (day, month) = (Int(yd, "d"), Int(yd, "m"));
            problem = DayMonthProblem(day, month);
            if (problem is not null) return null;
            var kind = yd.Groups["before"].Success ? TimingKind.BeforeDayOfYear : TimingKind.DayOfYear;
            return new TaskTiming(kind, text) { Day = day, Month = month };
        }

        if (DateForm().Match(s) is { Success: true } dm)
        {
            var (day, month, year) = (Int(dm, "d"), Int(dm, "m"), Int(dm, "y"));
            problem = DateProblem(day, month, year);
            if (problem is not null) return null;
            var kind = dm.Groups["before"].Success ? TimingKind.BeforeDate : TimingKind.Date;
            return new TaskTiming(kind, text) { Date = new DateOnly(year, month, day) };
        }

        if (MonthForm().Match(s) is { Success: true } mm)
        {
            var (month, year) = (Int(mm, "m"), Int(mm, "y"));
            problem = month is < 1 or > 12 ? NoMonth(month) : YearProblem(year);
            return problem is null ? new TaskTiming(TimingKind.Month, text) { Month = month, Year = year } : null;
        }

        if (QuarterForm().Match(s) is { Success: true } qm)
        {
            var token = qm.Groups["q"].Value;
            int? quarter = token switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4, _ => null };
            var year = Int(qm, "y");
            problem = quarter is null
                ? new(
                    $"không có quý '{token.ToUpperInvariant()}': quý là I, II, III hoặc IV (hoặc 1 đến 4).",
                    $"there is no quarter '{token.ToUpperInvariant()}': a quarter is I, II, III or IV (or 1 to 4).")
                : YearProblem(year);
            return problem is null ? new TaskTiming(TimingKind.Quarter, text) { Quarter = quarter, Year = year } : null;
        }

        if (HalfYearForm().Match(s) is { Success: true } hm)
        {
            var year = Int(hm, "y");
            problem = YearProblem(year);
            var half = hm.Groups["h"].Value == "đầu" ? 1 : 2;
            return problem is null ? new TaskTiming(TimingKind.HalfYear, text) { Half = half, Year = year } : null;
        }

        if (YearRangeForm().Match(s) is { Success: true } rm)
        {
            var (from, to) = (Int(rm, "a"), Int(rm, "b"));
            problem = YearProblem(from) ?? YearProblem(to)
                ?? (to < from
                    ? new(
                        string.Create(CultureInfo.InvariantCulture, $"giai đoạn kết thúc ({to}) trước khi bắt đầu ({from})."),
                        string.Create(CultureInfo.InvariantCulture, $"the range ends ({to}) before it starts ({from})."))
                    : to == from
                    ? new(
                        string.Create(CultureInfo.InvariantCulture, $"giai đoạn bắt đầu và kết thúc cùng năm {from}: hãy ghi 'Năm {from}'."),
                        string.Create(CultureInfo.InvariantCulture, $"the range starts and ends in {from}: write 'Năm {from}'."))
                    : null);
            return problem is null ? new TaskTiming(TimingKind.YearRange, text) { FromYear = from, ToYear = to } : null;
        }

        if (YearForm().Match(s) is { Success: true } ym)
        {
            var year = Int(ym, "y");
            problem = YearProblem(year);
            return problem is null ? new TaskTiming(TimingKind.Year, text) { Year = year } : null;
        }

        problem = new(
            "đây không phải là cách ghi mà thư viện đọc được; hãy ghi, ví dụ, '15/12/2025', 'trước ngày 15/12/2025', "
            + "'15/12 hằng năm', 'Tháng 6/2025', 'Quý III/2025', '6 tháng đầu năm 2025', 'Năm 2025', '2024–2030', "
            + "'Hằng năm' hoặc 'Thường xuyên' (docs/appendix-timing.md).",
            "it is not a form this library reads; write, for example, '15/12/2025', 'trước ngày 15/12/2025', "
            + "'15/12 hằng năm', 'Tháng 6/2025', 'Quý III/2025', '6 tháng đầu năm 2025', 'Năm 2025', '2024–2030', "
            + "'Hằng năm' or 'Thường xuyên' (docs/appendix-timing.md).");
        return null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static LocalizedText? YearProblem(int year) =>
        year < 1000
            ? new(
                string.Create(CultureInfo.InvariantCulture, $"{year:D4} không phải là năm: năm có bốn chữ số, từ 1000."),
                string.Create(CultureInfo.InvariantCulture, $"{year:D4} is not a year: a year has four digits, from 1000."))
            : null;

    private static LocalizedText NoMonth(int month) => new(
        string.Create(CultureInfo.InvariantCulture, $"không có tháng {month}: tháng là 1 đến 12."),
        string.Create(CultureInfo.InvariantCulture, $"there is no month {month}: a month is 1 to 12."));

    private static LocalizedText? DayMonthProblem(int day, int month)
    {
        if (month is < 1 or > 12) return NoMonth(month);
        if (day == 29 && month == 2) return new("ngày 29/02 không năm nào cũng có; ngày hằng năm phải năm nào cũng có.", "29/02 does not occur every year; a yearly day must.");
        var last = DateTime.DaysInMonth(2025, month);
        return day < 1 || day > last
            ? new(
                string.Create(CultureInfo.InvariantCulture, $"{day:D2}/{month:D2} không phải là ngày có thật: tháng {month} có {last} ngày."),
                string.Create(CultureInfo.InvariantCulture, $"{day:D2}/{month:D2} is not a day: month {month} has {last} days."))
            : null;
    }

    private static LocalizedText? DateProblem(int day, int month, int year)
    {
        if (month is < 1 or > 12) return NoMonth(month);
        var yearProblem = YearProblem(year);
        if (yearProblem is not null) return yearProblem;
        var last = DateTime.DaysInMonth(year, month);
        return day < 1 || day > last
            ? new(
                string.Create(CultureInfo.InvariantCulture, $"{day:D2}/{month:D2}/{year} không phải là ngày có thật: tháng {month} năm {year} có {last} ngày."),
                string.Create(CultureInfo.InvariantCulture, $"{day:D2}/{month:D2}/{year} is not a date: month {month} of {year} has {last} days."))
            : null;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*/\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SlashSpaces();

    [GeneratedRegex(@"^thường xuyên(?:,? liên tục)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuousForm();

    [GeneratedRegex(@"^(?:định kỳ )?(?:hằng|hàng) năm\z", RegexOptions.CultureInvariant)]
    private static partial Regex AnnuallyForm();

    [GeneratedRegex(@"^(?:(?<before>trước) )?(?:ngày )?(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2}),? (?:hằng|hàng) năm\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearlyDayForm();

    [GeneratedRegex(
        @"^(?:(?<before>trước) |chậm nhất (?:là )?)?(?:ngày )?(?:(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})|(?<d>[0-9]{1,2}) tháng (?<m>[0-9]{1,2}) năm (?<y>[0-9]{4}))\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();

    [GeneratedRegex(@"^(?:trong )?tháng (?<m>[0-9]{1,2})(?:/| năm )(?<y>[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex MonthForm();

    [GeneratedRegex(@"^(?:trong )?quý (?<q>[a-z0-9]+)(?:/| năm )(?<y>[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterForm();

    [GeneratedRegex(@"^0?6 tháng (?<h>đầu|cuối) năm (?<y>[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYearForm();

    [GeneratedRegex(@"^(?:giai đoạn |từ )?(?:năm )?(?<a>[0-9]{4}) ?(?:-|đến(?: năm)?) ?(?<b>[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangeForm();

    [GeneratedRegex(@"^(?:trong )?(?:năm )?(?<y>[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearForm();
}
