using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.PlanRules.Cli.Commands;
using Microsoft.Extensions.Options;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// The <c>planrules</c> command line (docs/cli.md). <see cref="Run(string[], TextWriter, TextWriter)"/> is the whole
/// program with its writers given, so tests run it in process. Exit codes: 0 the command ran; 1 <c>--fail-on</c>
/// found a finding of that severity or worse; 2 bad input or usage, with one line on stderr; 70 an internal error,
/// with one line on stderr; 74 the output could not be written (a full disk, a closed pipe, a failing stderr).
/// Never a stack trace, never an abort.
/// </summary>
public static partial class Cli
{
    /// <summary>The command ran (findings or not, unless --fail-on says otherwise).</summary>
    public const int ExitOk = 0;

    /// <summary><c>--fail-on</c>: a finding of that severity or worse exists.</summary>
    public const int ExitFindings = 1;

    /// <summary>Bad input (a file, a value) or bad usage (an unknown option, a missing argument).</summary>
    public const int ExitInput = 2;

    /// <summary>An internal error (a bug): EX_SOFTWARE of sysexits.h.</summary>
    public const int ExitInternal = 70;

    /// <summary>The output could not be written (a full disk, a closed pipe, stderr failing): EX_IOERR of sysexits.h.</summary>
    public const int ExitIoError = 74;

    /// <summary>Runs the command line with redirected (plain) output and the system clock.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, CliEnvironment.Redirected);

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="environment">Whether stdout is a terminal, and the clock.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        var loc = Loc.FromArgs(args, environment.Locale);
        try
        {
            var ctx = new CliContext(output, error, environment, loc);
            var root = CreateRoot(ctx);
            var parse = root.Parse(args);
            if (parse.Action is not HelpText && UsageErrors.Find(parse, ctx) is { } usage)
            {
                var help = UsageErrors.Path(parse.CommandResult) + " --help";
                return Fail(error, loc.T("Lỗi cú pháp lệnh: ", "Usage error: ") + usage + loc.T($" (xem {help})", $" (see {help})"), ExitInput);
            }

            var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            output.Flush();
            return code;
        }
        catch (UsageException e)
        {
            return Fail(error, loc.T("Lỗi cú pháp lệnh: ", "Usage error: ") + e.Message, ExitInput);
        }
        catch (PlanRulesInputException e)
        {
            return Fail(error, loc.T("Lỗi dữ liệu vào: ", "Input error: ") + Describe(e, loc), ExitInput);
        }
        catch (OptionsValidationException e)
        {
            return Fail(error, loc.T("Lỗi dữ liệu vào: ", "Input error: ") + string.Join(" ", e.Failures), ExitInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Inputs that cannot be read are input errors (InputFiles), an output file that cannot be created a usage
            // error: an I/O failure here is the output's, the environment's fault (a full disk, a closed pipe or
            // descriptor), not a bug.
            return Fail(error, loc.T("Lỗi ghi kết quả: ", "Output error: ") + e.Message, ExitIoError);
        }
        catch (Exception e)
        {
            // The message only, without framework type names: they mean nothing to an officer (the exit code tells a
            // script it was a bug).
            return Fail(error, loc.T("Lỗi nội bộ (xin báo lại lỗi này): ", "Internal error (please report it): ") + Json.StrictJson.CleanMessage(e.Message), ExitInternal);
        }
    }

    /// <summary>
    /// The location and the reason of an input error, on one line: file, path (or row and column), line and column;
    /// control characters, escape sequences and bidirectional overrides escaped.
    /// </summary>
    internal static string Describe(PlanRulesInputException e, Loc loc) => e.GetMessage(loc.Code);

    private static RootCommand CreateRoot(CliContext ctx)
    {
        var root = new RootCommand(ctx.Loc.T(
            "Kiểm tra việc thực hiện Kế hoạch của UBND tỉnh Lai Châu thực hiện Nghị quyết 107/NQ-CP (báo cáo, kế hoạch triển khai, nhiệm vụ).",
            "Checks compliance with the Lai Châu plan implementing Resolution 107/NQ-CP (reports, implementation plans, tasks)."));
        root.Options.Add(ctx.Lang);
        root.Options.Add(ctx.NoColor);
        root.Subcommands.Add(CheckCommand.Create(ctx));
        root.Subcommands.Add(ExplainCommand.Create(ctx));
        root.Subcommands.Add(DraftCommand.Create(ctx));
        root.Subcommands.Add(PlanCommand.Create(ctx));
        root.Subcommands.Add(BodiesCommand.Create(ctx));
        root.Subcommands.Add(CalendarCommand.Create(ctx));
        root.Subcommands.Add(RulesCommand.Create(ctx));
        root.Subcommands.Add(SchemaCommand.Create(ctx));
        HelpText.Install(root, ctx);
        return root;
    }

    private static int Fail(TextWriter error, string message, int code)
    {
        try
        {
            error.WriteLine(PrintableText.Escape(OneLine(message)));
            error.Flush();
            return code;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // stderr itself fails (a full disk): nothing more can be said; the exit code says it.
            return ExitIoError;
        }
    }

    private static string OneLine(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex Whitespace();
}
