using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// A parse that went wrong, said in the run's language: each System.CommandLine <see cref="ParseError"/> is told by
/// what it is attached to (its <see cref="ParseError.SymbolResult"/>: an option, an argument, a command) and by the
/// tokens, never by the framework's English message. An option-like token the parser took for a file name or left
/// unmatched is an unknown option, named, with the nearest real one suggested; an unknown command suggests the nearest
/// command by edit distance.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The one-line reason the command line cannot run, or null when it can.</summary>
    public static string? Find(ParseResult parse, CliContext ctx)
    {
        var loc = ctx.Loc;
        var at = parse.CommandResult;
        var command = at.Command;
        if (OptionLikeToken(parse) is { } option) return UnknownOption(option, at, loc);

        // "--as-of --lang en": the option took the next option's name for its value.
        var optionNames = OptionsOf(at).SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        for (SymbolResult? r = at; r is not null; r = r.Parent)
        {
            if (r is not CommandResult c) continue;
            foreach (var o in c.Children.OfType<OptionResult>().Where(o => o.Tokens.Any(t => optionNames.Contains(t.Value))))
            {
                return loc.T($"{o.Option.Name} cần một giá trị: {ctx.Expected(o.Option)}.", $"{o.Option.Name} needs a value: {ctx.Expected(o.Option)}.");
            }
        }

        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            if (command.Subcommands.Count > 0)
            {
                var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
                var best = Nearest(token, names);
                return best is not null
                    ? loc.T($"không có lệnh '{token}'; có phải ý bạn là '{best}'?", $"unknown command '{token}'; did you mean '{best}'?")
                    : loc.T($"không có lệnh '{token}'; các lệnh: {string.Join(", ", names)}.", $"unknown command '{token}'; the commands are {string.Join(", ", names)}.");
            }

            return loc.T($"thừa tham số '{token}': lệnh {Path(at)} không nhận thêm tham số này.", $"unexpected argument '{token}': {Path(at)} takes no such argument.");
        }

        foreach (var error in parse.Errors)
        {
            var message = error.SymbolResult switch
            {
                OptionResult o => OptionError(o, ctx),
                ArgumentResult { Parent: OptionResult o } => OptionError(o, ctx),
                ArgumentResult a => ArgumentError(a, ctx),
                CommandResult c => CommandError(c, parse, ctx),
                _ => null,
            };
            if (message is not null) return message;
        }

        return parse.Errors.Count == 0 ? null : loc.T($"dòng lệnh của {Path(at)} không hợp lệ.", $"the command line of {Path(at)} is not valid.");
    }

    /// <summary>The command's path as typed, <c>planrules draft urging</c>.</summary>
    public static string Path(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c) names.Add(c.Command is RootCommand ? "planrules" : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The options a command accepts: its own and the recursive ones of its ancestors.</summary>
    public static IEnumerable<Option> OptionsOf(CommandResult result)
    {
        foreach (var o in result.Command.Options) yield return o;
        for (var r = result.Parent; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                foreach (var o in c.Command.Options.Where(o => o.Recursive)) yield return o;
            }
        }
    }

    /// <summary>The edit distance (insertions, deletions, substitutions and swaps of neighbours) between two words.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The candidate nearest to <paramref name="word"/>, if it is near enough to be a typo (at most a third of the word, and at least 2, edits away).</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var best = candidates.Select(c => (Name: c, Distance: Distance(word, c))).OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, word.Length / 3) ? best.Name : null;
    }

    /// <summary>
    /// A token that looks like an option (<c>--asof</c>, <c>-x</c>) but that the parser gave to a command's argument
    /// (<c>check --asof</c> makes "--asof" the FILE) or left unmatched; tokens after <c>--</c> are file names.
    /// </summary>
    private static string? OptionLikeToken(ParseResult parse)
    {
        var afterDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seen = false;
        foreach (var t in parse.Tokens)
        {
            if (seen) afterDoubleDash.Add(t);
            else if (t.Type == TokenType.DoubleDash) seen = true;
        }

        var candidates = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Where(t => !afterDoubleDash.Contains(t)).Select(t => t.Value);
        var unmatched = seen ? [] : parse.UnmatchedTokens;
        return candidates.Concat(unmatched).FirstOrDefault(LooksLikeOption);
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string UnknownOption(string token, CommandResult at, Loc loc)
    {
        var name = token.Split('=', ':')[0];
        var best = Nearest(name, OptionsOf(at).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
        return best is not null
            ? loc.T($"không có tùy chọn {name}; có phải ý bạn là {best}?", $"unknown option {name}; did you mean {best}?")
            : loc.T($"lệnh {Path(at)} không có tùy chọn {name}.", $"{Path(at)} has no option {name}.");
    }

    private static string OptionError(OptionResult result, CliContext ctx)
    {
        var loc = ctx.Loc;
        var option = result.Option;
        if (option is VersionOption)
        {
            return loc.T("--version không đi kèm lệnh hay tham số nào khác.", "--version takes no command or other argument.");
        }

        var expected = ctx.Expected(option);
        var tokens = result.Tokens;
        if (result.IdentifierToken is null) return loc.T($"thiếu {option.Name}: {expected}.", $"missing {option.Name}: {expected}.");
        if (tokens.Count == 0) return loc.T($"{option.Name} cần một giá trị: {expected}.", $"{option.Name} needs a value: {expected}.");
        if (option.Arity.MaximumNumberOfValues == 1 && tokens.Count > 1)
        {
            return loc.T($"{option.Name} chỉ nhận một giá trị, đã cho {tokens.Count}.", $"{option.Name} takes one value; {tokens.Count} were given.");
        }

        var bad = ctx.Choices(option) is { } choices ? tokens.FirstOrDefault(t => !choices.Contains(t.Value))?.Value ?? tokens[0].Value : tokens[^1].Value;
        return loc.T($"{option.Name} '{bad}' không hợp lệ: cần {expected}.", $"{option.Name} '{bad}' is not valid: expected {expected}.");
    }

    private static string ArgumentError(ArgumentResult result, CliContext ctx)
    {
        var loc = ctx.Loc;
        var argument = result.Argument;
        var expected = ctx.Expected(argument);
        if (result.Tokens.Count == 0) return loc.T($"thiếu {argument.Name}: {expected}.", $"missing {argument.Name}: {expected}.");
        var value = result.Tokens[^1].Value;
        return loc.T($"{argument.Name} '{value}' không hợp lệ: cần {expected}.", $"{argument.Name} '{value}' is not valid: expected {expected}.");
    }

    private static string? CommandError(CommandResult result, ParseResult parse, CliContext ctx)
    {
        var loc = ctx.Loc;
        var command = result.Command;
        foreach (var option in command.Options.Where(o => o.Required && parse.GetResult(o) is null))
        {
            return loc.T($"thiếu {option.Name}: {ctx.Expected(option)}.", $"missing {option.Name}: {ctx.Expected(option)}.");
        }

        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && (parse.GetResult(a)?.Tokens.Count ?? 0) == 0))
        {
            return loc.T($"thiếu {argument.Name}: {ctx.Expected(argument)}.", $"missing {argument.Name}: {ctx.Expected(argument)}.");
        }

        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            var names = string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return loc.T($"thiếu lệnh: {Path(result)} cần một trong các lệnh {names}.", $"missing command: {Path(result)} needs one of {names}.");
        }

        return null;
    }
}
