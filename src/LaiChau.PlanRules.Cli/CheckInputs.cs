using System.CommandLine;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// The inputs shared by <c>check</c> and <c>explain</c>: the evidence (a JSON file, a CSV register or the embedded
/// demo), the plan, catalog and calendar files, the as-of date and the command-line settings that override the
/// evidence file's (docs/cli.md, "Precedence").
/// </summary>
internal sealed class CheckInputs
{
    private readonly Loc _loc;
    private readonly CliContext _ctx;

    public CheckInputs(CliContext ctx)
    {
        _ctx = ctx;
        var loc = _loc = ctx.Loc;
        File = new Argument<string?>("FILE")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = loc.T("Tệp chứng cứ JSON (docs/evidence-format.md); - : đọc từ đầu vào chuẩn; bỏ trống: bộ dữ liệu minh họa đi kèm.", "The evidence JSON file (docs/evidence-format.md); - : read from standard input; none: the embedded illustrative demo."),
        };
        AsOf = new Option<string?>("--as-of") { HelpName = "YYYY-MM-DD", Description = loc.T("Tính đến ngày; mặc định: ngày ghi trong tệp, nếu không có thì hôm nay (giờ Việt Nam).", "The as-of date; default: the file's own, else today in Vietnam.") };
        Plan = CommonOptions.PlanFile(loc);
        Bodies = CommonOptions.BodiesFiles(loc);
        Catalog = CommonOptions.CatalogFile(loc);
        Calendar = CommonOptions.CalendarFiles(loc);
        MaxBytes = CommonOptions.MaxBytes(loc);
        MaxPeriods = new Option<int?>("--max-periods") { HelpName = "N", Description = loc.T("Số năm tối đa được kiểm tra trong một lần (mặc định 50).", "The most years one check covers (default 50).") };
        MaxObligations = new Option<int?>("--max-obligations") { HelpName = "N", Description = loc.T("Số nghĩa vụ và nhiệm vụ tối đa được lập trong một lần kiểm tra (mặc định 200000).", "The most obligations and task instances one check builds (default 200000).") };
        MaxAppendixTasks = new Option<int?>("--max-appendix-tasks") { HelpName = "N", Description = loc.T("Số nhiệm vụ tối đa trong phụ lục của kế hoạch (mặc định 1000).", "The most tasks the plan's appendix may hold (default 1000).") };
        MaxEvidencePerObligation = new Option<int?>("--max-evidence-per-obligation") { HelpName = "N", Description = loc.T("Số chứng cứ tối đa cho một nghĩa vụ: báo cáo đầu, báo cáo thay thế và trùng (mặc định 100).", "The most pieces of evidence one obligation may have: its first report, replacements and duplicates (default 100).") };
        Register = new Option<string?>("--register") { HelpName = "FILE.csv", Description = loc.T("Sổ văn bản đến dạng CSV (docs/csv-import.md) thay cho tệp JSON.", "An incoming-documents register as CSV (docs/csv-import.md) instead of a JSON file.") };
        RegisterOf = new Option<string?>("--register-of") { HelpName = "BODY", Description = loc.T("Sổ của cơ quan nào (mã cơ quan, ví dụ so-noi-vu); bắt buộc với --register.", "Whose register it is (a body id such as so-noi-vu); required with --register.") };
        Period = new Option<int?>("--period") { HelpName = "YEAR", Description = loc.T("Kỳ báo cáo của các dòng không ghi cột \"Kỳ báo cáo\".", "The reporting period of register rows without a \"Kỳ báo cáo\" cell.") };
        SignedOn = new Option<string?>("--signed-on") { HelpName = "YYYY-MM-DD", Description = loc.T("Ngày ký kế hoạch (thay giá trị trong tệp).", "The plan's signing date (overrides the file's).") };
        FirstYear = new Option<int?>("--first-year") { HelpName = "YEAR", Description = loc.T("Kỳ đầu tiên được kiểm tra (thay giá trị trong tệp).", "The first period checked (overrides the file's).") };
        LastYear = new Option<int?>("--last-year") { HelpName = "YEAR", Description = loc.T("Kỳ cuối cùng được kiểm tra (thay giá trị trong tệp).", "The last period checked (overrides the file's).") };
    }

    public Argument<string?> File { get; }

    public Option<string?> AsOf { get; }

    public Option<string?> Plan { get; }

    public Option<string[]> Bodies { get; }

    public Option<string?> Catalog { get; }

    public Option<string[]> Calendar { get; }

    public Option<long?> MaxBytes { get; }

    public Option<int?> MaxPeriods { get; }

    public Option<int?> MaxObligations { get; }

    public Option<int?> MaxAppendixTasks { get; }

    public Option<int?> MaxEvidencePerObligation { get; }

    public Option<string?> Register { get; }

    public Option<string?> RegisterOf { get; }

    public Option<int?> Period { get; }

    public Option<string?> SignedOn { get; }

    public Option<int?> FirstYear { get; }

    public Option<int?> LastYear { get; }

    /// <summary>Adds the inputs; <paramref name="registerPeriod"/> false leaves out <c>--period</c> for a command whose own <c>--period</c> means something else.</summary>
    public void AddTo(Command command, bool registerPeriod = true)
    {
        command.Arguments.Add(File);
        foreach (var o in new Option[] { AsOf, Plan, Catalog, Bodies, Calendar, MaxBytes, MaxPeriods, MaxObligations, MaxAppendixTasks, MaxEvidencePerObligation, Register, RegisterOf, Period, SignedOn, FirstYear, LastYear })
        {
            if (registerPeriod || o != Period) command.Options.Add(o);
        }
    }

    /// <summary>Reads every input and builds the evaluator; nothing is evaluated yet.</summary>
    public CheckRun Load(ParseResult r, CliEnvironment env)
    {
        // (An unknown "--option" that System.CommandLine hands to the optional FILE argument is a usage error before
        // this runs: UsageErrors.UnknownOption.)
        var file = r.GetValue(File);
        var register = r.GetValue(Register);
        var limits = CommonOptions.Limits(r, MaxBytes, _ctx);
        var maxBytes = limits.MaxBytes;
        // The library opens these itself: a directory, a missing file or '-' is said here, in the run's language.
        if (r.GetValue(Plan) is { } planFile) _ctx.Files.Check(planFile, "--plan");
        if (r.GetValue(Catalog) is { } catalogFile) _ctx.Files.Check(catalogFile, "--catalog");
        foreach (var b in r.GetValue(Bodies) ?? []) _ctx.Files.Check(b, "--bodies");
        foreach (var c in r.GetValue(Calendar) ?? []) _ctx.Files.Check(c, "--calendar");
        var asOfOption = CliDates.Parse(r.GetValue(AsOf), "--as-of", _loc);
        var signedOn = CliDates.Parse(r.GetValue(SignedOn), "--signed-on", _loc);
        var firstYear = r.GetValue(FirstYear);
        var lastYear = r.GetValue(LastYear);
        var registerOf = r.GetValue(RegisterOf);
        var period = r.GetValue(Period);
        var maxPeriods = Positive(r.GetValue(MaxPeriods), "--max-periods");
        var maxObligations = Positive(r.GetValue(MaxObligations), "--max-obligations");
        var maxAppendixTasks = Positive(r.GetValue(MaxAppendixTasks), "--max-appendix-tasks");
        var maxEvidence = Positive(r.GetValue(MaxEvidencePerObligation), "--max-evidence-per-obligation");

        var evaluator = ComplianceEvaluator.Create(o =>
        {
            o.PlanFile = r.GetValue(Plan);
            o.CatalogFile = r.GetValue(Catalog);
            o.CatalogOverrideFiles = [.. r.GetValue(Bodies) ?? []];
            o.CalendarFiles = [.. r.GetValue(Calendar) ?? []];
            o.MaxInputBytes = maxBytes;
            if (maxPeriods is { } mp) o.MaxPeriods = mp;
            if (maxObligations is { } mo) o.MaxObligations = mo;
            if (maxAppendixTasks is { } ma) o.MaxAppendixTasks = ma;
            if (maxEvidence is { } me) o.MaxEvidencePerObligation = me;
        });

        // Cold start (benchmarks/README.md): the plan, catalog and calendar are read and the rules built on a second
        // core while this thread reads the evidence. An error there is kept by the evaluator and reported when the
        // evaluation needs those inputs, after any evidence error, as before.
        _ = Task.Run(evaluator.Warm);

        EvidenceSet evidence;
        string inputName;
        if (register is not null)
        {
            if (file is not null)
            {
                throw new UsageException(_loc.T("Chỉ dùng một nguồn chứng cứ: tệp JSON hoặc --register, không dùng cả hai.", "Give one evidence source: a JSON file or --register, not both."));
            }

            if (registerOf is null)
            {
                throw new UsageException(_loc.T("--register cần --register-of (sổ của cơ quan nào, ví dụ so-noi-vu).", "--register needs --register-of (whose register it is, for example so-noi-vu)."));
            }

            var reports = _ctx.Files.Read(register, (s, name) => IncomingRegisterCsv.Read(s, name, new IncomingRegisterCsvOptions
            {
                RegisterOf = registerOf, Period = period, Catalog = evaluator.Catalog, MaxBytes = maxBytes,
            }));
            evidence = new EvidenceSet { Reports = reports };
            inputName = InputFiles.NameOf(register);
        }
        else
        {
            if (registerOf is not null || period is not null)
            {
                throw new UsageException(_loc.T("--register-of và --period chỉ dùng với --register.", "--register-of and --period apply only with --register."));
            }

            evidence = file is null ? DemoEvidence.Load() : _ctx.Files.Read(file, (s, name) => EvidenceReader.Read(s, name, limits));
            inputName = file is null ? DemoEvidence.FileName : InputFiles.NameOf(file);
        }

        var effective = evidence;
        if (signedOn is not null || firstYear is not null || lastYear is not null)
        {
            effective = evidence with
            {
                Plan = (evidence.Plan ?? new PlanOverrides()) with { SignedOn = signedOn ?? evidence.Plan?.SignedOn },
                Policy = (evidence.Policy ?? new PolicyOverrides()) with
                {
                    FirstYear = firstYear ?? evidence.Policy?.FirstYear,
                    LastYear = lastYear ?? evidence.Policy?.LastYear,
                },
            };
        }

        var (asOf, source) = asOfOption is { } a ? (a, AsOfSource.Option)
            : evidence.AsOf is { } f ? (f, AsOfSource.File)
            : (CliDates.TodayInVietnam(env.Clock), AsOfSource.Today);
        return new CheckRun(evaluator, evidence, effective, asOf, source, inputName);
    }

    private int? Positive(int? value, string option) =>
        value is null or >= 1 ? value : throw new UsageException(_loc.T($"{option} phải là số dương.", $"{option} must be positive."));
}

/// <summary>Where the as-of date came from.</summary>
internal enum AsOfSource
{
    Option,
    File,
    Today,
}

/// <summary>The loaded inputs of one check.</summary>
internal sealed record CheckRun(ComplianceEvaluator Evaluator, EvidenceSet Original, EvidenceSet Evidence, DateOnly AsOf, AsOfSource AsOfSource, string InputName)
{
    /// <summary>Evaluates; an input error found during evaluation names the line of the original file.</summary>
    public ComplianceReport Evaluate()
    {
        try
        {
            return Evaluator.Evaluate(Evidence, AsOf);
        }
        catch (PlanRulesInputException e)
        {
            var located = EvidenceReader.Locate(Original, e);
            throw located.FileName is null ? located.WithFileName(InputName) : located;
        }
    }

    public string AsOfSourceText(Loc loc) => AsOfSource switch
    {
        AsOfSource.Option => loc.T("theo tham số --as-of", "from --as-of"),
        AsOfSource.File => loc.T("theo ngày ghi trong tệp chứng cứ", "from the evidence file"),
        _ => loc.T("hôm nay theo giờ Việt Nam (UTC+7)", "today in Vietnam (UTC+7)"),
    };
}
