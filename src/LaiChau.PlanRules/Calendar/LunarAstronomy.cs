namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// The astronomy behind <see cref="VietnameseLunarCalendar"/>, written from published formulas:
/// the true new moon series of Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., ch. 49), the
/// Sun's apparent longitude of the same book (ch. 25, the low-accuracy method, about 0.01°), and
/// the ΔT = TT − UT polynomials of Espenak and Meeus (NASA, <i>Five Millennium Canon of Solar
/// Eclipses</i>). Times are Julian Days; "local" means Vietnam's meridian, UTC+7.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>The Julian Day Number of <see cref="DateOnly.DayNumber"/> 0 (1 January 0001, proleptic Gregorian).</summary>
    public const int JulianDayOfDayNumberZero = 1_721_426;

    /// <summary>Vietnam's offset from UTC as a fraction of a day (7 hours).</summary>
    public const double LocalOffsetDays = 7.0 / 24.0;

    /// <summary>The mean length of a lunation in days (Meeus 49.1).</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>The Julian Ephemeris Day of the mean new moon of lunation 0 (6 January 2000).</summary>
    public const double NewMoonEpoch = 2_451_550.09766;

    private const double Rad = Math.PI / 180.0;

    /// <summary>
    /// The instant (Julian Ephemeris Day, dynamical time TT) of the true new moon of lunation
    /// <paramref name="k"/>; lunation 0 is the new moon of 6 January 2000. Meeus ch. 49, with the
    /// new-moon periodic terms and the fourteen planetary arguments; error well under a minute.
    /// </summary>
    public static double NewMoonJde(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
        double jde = NewMoonEpoch + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Rad * (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = Rad * (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = Rad * (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = Rad * (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        jde += -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(om)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        // Planetary arguments A1..A14 (Meeus, "additional corrections for all phases").
        jde += 0.000325 * Math.Sin(Rad * (299.77 + 0.107408 * k - 0.009173 * t2))
            + 0.000165 * Math.Sin(Rad * (251.88 + 0.016321 * k))
            + 0.000164 * Math.Sin(Rad * (251.83 + 26.651886 * k))
            + 0.000126 * Math.Sin(Rad * (349.42 + 36.412478 * k))
            + 0.000110 * Math.Sin(Rad * (84.66 + 18.206239 * k))
            + 0.000062 * Math.Sin(Rad * (141.74 + 53.303771 * k))
            + 0.000060 * Math.Sin(Rad * (207.14 + 2.453732 * k))
            + 0.000056 * Math.Sin(Rad * (154.84 + 7.306860 * k))
            + 0.000047 * Math.Sin(Rad * (34.52 + 27.261239 * k))
            + 0.000042 * Math.Sin(Rad * (207.19 + 0.121824 * k))
            + 0.000040 * Math.Sin(Rad * (291.34 + 1.844379 * k))
            + 0.000037 * Math.Sin(Rad * (161.72 + 24.198154 * k))
            + 0.000035 * Math.Sin(Rad * (239.56 + 25.513099 * k))
            + 0.000023 * Math.Sin(Rad * (331.55 + 3.592518 * k));
        return jde;
    }

    /// <summary>The local (UTC+7) calendar day of the new moon of lunation <paramref name="k"/>, as a <see cref="DateOnly.DayNumber"/>.</summary>
    public static int NewMoonDayNumber(int k)
    {
        double jde = NewMoonJde(k);
        double jdUt = jde - DeltaTSeconds(DecimalYear(jde)) / 86_400.0;
        return (int)Math.Floor(jdUt + 0.5 + LocalOffsetDays) - JulianDayOfDayNumberZero;
    }

    /// <summary>
    /// The Sun's apparent geocentric longitude, in degrees from 0 (inclusive) to 360 (exclusive),
    /// at 00:00 Vietnam time at the start of the day <paramref name="dayNumber"/>.
    /// </summary>
    public static double SunLongitudeAtLocalMidnight(int dayNumber)
    {
        double jdUt = dayNumber + JulianDayOfDayNumberZero - 0.5 - LocalOffsetDays;
        return SunApparentLongitude(jdUt + DeltaTSeconds(DecimalYear(jdUt)) / 86_400.0);
    }

    /// <summary>
    /// The Sun's apparent longitude in degrees, [0, 360), at Julian Ephemeris Day <paramref name="jde"/>:
    /// Meeus ch. 25, geometric mean longitude plus the equation of the centre, corrected for
    /// nutation and aberration.
    /// </summary>
    public static double SunApparentLongitude(double jde)
    {
        double t = (jde - 2_451_545.0) / 36_525.0;
        double l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
        double m = Rad * (357.52911 + 35_999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(m)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * m)
            + 0.000289 * Math.Sin(3 * m);
        double omega = Rad * (125.04 - 1_934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.Sin(omega);
        lambda %= 360.0;
        return lambda < 0 ? lambda + 360.0 : lambda;
    }

    /// <summary>
    /// ΔT = TT − UT in seconds for a decimal year, by the Espenak–Meeus polynomials (valid here from
    /// 1860 to 2200; the values after about 2025 are extrapolations, uncertain by tens of seconds to
    /// minutes, which moves a computed lunar date only when a new moon falls that close to midnight).
    /// </summary>
    public static double DeltaTSeconds(double year)
    {
        double t;
        switch (year)
        {
            case < 1900:
                t = year - 1860;
                return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.Pow(t, 4) + Math.Pow(t, 5) / 233_174;
            case < 1920:
                t = year - 1900;
                return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.Pow(t, 4);
            case < 1941:
                t = year - 1920;
                return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
            case < 1961:
                t = year - 1950;
                return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
            case < 1986:
                t = year - 1975;
                return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
            case < 2005:
                t = year - 2000;
                return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
            case < 2050:
                t = year - 2000;
                return 62.92 + 0.32217 * t + 0.005589 * t * t;
            case < 2150:
            {
                double u = (year - 1820) / 100;
                return -20 + 32 * u * u - 0.5628 * (2150 - year);
            }
            default:
            {
                double u = (year - 1820) / 100;
                return -20 + 32 * u * u;
            }
        }
    }

    /// <summary>The approximate decimal year of a Julian Day (precise enough for ΔT).</summary>
    private static double DecimalYear(double jd) => 2000.0 + (jd - 2_451_545.0) / 365.25;
}
