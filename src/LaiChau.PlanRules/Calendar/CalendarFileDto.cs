using System.Globalization;
using LaiChau.PlanRules.Json;
using Newtonsoft.Json;

namespace LaiChau.PlanRules.Calendar;

/// <summary>
/// The JSON shape of a calendar file (<c>docs/calendar-file.md</c>), read by
/// <see cref="StrictJson"/> and mapped to <see cref="CalendarOverrides"/> by <see cref="ToOverrides"/>.
/// </summary>
internal sealed class CalendarFileDto : JsonLocated
{
    /// <summary>The only schema version this library reads.</summary>
    public const int CurrentSchemaVersion = 1;

    public LocatedInt? SchemaVersion { get; set; }

    public List<DayOffDto?>? DaysOff { get; set; }

    public List<LocatedDate?>? RemoveDaysOff { get; set; }

    public List<WorkingWeekendDayDto?>? WorkingWeekendDays { get; set; }

    public List<LocatedInt?>? AnnouncedYears { get; set; }

    /// <summary>Validates the file and builds the overrides; every error names the JSON path and the line.</summary>
    /// <remarks>
    /// Paths are built here from the list name and index: <see cref="JsonLocated.Location"/> is captured
    /// when the reader already stands on an object's first member, so its line is the object's first
    /// line but its path names that member.
    /// </remarks>
    /// <summary>The Vietnamese name of a day of the week, as an input-error reason writes it ("thứ Tư").</summary>
    internal static string DayVi(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        _ => "Chủ nhật",
    };

    public static CalendarOverrides ToOverrides(CalendarFileDto dto, string fileName)
    {
        if (dto.SchemaVersion is not { } version)
        {
            throw Error("Trường \"schemaVersion\" là bắt buộc; thư viện này đọc phiên bản lược đồ 1.", "\"schemaVersion\" is required; this library reads schema version 1.", At(dto, "schemaVersion"));
        }

        if (version.Value != CurrentSchemaVersion)
        {
            throw Error(
                string.Create(CultureInfo.InvariantCulture, $"Không hỗ trợ phiên bản lược đồ {version.Value}; thư viện này đọc phiên bản lược đồ {CurrentSchemaVersion}."),
                string.Create(CultureInfo.InvariantCulture,
                $"Schema version {version.Value} is not supported; this library reads schema version {CurrentSchemaVersion}."), version.Location);
        }

        var daysOff = dto.DaysOff ?? [];
        var removes = dto.RemoveDaysOff ?? [];
        var workings = dto.WorkingWeekendDays ?? [];
        var years = dto.AnnouncedYears ?? [];

        var adds = new DayOff[daysOff.Count];
        for (int i = 0; i < daysOff.Count; i++)
        {
            var e = daysOff[i] ?? throw NullEntry(CalendarOverrides.DaysOffList, i);
            string path = Entry(CalendarOverrides.DaysOffList, i);
            adds[i] = new DayOff(
                Required(e.Date, e, path, "date"),
                ParseKind(e.Kind, e, path),
                new LocalizedText(RequiredText(e.NameVi, e, path, "nameVi"), RequiredText(e.NameEn, e, path, "nameEn")),
                IsProvisional: false,
                ParseConfidence(e.Confidence, e, path),
                RequiredText(e.Source, e, path, "source"));
        }

        var removeDates = new DateOnly[removes.Count];
        for (int i = 0; i < removes.Count; i++)
        {
            removeDates[i] = (removes[i] ?? throw NullEntry(CalendarOverrides.RemoveList, i)).Value;
        }

        var workingDays = new WorkingWeekendDay[workings.Count];
        for (int i = 0; i < workings.Count; i++)
        {
            var e = workings[i] ?? throw NullEntry(CalendarOverrides.WorkingList, i);
            string path = Entry(CalendarOverrides.WorkingList, i);
            var date = Required(e.Date, e, path, "date");
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw Error(
                    string.Create(CultureInfo.InvariantCulture, $"Ngày cuối tuần làm việc bù phải là thứ Bảy hoặc Chủ nhật; {date:yyyy-MM-dd} là {DayVi(date.DayOfWeek)}."),
                    string.Create(CultureInfo.InvariantCulture,
                    $"A working weekend day must be a Saturday or a Sunday; {date:yyyy-MM-dd} is a {date.DayOfWeek}."),
                    At(e, path + ".date"));
            }

            workingDays[i] = new WorkingWeekendDay(
                date,
                new LocalizedText(RequiredText(e.ReasonVi, e, path, "reasonVi"), RequiredText(e.ReasonEn, e, path, "reasonEn")),
                IsProvisional: false,
                ParseConfidence(e.Confidence, e, path),
                RequiredText(e.Source, e, path, "source"));
        }

        var yearValues = new int[years.Count];
        for (int i = 0; i < years.Count; i++)
        {
            yearValues[i] = (years[i] ?? throw NullEntry(CalendarOverrides.YearsList, i)).Value;
        }

        if (CalendarOverrides.FindProblem(adds, removeDates, workingDays, yearValues) is { } problem)
        {
            var location = problem.List switch
            {
                CalendarOverrides.DaysOffList => At(daysOff[problem.Index]!, Entry(problem.List, problem.Index) + ".date"),
                CalendarOverrides.WorkingList => At(workings[problem.Index]!, Entry(problem.List, problem.Index) + ".date"),
                CalendarOverrides.RemoveList => removes[problem.Index]!.Location,
                _ => years[problem.Index]!.Location,
            };
            throw Error(problem.MessageVi, problem.Message, location);
        }

        return new CalendarOverrides(adds, removeDates, workingDays, yearValues);

        PlanRulesInputException Error(string vi, string en, JsonLocation at) =>
            new(new LocalizedText(vi, en), fileName, at.Path, at.Line == 0 ? null : at.Line, at.Line == 0 ? null : at.Column);

        T Required<T>(T? value, JsonLocated entry, string path, string member)
            where T : struct =>
            value ?? throw Error($"Trường \"{member}\" là bắt buộc.", $"\"{member}\" is required.", At(entry, path + "." + member));

        string RequiredText(string? value, JsonLocated entry, string path, string member) =>
            string.IsNullOrWhiteSpace(value)
                ? throw Error($"Trường \"{member}\" là bắt buộc và không được để trống.", $"\"{member}\" is required and must not be blank.", At(entry, path + "." + member))
                : value.Trim();

        DayOffKind ParseKind(string? value, JsonLocated entry, string path) =>
            ParseName<DayOffKind>(RequiredText(value, entry, path, "kind"))
            ?? throw Error($"Không có loại \"{value}\"; hãy dùng một trong: {NameList<DayOffKind>()}.", $"Unknown kind \"{value}\"; use one of: {NameList<DayOffKind>()}.", At(entry, path + ".kind"));

        Confidence ParseConfidence(string? value, JsonLocated entry, string path) =>
            value is null ? Confidence.Confirmed
            : ParseName<Confidence>(value.Trim())
            ?? throw Error($"Không có mức tin cậy \"{value}\"; hãy dùng một trong: {NameList<Confidence>()}.", $"Unknown confidence \"{value}\"; use one of: {NameList<Confidence>()}.", At(entry, path + ".confidence"));

        PlanRulesInputException NullEntry(string list, int index) =>
            Error("Mỗi phần tử phải là một đối tượng, không phải null.", "An entry must be an object, not null.", new JsonLocation(Entry(list, index), 0, 0));
    }

    /// <summary>The JSON name of an enum value: its C# name in camelCase (<c>lunarNewYear</c>).</summary>
    private static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static TEnum? ParseName<TEnum>(string text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => string.Equals(JsonName(v), text, StringComparison.Ordinal)).Select(v => (TEnum?)v).FirstOrDefault();

    private static string NameList<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(JsonName));

    private static string Entry(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    private static JsonLocation At(JsonLocated entry, string path) => entry.Location with { Path = path };
}

/// <summary>One entry of <c>daysOff</c>.</summary>
internal sealed class DayOffDto : JsonLocated
{
    public DateOnly? Date { get; set; }

    public string? Kind { get; set; }

    public string? NameVi { get; set; }

    public string? NameEn { get; set; }

    public string? Source { get; set; }

    public string? Confidence { get; set; }
}

/// <summary>One entry of <c>workingWeekendDays</c>.</summary>
internal sealed class WorkingWeekendDayDto : JsonLocated
{
    public DateOnly? Date { get; set; }

    public string? ReasonVi { get; set; }

    public string? ReasonEn { get; set; }

    public string? Source { get; set; }

    public string? Confidence { get; set; }
}

/// <summary>A date (<c>yyyy-MM-dd</c>) with where it stood in the input, for entries that are bare strings.</summary>
[JsonConverter(typeof(LocatedValueConverter))]
internal sealed record LocatedDate(DateOnly Value, JsonLocation Location);

/// <summary>An integer with where it stood in the input.</summary>
[JsonConverter(typeof(LocatedValueConverter))]
internal sealed record LocatedInt(int Value, JsonLocation Location);

/// <summary>Reads <see cref="LocatedDate"/> and <see cref="LocatedInt"/>, recording the reader's path and line.</summary>
internal sealed class LocatedValueConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(LocatedDate) || objectType == typeof(LocatedInt);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var location = reader is IJsonLineInfo li && li.HasLineInfo()
            ? new JsonLocation(reader.Path, li.LineNumber, li.LinePosition)
            : new JsonLocation(reader.Path, 0, 0);
        if (objectType == typeof(LocatedDate))
        {
            if (reader.TokenType != JsonToken.String || reader.Value is not string s)
            {
                throw new LocalizedJsonException($"Ngày phải là một chuỗi dạng yyyy-MM-dd, không phải {reader.TokenType}.", $"A date must be a string in the form yyyy-MM-dd, not {reader.TokenType}.");
            }

            return new LocatedDate(StrictDateOnlyConverter.Parse(s), location);
        }

        if (reader.TokenType != JsonToken.Integer || reader.Value is not long n || n is < int.MinValue or > int.MaxValue)
        {
            throw new LocalizedJsonException($"Ở đây cần một số nguyên, không phải {reader.TokenType}.", $"An integer is required here, not {reader.TokenType}.");
        }

        return new LocatedInt((int)n, location);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Located values are read-only.");
}
