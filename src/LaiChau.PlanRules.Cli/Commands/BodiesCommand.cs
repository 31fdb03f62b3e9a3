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
        command.SetAction(r =>
        {
            var date = CliDates.Parse(r.GetValue(on), "--on", loc) ?? CliDates.TodayInVietnam(ctx.Environment.Clock);
            var limits = CommonOptions.Limits(r, maxBytes, loc);
            var catalog = CommonOptions.Catalog(r.GetValue(catalogFile), r.GetValue(bodies) ?? [], limits);

            var screen = ctx.OpenScreen(r);
            screen.Line(loc.T($"Danh mục cơ quan ngày {Loc.Date(date)}", $"Body catalog on {Loc.Date(date)}"), new Style(decoration: Decoration.Bold));
            var table = screen.NewTable(
                loc.T("Mã", "Id"),
                loc.T("Tên", "Name"),
                loc.T("Loại", "Kind"),
                loc.T("Nhóm", "Groups"),
                loc.T("Tình trạng", "Status"),
                loc.T("Độ tin cậy", "Confidence"));
            foreach (var b in catalog.Bodies.OrderBy(b => b.Kind).ThenBy(b => b.Order ?? int.MaxValue).ThenBy(b => b.Id, StringComparer.Ordinal))
            {
                var exists = b.ExistsOn(date);
                var nameDate = b.DissolvedOn is { } gone && date >= gone ? gone.AddDays(-1) : b.EstablishedOn is { } from && date < from ? from : date;
                table.AddRow(
                    Screen.Cell(b.Id),
                    Screen.Cell(loc.T(b.DisplayNameOn(nameDate)), exists ? (Style?)null : new Style(Color.Grey)),
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
