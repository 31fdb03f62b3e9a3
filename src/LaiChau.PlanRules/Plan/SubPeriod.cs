using System.Globalization;

namespace LaiChau.PlanRules.Plan;

/// <summary>
/// A part of a year that a half-yearly or quarterly duty is owed for: the first or second half ("6 tháng đầu năm",
/// "6 tháng cuối năm"), or a quarter ("Quý I" … "Quý IV"). Its data window is that of Decree 09/2019/NĐ-CP Art. 12
/// (docs/policies.md, "Half-years and quarters"): a half or quarter of year Y ends on the annual cut-off day of its last
/// month (default 14/6 and 14/12; 14/3, 14/6, 14/9, 14/12) and starts the day after the previous one ends.
/// </summary>
public sealed record SubPeriod
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private SubPeriod(ObligationFrequency frequency, int number)
    {
        Frequency = frequency;
        Number = number;
        Code = (frequency == ObligationFrequency.HalfYearly ? "H" : "Q") + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><see cref="ObligationFrequency.HalfYearly"/> or <see cref="ObligationFrequency.Quarterly"/>.</summary>
    public ObligationFrequency Frequency { get; }

    /// <summary>The half (1 or 2) or the quarter (1 to 4) of the year.</summary>
    public int Number { get; }

    /// <summary>How many parts the year has: 2 for halves, 4 for quarters.</summary>
    public int PerYear => Frequency == ObligationFrequency.HalfYearly ? 2 : 4;

    /// <summary>The code in ids and files: <c>H1</c>, <c>H2</c>, <c>Q1</c> … <c>Q4</c>.</summary>
    public string Code { get; }

    /// <summary>The first (1) or second (2) half of a year.</summary>
    /// <param name="number">1 or 2.</param>
    /// <returns>The half.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1 or 2.</exception>
    public static SubPeriod Half(int number) => number is 1 or 2
        ? new SubPeriod(ObligationFrequency.HalfYearly, number)
        : throw new ArgumentOutOfRangeException(nameof(number), number, "A half of the year is 1 or 2.");

    /// <summary>A quarter of a year.</summary>
    /// <param name="number">1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1 to 4.</exception>
    public static SubPeriod Quarter(int number) => number is >= 1 and <= 4
        ? new SubPeriod(ObligationFrequency.Quarterly, number)
        : throw new ArgumentOutOfRangeException(nameof(number), number, "A quarter is 1 to 4.");

    /// <summary>Reads a part's <see cref="Code"/>: <c>H1</c>, <c>H2</c>, <c>Q1</c> … <c>Q4</c> (as a command line or a URL names it).</summary>
    /// <param name="code">The code, or null.</param>
    /// <param name="part">The part, when the code is one of the six.</param>
    /// <returns>Whether <paramref name="code"/> is one of the six codes.</returns>
    public static bool TryParse(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SubPeriod? part)
    {
        part = code switch
        {
            ['H', var n and ('1' or '2')] => Half(n - '0'),
            ['Q', var n and >= '1' and <= '4'] => Quarter(n - '0'),
            _ => null,
        };
        return part is not null;
    }

    /// <summary>The half or quarter evidence names with its <c>half</c> or <c>quarter</c> field (at most one is set); null for a whole year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The half is not 1 or 2, or the quarter not 1 to 4.</exception>
    internal static SubPeriod? From(int? half, int? quarter) =>
        half is { } h ? Half(h) : quarter is { } q ? Quarter(q) : null;

    /// <summary>The parts of a year a frequency divides it into, in order; empty for once, annual and milestones.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>H1, H2; or Q1 … Q4; or none.</returns>
    public static IReadOnlyList<SubPeriod> Of(ObligationFrequency frequency) => frequency switch
    {
        ObligationFrequency.HalfYearly => [Half(1), Half(2)],
        ObligationFrequency.Quarterly => [Quarter(1), Quarter(2), Quarter(3), Quarter(4)],
        _ => [],
    };

    /// <summary>
    /// How many months before the annual cut-off this part's cut-off falls: 6 for H1, 0 for H2; 9, 6, 3, 0 for the
    /// quarters.
    /// </summary>
    internal int MonthsBeforeYearEnd => (PerYear - Number) * (12 / PerYear);

    /// <summary>The part as reports write it, with its year: "6 tháng đầu năm 2026" / "first half of 2026", "Quý III/2026" / "Q3 2026".</summary>
    /// <param name="year">The period year.</param>
    /// <returns>The label in Vietnamese and English.</returns>
    public LocalizedText Label(int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return Frequency == ObligationFrequency.HalfYearly
            ? Number == 1 ? new LocalizedText($"6 tháng đầu năm {y}", $"first half of {y}") : new LocalizedText($"6 tháng cuối năm {y}", $"second half of {y}")
            : new LocalizedText($"Quý {Roman[Number - 1]}/{y}", $"Q{Number.ToString(CultureInfo.InvariantCulture)} {y}");
    }

    /// <summary>The key of a period in ids: <c>2026</c> for a year, <c>2026-H1</c>, <c>2026-Q3</c> for a part of one.</summary>
    /// <param name="year">The period year.</param>
    /// <param name="part">The part, or null for the whole year.</param>
    /// <returns>The key.</returns>
    public static string Key(int year, SubPeriod? part) =>
        part is null ? year.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{year}-{part.Code}");

    /// <summary>The label of a period: the year alone ("2026") or the part's label.</summary>
    /// <param name="year">The period year.</param>
    /// <param name="part">The part, or null for the whole year.</param>
    /// <returns>The label in Vietnamese and English.</returns>
    public static LocalizedText LabelOf(int year, SubPeriod? part) =>
        part?.Label(year) ?? new LocalizedText(year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The order of periods in reports: by year, then by the end of the data window (Q1; Q2 and H1; Q3; Q4, H2 and the
    /// year), quarters before halves before the whole year when the windows end together.
    /// </summary>
    internal static int Compare(int year, SubPeriod? part, int otherYear, SubPeriod? otherPart)
    {
        var c = year.CompareTo(otherYear);
        if (c != 0) return c;
        c = (otherPart?.MonthsBeforeYearEnd ?? 0).CompareTo(part?.MonthsBeforeYearEnd ?? 0);
        return c != 0 ? c : (otherPart?.PerYear ?? 1).CompareTo(part?.PerYear ?? 1);
    }

    /// <summary>The code.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;
}
