using System.CommandLine;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Cli;

/// <summary>The input options several commands share, defined once so their names and help read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> PlanFile(Loc loc) => new("--plan")
    {
        HelpName = "FILE",
        Description = loc.T("Tệp kế hoạch khác (docs/plan-file.md) thay cho kế hoạch Lai Châu đi kèm.", "Another plan file (docs/plan-file.md) instead of the embedded Lai Châu plan."),
    };

    public static Option<string[]> BodiesFiles(Loc loc) => new("--bodies")
    {
        HelpName = "FILE",
        Description = loc.T("Tệp sửa đổi danh mục cơ quan (docs/catalog-file.md); có thể lặp lại.", "Catalog overrides (docs/catalog-file.md); may be repeated."),
    };

    public static Option<string?> CatalogFile(Loc loc) => new("--catalog")
    {
        HelpName = "FILE",
        Description = loc.T(
            "Danh mục cơ quan của tỉnh khác (docs/catalog-file.md), thay hẳn danh mục Lai Châu đi kèm; --bodies sửa đổi tiếp trên nó.",
            "Another province's body catalog (docs/catalog-file.md), replacing the shipped Lai Châu catalog; --bodies then overlays it."),
    };

    /// <summary>The catalog of <c>--catalog</c> (or the shipped one) with the <c>--bodies</c> overrides applied.</summary>
    public static Bodies.BodyCatalog Catalog(InputFiles files, string? catalogFile, IEnumerable<string> overrideFiles, JsonInputLimits limits)
    {
        var catalog = catalogFile is null ? Bodies.BodyCatalog.LaiChau : files.Read(catalogFile, (s, name) => Bodies.BodyCatalog.Load(s, name, limits));
        foreach (var file in overrideFiles)
        {
            catalog = files.Read(file, (s, name) => catalog.WithOverrides(s, name, limits));
        }

        return catalog;
    }

    public static Option<string[]> CalendarFiles(Loc loc) => new("--calendar")
    {
        HelpName = "FILE",
        Description = loc.T("Tệp lịch nghỉ, ngày làm bù (docs/calendar-file.md); có thể lặp lại.", "Calendar overrides (docs/calendar-file.md); may be repeated."),
    };

    public static Option<long?> MaxBytes(Loc loc) => new("--max-bytes")
    {
        HelpName = "N",
        Description = loc.T("Kích thước tối đa của mỗi tệp vào, tính bằng byte (mặc định 16 MiB).", "The largest input file accepted, in bytes (default 16 MiB)."),
    };

    /// <summary>The value of <c>--max-bytes</c> (or the default), checked.</summary>
    public static long MaxBytesValue(ParseResult r, Option<long?> option, Loc loc)
    {
        var value = r.GetValue(option) ?? JsonInputLimits.DefaultMaxBytes;
        return value >= 1 ? value : throw new UsageException(loc.T("--max-bytes phải là số dương.", "--max-bytes must be positive."));
    }

    public static JsonInputLimits Limits(ParseResult r, Option<long?> option, Loc loc) => new(MaxBytesValue(r, option, loc));

    /// <summary>The limits of <c>--max-bytes</c>, also applied to standard input read through <paramref name="files"/>.</summary>
    public static JsonInputLimits Limits(ParseResult r, Option<long?> option, CliContext ctx)
    {
        var limits = Limits(r, option, ctx.Loc);
        ctx.Files.MaxBytes = limits.MaxBytes;
        return limits;
    }
}
