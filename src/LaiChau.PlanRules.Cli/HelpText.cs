using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// <c>--help</c>: the help of a command written by the tool itself, all in the run's language (System.CommandLine's own
/// help has English headings and no way to translate them), ending with the folder where the docs it names are.
/// </summary>
internal sealed class HelpText(CliContext ctx) : SynchronousCommandLineAction
{
    private const int MaxLabel = 34;

    /// <summary>Replaces the help action of every help option in the tree (one on the root, recursive).</summary>
    public static void Install(RootCommand root, CliContext ctx)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpText(ctx);
            help.Description = ctx.Loc.T("Hiện trợ giúp của lệnh này.", "Show the help of this command.");
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = ctx.Loc.T("Hiện phiên bản của công cụ.", "Show the tool's version.");
        }
    }

    /// <summary>The folder of the docs the help names: <c>docs/</c> beside the program (the build output, the installed tool, a published executable).</summary>
    public static string? DocsFolder()
    {
        var docs = Path.Combine(AppContext.BaseDirectory, "docs");
        return File.Exists(Path.Combine(docs, "cli.md")) ? docs : null;
    }

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult, ctx.Out);
        ctx.Out.Flush();
        return Cli.ExitOk;
    }

    private void Write(ParseResult parse, TextWriter w)
    {
        var loc = ctx.Loc;
        var at = parse.CommandResult;
        var command = at.Command;
        var path = UsageErrors.Path(at);
        Line(w, command.Description is { Length: > 0 } d ? $"{path}: {d}" : path);
        Line(w);

        var usage = path + string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues > 0 ? $" {a.Name}" : $" [{a.Name}]"));
        var options = UsageErrors.OptionsOf(at).Where(o => !o.Hidden).ToList();
        if (command.Subcommands.Count > 0) usage += loc.T(" <lệnh>", " <command>");
        if (options.Count > 0) usage += loc.T(" [tùy chọn]", " [options]");
        Line(w, loc.T("Cách dùng: ", "Usage: ") + usage);

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (a.Name, a.Description ?? string.Empty)).ToList();
        Section(w, loc.T("Tham số:", "Arguments:"), arguments);
        Section(w, loc.T("Tùy chọn:", "Options:"), options.Select(o => (Label(o), Describe(o))).ToList());
        Section(w, loc.T("Lệnh:", "Commands:"), command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)).ToList());

        Line(w);
        if (command.Subcommands.Count > 0) Line(w, loc.T($"Trợ giúp của từng lệnh: {path} <lệnh> --help.", $"Help on a command: {path} <command> --help."));
        Line(w, DocsFolder() is { } docs
            ? loc.T($"Tài liệu: {Path.Combine(docs, "cli.md")} (các trang docs/*.md nhắc đến ở trên nằm trong thư mục {docs}).", $"Documentation: {Path.Combine(docs, "cli.md")} (the docs/*.md pages named above are in the folder {docs}).")
            : loc.T(
                "Tài liệu: docs/cli.md và các trang docs/*.md nhắc đến ở trên nằm trong thư mục docs của gói NuGet LaiChau.PlanRules.Cli và của kho mã nguồn.",
                "Documentation: docs/cli.md and the docs/*.md pages named above are in the docs folder of the LaiChau.PlanRules.Cli NuGet package and of the source repository."));
    }

    private string Describe(Option o)
    {
        var text = o.Description ?? string.Empty;
        if (o.Required) text += ctx.Loc.T(" (bắt buộc)", " (required)");
        return text;
    }

    private static string Label(Option o)
    {
        var names = o.Aliases.Prepend(o.Name).Distinct().Where(n => n.StartsWith('-')).OrderBy(n => n.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ThenBy(n => n.Length);
        var label = string.Join(", ", names);
        var takesValue = o.Arity.MaximumNumberOfValues > 0 && o is not HelpOption and not VersionOption && o.ValueType != typeof(bool);
        return takesValue ? $"{label} {o.HelpName ?? "VALUE"}" : label;
    }

    private static void Section(TextWriter w, string heading, IReadOnlyList<(string Label, string Text)> rows)
    {
        if (rows.Count == 0) return;
        Line(w);
        Line(w, heading);
        var width = Math.Min(MaxLabel, rows.Max(r => r.Label.Length));
        foreach (var (label, text) in rows)
        {
            Line(w, label.Length > width ? $"  {label}\n  {new string(' ', width)}  {text}" : $"  {label.PadRight(width)}  {text}");
        }
    }

    private static void Line(TextWriter w, string text = "")
    {
        foreach (var line in text.Split('\n')) Screen.SafeLine(w, line);
    }
}
