using System.Diagnostics;
using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;
using LaiChau.PlanRules.Reports;
using Xunit.Abstractions;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Malformed input at scale, in process: every generated case is read by the reader a host would use and, when
/// the reader accepts it, used the way a host would (evaluated, queried, serialized). Each case must end either
/// in a result or in a <see cref="PlanRulesInputException"/> that names the file and states one line; any other
/// exception, a multi-line message or a case that stops making progress fails the test with the case's recipe.
/// </summary>
public class MalformedInputTests(ITestOutputHelper output)
{
    // Fixed, so a failure names a case that can be made again. To explore further, set PLANRULES_FUZZ_SEED and
    // PLANRULES_FUZZ_CASES (docs/reliability.md); the coverage checks scale with the count.
    private static readonly int Seed = FromEnvironment("PLANRULES_FUZZ_SEED", 20_261_107);
    private static readonly int CaseCount = Math.Max(1_200, FromEnvironment("PLANRULES_FUZZ_CASES", 12_000));

    // A hang guard, not a timing assertion: a case that does not finish in this long is reported as hung.
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(30);

    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();
    private static readonly DateOnly[] QueryDates = [new(2024, 12, 14), new(2025, 3, 1), new(2025, 12, 14)];

    private enum Outcome
    {
        Accepted,
        Refused,
    }

    [Fact]
    public void GeneratedMalformedFiles_EndInAResultOrAPlanRulesInputException()
    {
        var generator = new MalformedInputGenerator(Seed);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var failureCount = 0;
        var outcomes = new Dictionary<(FuzzDocumentKind, Outcome), int>();
        var mutations = new Dictionary<string, int>(StringComparer.Ordinal);
        var progress = -1;
        MalformedCase? current = null;
        Exception? crash = null;

        var worker = new Thread(() =>
        {
            try
            {
                for (var i = 0; i < CaseCount; i++)
                {
                    var c = generator.Next(i);
                    Volatile.Write(ref current, c);
                    var (outcome, failure) = Run(c);
                    if (failure is { } f)
                    {
                        failureCount++;
                        if (failures.Count < 40) failures.TryAdd(f.Signature, f.Text);
                    }

                    if (outcome is { } o) outcomes[(c.Kind, o)] = outcomes.GetValueOrDefault((c.Kind, o)) + 1;
                    foreach (var m in c.Mutations) mutations[m] = mutations.GetValueOrDefault(m) + 1;
                    Volatile.Write(ref progress, i);
                }
            }
            catch (Exception e)
            {
                crash = e;
            }
        })
        { IsBackground = true, Name = "malformed-input" };

        worker.Start();
        var seen = -1;
        var sinceProgress = Stopwatch.StartNew();
        while (!worker.Join(100))
        {
            var now = Volatile.Read(ref progress);
            if (now != seen)
            {
                seen = now;
                sinceProgress.Restart();
            }
            else if (sinceProgress.Elapsed > StallLimit)
            {
                Assert.Fail($"Hung on {Volatile.Read(ref current)} (seed {Seed}).");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seed {Seed}, {CaseCount} cases:"));
        foreach (var kind in Enum.GetValues<FuzzDocumentKind>())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind}: {outcomes.GetValueOrDefault((kind, Outcome.Accepted))} accepted, {outcomes.GetValueOrDefault((kind, Outcome.Refused))} refused"));
        }

        output.WriteLine("  mutations: " + string.Join(", ", mutations.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {m.Value}")));
        Assert.Null(crash);
        Assert.True(failureCount == 0, $"Seed {Seed}: {failureCount} cases ended badly; the first of each kind:\n" + string.Join("\n", failures.Values));
        Assert.Equal(CaseCount, outcomes.Values.Sum());
        Assert.Equal(0, TypeCanary.Created);

        // The generator must keep its teeth: every kind of document is both refused and (after harmless changes)
        // accepted, and every mutation was tried often.
        foreach (var kind in Enum.GetValues<FuzzDocumentKind>())
        {
            Assert.True(outcomes.GetValueOrDefault((kind, Outcome.Refused)) > CaseCount / 12, $"{kind}: too few refusals.");
            Assert.True(outcomes.GetValueOrDefault((kind, Outcome.Accepted)) > 0, $"{kind}: nothing accepted.");
        }

        foreach (var name in MalformedInputGenerator.MutationNames)
        {
            Assert.True(mutations.GetValueOrDefault(name) >= CaseCount / 600, $"The mutation '{name}' was tried {mutations.GetValueOrDefault(name)} times.");
        }
    }

    /// <summary>Reads and uses one case; returns what happened, or why it is a failure.</summary>
    private static (Outcome? Outcome, (string Signature, string Text)? Failure) Run(MalformedCase c)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"case-{c.Index}.json");
        var stage = "read";
        try
        {
            switch (c.Kind)
            {
                case FuzzDocumentKind.Evidence:
                    var evidence = c.Index % 4 == 0
                        ? EvidenceReader.Parse(Encoding.UTF8.GetString(c.Bytes), name)
                        : EvidenceReader.Read(new MemoryStream(c.Bytes), name);
                    stage = "evaluate";
                    var asOf = evidence.AsOf is null ? ReliabilityData.AsOf : (DateOnly?)null;
                    _ = ComplianceReportJson.Serialize(Evaluator.Evaluate(evidence, asOf));
                    if (c.Index % 16 == 0)
                    {
                        stage = "monitor";
                        using var monitor = Evaluator.CreateMonitor(evidence, asOf);
                        _ = monitor.Snapshot();
                    }

                    break;

                case FuzzDocumentKind.Plan:
                    var plan = PlanDocument.Load(new MemoryStream(c.Bytes), name);
                    stage = "evaluate";
                    _ = ComplianceEvaluator.Create(o => o.Plan = plan).Evaluate(
                        new EvidenceSet { Policy = new PolicyOverrides { FirstYear = 2025, LastYear = 2026 } }, ReliabilityData.AsOf);
                    break;

                case FuzzDocumentKind.Catalog:
                    var catalog = BodyCatalog.Load(new MemoryStream(c.Bytes), name);
                    stage = "query";
                    Query(catalog);
                    break;

                case FuzzDocumentKind.CatalogOverrides:
                    var merged = BodyCatalog.LaiChau.WithOverrides(new MemoryStream(c.Bytes), name);
                    stage = "query";
                    Query(merged);
                    stage = "evaluate";
                    EvaluateRichEvidenceNowAndThen(c, o => o.Catalog = merged);
                    break;

                case FuzzDocumentKind.Calendar:
                    var overrides = CalendarOverrides.Load(new MemoryStream(c.Bytes), name);
                    stage = "query";
                    var calendar = WorkingDayCalendar.Vietnam.WithOverrides(overrides);
                    foreach (var day in overrides.AddDaysOff.Select(d => d.Date).Concat(overrides.WorkingWeekendDays.Select(w => w.Date)).Where(InCalendarRange))
                    {
                        _ = calendar.IsWorkingDay(day);
                        _ = calendar.DaysOff(day.Year);
                        if (day.Year < 2199) _ = calendar.AddWorkingDays(day, 2);
                    }

                    stage = "evaluate";
                    EvaluateRichEvidenceNowAndThen(c, o => o.Calendar = overrides);
                    break;

                case FuzzDocumentKind.Appendix:
                    var appendix = PlanAppendix.Load(new MemoryStream(c.Bytes), name);
                    stage = "attach";
                    PlanDocument attached;
                    try
                    {
                        attached = PlanDocument.LaiChau.WithAppendix(appendix);
                    }
                    catch (ArgumentException)
                    {
                        // Documented for WithAppendix: a parent clause the plan does not have.
                        return (Outcome.Refused, null);
                    }

                    stage = "evaluate";
                    _ = ComplianceEvaluator.Create(o => o.Plan = attached).Evaluate(
                        new EvidenceSet { Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) } }, ReliabilityData.AsOf);
                    break;
            }

            return (Outcome.Accepted, null);
        }
        catch (PlanRulesInputException e)
        {
            var problem = ShapeProblem(e, stage is "read" || (c.Kind == FuzzDocumentKind.Evidence && stage != "monitor") ? name : null);
            return problem is null ? (Outcome.Refused, null) : (Outcome.Refused, ($"{c.Kind}|{stage}|{problem[..Math.Min(30, problem.Length)]}", $"{c} at {stage}: {problem}"));
        }
        catch (Exception e)
        {
            var trace = OneLine(e.StackTrace ?? string.Empty);
            return (null, ($"{c.Kind}|{stage}|{e.GetType().FullName}|{trace[..Math.Min(200, trace.Length)]}",
                $"{c} at {stage}: {e.GetType().FullName}: {OneLine(e.Message)}\n    {trace[..Math.Min(1200, trace.Length)]}"));
        }
    }

    /// <summary>
    /// What is wrong with an input error as a host sees it, or null: it names the file, is one line of text, and is in
    /// Vietnamese with English available (<see cref="BilingualReasonTests.LanguageProblem"/>).
    /// </summary>
    internal static string? ShapeProblem(PlanRulesInputException e, string? expectedFile)
    {
        if (string.IsNullOrWhiteSpace(e.Reason)) return "the reason is empty";
        if (BilingualReasonTests.LanguageProblem(e) is { } language) return language;
        if (expectedFile is not null && e.FileName != expectedFile) return $"names the file '{e.FileName}', not '{expectedFile}': {OneLine(e.Message)}";
        var control = e.Message.FirstOrDefault(ch => char.IsControl(ch) || ch is '\u2028' or '\u2029');
        return control != default
            ? string.Create(CultureInfo.InvariantCulture, $"the message holds the control character U+{(int)control:X4}: {OneLine(e.Message)}")
            : null;
    }

    /// <summary>Evaluates the rich evidence with an accepted catalog or calendar, for one case in four (it is the slow part).</summary>
    private static void EvaluateRichEvidenceNowAndThen(MalformedCase c, Action<PlanRulesOptions> configure)
    {
        if (c.Index % 4 == 0) _ = ComplianceEvaluator.Create(configure).Evaluate(ReliabilityData.RichEvidence());
    }

    private static void Query(BodyCatalog catalog)
    {
        foreach (var body in catalog.Bodies)
        {
            foreach (var date in QueryDates)
            {
                _ = catalog.ResponsibleOn(body.Id, date);
                _ = body.NameOn(date);
            }

            _ = catalog.Successors(body.Id);
            _ = catalog.PrimarySuccessor(body.Id);
            _ = catalog.GroupsOf(body.Id);
            _ = catalog.CommunesOf(body.Id);
            _ = catalog.FindByName(body.Names[0].Vi);
        }

        foreach (var group in catalog.Groups)
        {
            foreach (var date in QueryDates) _ = catalog.MembersOn(group.Id, date);
        }
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static bool InCalendarRange(DateOnly d) => d.Year is >= 1900 and <= 2199;

    private static string OneLine(string s)
    {
        var line = s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return line.Length <= 400 ? line : line[..400] + "…";
    }
}
