using System.CommandLine;
using System.Globalization;
using LaiChau.PlanRules.Calendar;
using Spectre.Console;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary><c>planrules calendar YEAR</c>: the days off and working weekend days of a year; provisional ones marked.</summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var year = new Argument<int>("YEAR") { Description = loc.T("Năm (ví dụ 2026).", "The year (for example 2026).") };
        var files = CommonOptions.CalendarFiles(loc);
        var maxBytes = CommonOptions.MaxBytes(loc);
        var command = new Command("calendar", loc.T("In ngày nghỉ và ngày làm bù của một năm (ngày tạm tính được đánh dấu).", "Print a year's days off and working weekend days (provisional ones marked)."));
        command.Arguments.Add(year);
        command.Options.Add(files);
        command.Options.Add(maxBytes);
        var format = JsonOutput.FormatOption(ctx);
        command.Options.Add(format);
        command.SetAction(r =>
        {
            var y = r.GetValue(year);
            if (y is < 1900 or > 2199) throw new UsageException(loc.T("YEAR phải từ 1900 đến 2199.", "YEAR must be 1900 to 2199."));
            var limits = CommonOptions.Limits(r, maxBytes, ctx);
            var calendar = WorkingDayCalendar.Vietnam;
            foreach (var file in r.GetValue(files) ?? [])
            {
                calendar = calendar.WithOverrides(ctx.Files.Read(file, (s, name) => CalendarOverrides.Load(s, name, limits)));
            }

            var provisional = calendar.IsProvisional(y);
            var workingDays = 0;
            for (var d = new DateOnly(y, 1, 1); d.Year == y; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) workingDays++;
            if (JsonOutput.Wanted(r, format))
            {
                JsonOutput.Write(ctx, w =>
                {
                    JsonOutput.Value(w, "year", y);
                    JsonOutput.Value(w, "provisional", provisional);
                    JsonOutput.Objects(w, "daysOff", calendar.DaysOff(y), d =>
                    {
                        JsonOutput.Date(w, "date", d.Date);
                        JsonOutput.Str(w, "kind", JsonOutput.Camel(d.Kind));
                        JsonOutput.Text(w, "name", d.Name);
                        JsonOutput.Value(w, "provisional", d.IsProvisional);
                        JsonOutput.Str(w, "confidence", ConfidenceText.Code(d.Confidence));
                        JsonOutput.Str(w, "source", d.Source);
                    });
                    JsonOutput.Objects(w, "workingWeekendDays", calendar.WorkingWeekendDays(y), d =>
                    {
                        JsonOutput.Date(w, "date", d.Date);
                        JsonOutput.Text(w, "reason", d.Reason);
                        JsonOutput.Value(w, "provisional", d.IsProvisional);
                        JsonOutput.Str(w, "confidence", ConfidenceText.Code(d.Confidence));
                        JsonOutput.Str(w, "source", d.Source);
                    });
                    JsonOutput.Value(w, "workingDays", workingDays);
                });
                return Cli.ExitOk;
            }

            var screen = ctx.OpenScreen(r);
            screen.Line(loc.T($"Lịch làm việc năm {y}", $"Working calendar {y}"), new Style(decoration: Decoration.Bold));
            screen.Line(provisional
                ? loc.T("Năm này chưa có lịch nghỉ công bố: ngày nghỉ được tính theo Bộ luật Lao động, đánh dấu (tạm tính).", "No announced schedule for this year: days off follow the Labour Code and are marked (provisional).")
                : loc.T("Lịch nghỉ đã công bố.", "Announced schedule."));

            screen.Heading(loc.T("Ngày nghỉ", "Days off"));
            var off = screen.NewTable(
                loc.T("Ngày", "Date"),
                loc.T("Thứ", "Weekday"),
                loc.T("Tên", "Name"),
                loc.T("Ghi chú", "Note"));
            foreach (var d in calendar.DaysOff(y))
            {
                off.AddRow(Loc.Date(d.Date), Weekday(d.Date, loc), Markup.Escape(loc.T(d.Name)),
                    Markup.Escape((d.IsProvisional ? loc.T("tạm tính", "provisional") + "; " : string.Empty) + StatusText.Confidence(d.Confidence, loc)));
            }

            screen.Write(off);
            screen.Heading(loc.T("Ngày làm bù (thứ Bảy, Chủ nhật đi làm)", "Working weekend days"));
            var worked = calendar.WorkingWeekendDays(y);
            if (worked.Count == 0) screen.Line(loc.T("Không có.", "None."));
            foreach (var w in worked)
            {
                screen.Line($"{Loc.Date(w.Date)} ({Weekday(w.Date, loc)}): {loc.T(w.Reason)}" + (w.IsProvisional ? loc.T(" (tạm tính)", " (provisional)") : string.Empty));
            }

            screen.Line();
            screen.Line(loc.T("Số ngày làm việc trong năm: ", "Working days in the year: ") + workingDays.ToString(CultureInfo.InvariantCulture));
            return Cli.ExitOk;
        });
        return command;
    }

    private static string Weekday(DateOnly d, Loc loc) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => loc.T("Thứ Hai", "Monday"),
        DayOfWeek.Tuesday => loc.T("Thứ Ba", "Tuesday"),
        DayOfWeek.Wednesday => loc.T("Thứ Tư", "Wednesday"),
        DayOfWeek.Thursday => loc.T("Thứ Năm", "Thursday"),
        DayOfWeek.Friday => loc.T("Thứ Sáu", "Friday"),
        DayOfWeek.Saturday => loc.T("Thứ Bảy", "Saturday"),
        _ => loc.T("Chủ nhật", "Sunday"),
    };
}
