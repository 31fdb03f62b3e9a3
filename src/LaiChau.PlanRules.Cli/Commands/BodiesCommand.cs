using System.CommandLine;
using LaiChau.PlanRules.Bodies;
using Spectre.Console;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary><c>planrules bodies [--on DATE]</c>: the catalog with the names valid on a date, groups and dissolutions.</summary>
internal static class BodiesCommand
{
    public static Command Create(CliContext ctx)
    {
        var loc = ctx.Loc;
        var on = new Option<string?>("--on") { HelpName = "YYYY-MM-DD", Description = loc.T("Ngày xem danh mục (mặc định hôm nay, giờ Việt Nam).", "The date to show the catalog on (default today in Vietnam).") };
        var bodies = CommonOptions.BodiesFiles(loc);
        var catalogFile = CommonOptions.CatalogFile(loc);
        var maxBytes = CommonOptions.MaxBytes(loc);
        var command = new Command("bodies", loc.T("In danh mục cơ quan: tên theo ngày, nhóm, cơ quan đã sáp nhập, hợp nhất hoặc kết thúc hoạt động.", "Print the body catalog: names on a date, groups, bodies merged or no longer operating."));
        command.Options.Add(on);
        command.Options.Add(catalogFile);
        command.Options.Add(bodies);
        command.Options.Add(maxBytes);
        var format = JsonOutput.FormatOption(ctx);
        command.Options.Add(format);
        command.SetAction(r =>
        {
            var date = CliDates.Parse(r.GetValue(on), "--on", loc) ?? CliDates.TodayInVietnam(ctx.Environment.Clock);
            var limits = CommonOptions.Limits(r, maxBytes, ctx);
            var catalog = CommonOptions.Catalog(ctx.Files, r.GetValue(catalogFile), r.GetValue(bodies) ?? [], limits);
            var ordered = catalog.Bodies.OrderBy(b => b.Kind).ThenBy(b => b.Order ?? int.MaxValue).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
            if (JsonOutput.Wanted(r, format))
            {
                JsonOutput.Write(ctx, w =>
                {
                    JsonOutput.Date(w, "on", date);
                    JsonOutput.Objects(w, "bodies", ordered, b =>
                    {
                        JsonOutput.Str(w, "id", b.Id);
                        JsonOutput.Text(w, "name", b.DisplayNameOn(NameDate(b, date)));
                        JsonOutput.Str(w, "kind", JsonOutput.Camel(b.Kind));
                        JsonOutput.Array(w, "groups", catalog.GroupsOf(b.Id).Select(g => g.Id), w.WriteValue);
                        JsonOutput.Value(w, "exists", b.ExistsOn(date));
                        JsonOutput.Date(w, "establishedOn", b.EstablishedOn);
                        JsonOutput.Date(w, "dissolvedOn", b.DissolvedOn);
                        JsonOutput.Str(w, "status", Status(b, date, catalog, loc));
                        JsonOutput.Str(w, "confidence", ConfidenceText.Code(b.Confidence));
                    });
                    JsonOutput.Objects(w, "groups", catalog.Groups, g =>
                    {
                        JsonOutput.Str(w, "id", g.Id);
                        JsonOutput.Text(w, "name", g.Name);
                        JsonOutput.Array(w, "membersOnDate", catalog.MembersOn(g.Id, date), m => w.WriteValue(m.ToString()));
                    });
                });
                return Cli.ExitOk;
            }

            var screen = ctx.OpenScreen(r);
            screen.Line(loc.T($"Danh mục cơ quan ngày {Loc.Date(date)}", $"Body catalog on {Loc.Date(date)}"), new Style(decoration: Decoration.Bold));
            var table = screen.NewTable(
                loc.T("Mã", "Id"),
                loc.T("Tên", "Name"),
                loc.T("Loại", "Kind"),
                loc.T("Nhóm", "Groups"),
                loc.T("Tình trạng", "Status"),
                loc.T("Độ tin cậy", "Confidence"));
            foreach (var b in ordered)
            {
                var exists = b.ExistsOn(date);
                table.AddRow(
                    Screen.Cell(b.Id),
                    Screen.Cell(loc.T(b.DisplayNameOn(NameDate(b, date))), exists ? (Style?)null : new Style(Color.Grey)),
                    Screen.Cell(StatusText.Kind(b.Kind, loc)),
                    Screen.Cell(string.Join(", ", catalog.GroupsOf(b.Id).Select(g => g.Id))),
                    Screen.Cell(Status(b, date, catalog, loc), exists ? (Style?)null : new Style(Color.Grey)),
                    Screen.Cell(StatusText.Confidence(b.Confidence, loc)));
            }

            screen.Write(table);
            screen.Heading(loc.T("Nhóm", "Groups"));
            foreach (var g in catalog.Groups)
            {
                var members = catalog.MembersOn(g.Id, date);
                screen.Line($"{g.Id}: {loc.T(g.Name)} ({members.Count} {loc.T("cơ quan tồn tại ngày này", "existing on that date")})");
            }

            return Cli.ExitOk;
        });
        return command;
    }

    /// <summary>The date whose name a body is shown by: the last day it existed, the first day it will, or the date itself.</summary>
    private static DateOnly NameDate(Body b, DateOnly date) =>
        b.DissolvedOn is { } gone && date >= gone ? gone.AddDays(-1) : b.EstablishedOn is { } from && date < from ? from : date;

    private static string Status(Body b, DateOnly date, BodyCatalog catalog, Loc loc)
    {
        if (b.EstablishedOn is { } from && date < from) return loc.T($"chưa thành lập (từ {Loc.Date(from)})", $"not yet established (from {Loc.Date(from)})");
        var fate = SuccessionText.Describe(b, catalog) ?? SuccessionText.Renamed(b, date, DateOnly.MaxValue);
        if (b.DissolvedOn is not { } gone || date < gone)
        {
            return loc.T("đang hoạt động", "active") + (fate is not null ? $" ({loc.T(fate)})" : string.Empty);
        }

        return loc.T(fate!);
    }
}
