namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// Why a day is off (the holidays of Labour Code 2019 Art. 112(1), with the days added around them).
/// A weekend day that an announcement lists inside a holiday break carries the kind of that holiday.
/// </summary>
public enum DayOffKind
{
    /// <summary>Tết Dương lịch, 1 January (Art. 112(1)(a)).</summary>
    NewYear = 0,

    /// <summary>Tết Âm lịch / Tết Nguyên đán, the lunar new year: 5 days by law, which the Prime Minister fixes each year (Art. 112(1)(b)).</summary>
    LunarNewYear = 1,

    /// <summary>Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month (Art. 112(1)(e)).</summary>
    HungKings = 2,

    /// <summary>Ngày Chiến thắng, 30 April (Art. 112(1)(c)).</summary>
    ReunificationDay = 3,

    /// <summary>Ngày Quốc tế Lao động, 1 May (Art. 112(1)(d)).</summary>
    LabourDay = 4,

    /// <summary>Quốc khánh, 2 September and one adjacent day (Art. 112(1)(đ)).</summary>
    NationalDay = 5,

    /// <summary>Nghỉ bù: a weekday off because a holiday fell on a weekly rest day (Art. 111(3)).</summary>
    Compensatory = 6,

    /// <summary>Nghỉ hoán đổi: a weekday off in exchange for a Saturday or Sunday worked (see <see cref="WorkingWeekendDay"/>).</summary>
    Swapped = 7,

    /// <summary>A day off the host adds that is none of the above (for example a provincial day off).</summary>
    HostDefined = 8,

    /// <summary>
    /// Ngày Văn hóa Việt Nam, 24 November: a paid day off from 2026 (Resolution 80-NQ/TW of 07/01/2026 chose it;
    /// Resolution 30/NQ-CP ordered the Labour Code amendment; secondary sources cite a National Assembly resolution
    /// in force from 01/7/2026). Partly confirmed (P): overridable like every day.
    /// </summary>
    CultureDay = 9,
}
