using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability.Adversarial;

/// <summary>What the library must do with a hostile input: evaluate it, or refuse it with an input error whose reason holds a phrase.</summary>
public enum HostileOutcome
{
    /// <summary>Valid input: read and evaluated.</summary>
    Evaluated,

    /// <summary>Refused with a <c>PlanRulesInputException</c>.</summary>
    Refused,
}

/// <summary>
/// A generator of valid-looking but hostile input (issue "Reliability, round two"): shapes that made work or memory
/// grow faster than the input, in evidence JSON or a CSV register. <see cref="Generate"/> makes <c>n</c> units;
/// the unit count for a given size is found by <see cref="UnitsFor"/>. Shared by the standing test suite (small n)
/// and the benchmarks' <c>--adversarial</c> mode (1 MB and 4 MB), which links this file.
/// </summary>
/// <param name="Name">A short name.</param>
/// <param name="Class">The row of the issue's table it belongs to.</param>
/// <param name="IsCsv">True for a CSV register (read with <c>--register-of so-noi-vu --period 2025</c>), false for evidence JSON.</param>
/// <param name="Outcome">What must happen.</param>
/// <param name="RefusalPhrase">For <see cref="HostileOutcome.Refused"/>: a phrase of the error's reason.</param>
/// <param name="Generate">Makes the input with n units.</param>
public sealed record HostileInput(string Name, string Class, bool IsCsv, HostileOutcome Outcome, string? RefusalPhrase, Func<int, string> Generate)
{
    /// <summary>The AsOf of every generated evidence file.</summary>
    public const string AsOf = "2026-03-13";

    /// <summary>
    /// Reads a CSV generator's register as the register of Sở Nội vụ for 2025 (the only way the generators use it) into
    /// evidence as of <see cref="AsOf"/>, the plan signed on 15/10/2024.
    /// </summary>
    public static EvidenceSet ReadRegister(Stream csv, string fileName)
    {
        var reports = IncomingRegisterCsv.Read(csv, fileName, new IncomingRegisterCsvOptions { RegisterOf = "so-noi-vu", Period = 2025 });
        return new EvidenceSet
        {
            AsOf = DateOnly.Parse(AsOf, CultureInfo.InvariantCulture),
            Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
            Reports = reports,
        };
    }

    /// <summary>The smallest unit count whose input is at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public int UnitsFor(long bytes)
    {
        var n = 1;
        while (Encoding.UTF8.GetByteCount(Generate(n)) < bytes) n *= 2;
        var (lo, hi) = (n / 2, n);
        while (lo + 1 < hi)
        {
            var mid = (lo + hi) / 2;
            if (Encoding.UTF8.GetByteCount(Generate(mid)) < bytes) lo = mid; else hi = mid;
        }

        return hi;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>The generators, one or more per class of the issue's table that can grow.</summary>
public static class HostileInputs
{
    /// <summary>Every generator.</summary>
    public static IReadOnlyList<HostileInput> All { get; } =
    [
        new("marks-in-description", "quadratic text normalisation", false, HostileOutcome.Refused, "combining marks",
            n => Evidence($"\"description\": \"a{Repeat("\\u0301", n)}\"")),
        new("short-mark-runs", "quadratic text normalisation", false, HostileOutcome.Evaluated, null,
            n => Evidence($"\"description\": \"{Repeat("Vie\u0323\u0302t ", n)}\"")),
        new("marks-in-register", "quadratic text normalisation", true, HostileOutcome.Refused, "combining marks",
            n => Csv(1, _ => "so-y-te") + "\n27/12/2025,9999,a" + new string('\u0301', n) + ",2025\n"),
        new("years-1990-2199", "expansion", false, HostileOutcome.Refused, "MaxPeriods",
            n => Evidence(Plan(n, i => Task(i, "provincial-departments", "Hằng năm")), "\"policy\": { \"firstYear\": 1990, \"lastYear\": 2199 }")),
        new("group-tasks-50-years", "expansion", false, HostileOutcome.Refused, "MaxObligations",
            n => Evidence(Plan(n, i => Task(i, "provincial-departments", "Hằng năm")), "\"policy\": { \"firstYear\": 2000, \"lastYear\": 2049 }")),
        new("ad-hoc-to-everyone", "expansion", false, HostileOutcome.Refused, "MaxObligations",
            n => Evidence(Requests(n, i => $"{{ \"id\": \"Y{i}\", \"kind\": \"adHoc\", \"documentNumber\": \"{i + 1}/UBND-TH\", \"documentDate\": \"2026-03-05\", \"issuer\": \"ubnd-tinh\", \"period\": 2026, \"dueOn\": \"2026-03-18\" }}"))),
        new("one-off-tasks", "quadratic paths", false, HostileOutcome.Refused, "MaxAppendixTasks",
            n => Evidence(Plan(n, i => Task(i, "so-tu-phap", "trước ngày 15/12/2025")),
                $"\"reports\": [ {{ \"id\": \"R1\", \"body\": \"so-tu-phap\", \"period\": 2025, \"receivedAt\": \"2025-12-10T09:00:00+07:00\", \"deliveredTo\": \"so-noi-vu\", \"taskResults\": [ {Join(n, i => $"{{ \"taskId\": \"T{i}\", \"result\": \"x\" }}")} ] }} ]")),
        new("review-milestones", "quadratic paths", false, HostileOutcome.Evaluated, null,
            n => Evidence($"\"policy\": {{ \"firstYear\": 2024, \"lastYear\": 2026, \"reviewMilestones\": [ {Join(n, i => $"{{ \"id\": \"m{i}\", \"kind\": \"interim\", \"dueOn\": \"2025-10-31\" }}")} ] }}",
                $"\"reviews\": [ {Join(n, i => $"{{ \"id\": \"V{i}\", \"milestone\": \"m{i}\", \"heldOn\": \"2025-10-20\" }}")} ]")),
        new("ad-hoc-requests", "quadratic paths", false, HostileOutcome.Evaluated, null,
            n => Evidence(Requests(n, i => $"{{ \"id\": \"Y{i}\", \"kind\": \"adHoc\", \"documentNumber\": \"{i + 1}/UBND-TH\", \"documentDate\": \"2026-03-05\", \"issuer\": \"ubnd-tinh\", \"period\": 2026, \"dueOn\": \"2026-03-18\", \"bodies\": [\"so-y-te\"] }}"),
                $"\"reports\": [ {Join(n, i => $"{{ \"id\": \"R{i}\", \"body\": \"so-y-te\", \"period\": 2026, \"receivedAt\": \"2026-03-10T15:00:00+07:00\", \"deliveredTo\": \"so-noi-vu\", \"requestId\": \"Y{i}\" }}")} ]")),
        new("period-deadline-requests", "quadratic paths", false, HostileOutcome.Evaluated, null,
            n => Evidence(Requests(n, i => $"{{ \"id\": \"Y{i}\", \"kind\": \"periodDeadline\", \"documentNumber\": \"{i + 1}/SNV-CCVC\", \"documentDate\": \"2025-11-20\", \"issuer\": \"so-noi-vu\", \"period\": 2025, \"dueOn\": \"2025-12-12\", \"groups\": [\"provincial-departments\", \"district-committees\", \"commune-committees\"] }}"))),
        new("progress-without-body", "quadratic paths", false, HostileOutcome.Evaluated, null,
            n => Evidence(Plan(1, _ => Task(0, "so-tai-chinh", "Hằng năm")),
                $"\"taskProgress\": [ {Join(n, i => $"{{ \"id\": \"P{i}\", \"taskId\": \"T0\", \"period\": 2025, \"status\": \"inProgress\" }}")} ]")),
        new("duplicate-reports", "quadratic paths", false, HostileOutcome.Refused, "MaxEvidencePerObligation",
            n => Evidence($"\"reports\": [ {Join(n, i => $"{{ \"id\": \"R{i}\", \"body\": \"so-y-te\", \"period\": 2025, \"receivedAt\": \"2025-12-10T15:00:00+07:00\", \"deliveredTo\": \"so-noi-vu\" }}")} ]")),
        new("replacement-chain", "quadratic paths", false, HostileOutcome.Refused, "MaxEvidencePerObligation",
            n => Evidence($"\"reports\": [ {Join(n, i => $"{{ \"id\": \"R{i}\", \"body\": \"so-y-te\", \"period\": 2025, \"receivedAt\": \"2025-12-10T15:00:00+07:00\", \"deliveredTo\": \"so-noi-vu\"{(i > 0 ? $", \"replaces\": \"R{i - 1}\"" : string.Empty)} }}")} ]")),
        new("register-rows", "quadratic paths", true, HostileOutcome.Refused, "MaxEvidencePerObligation",
            n => Csv(n, i => (i % 3) switch { 0 => "so-y-te", 1 => "Sở Tư pháp", _ => "so-tai-chinh" })),
        new("arrays-in-unknown-member", "memory before refusal", false, HostileOutcome.Refused, "unknownMember",
            n => Evidence($"\"unknownMember\": [ {Join(n, _ => "[]")} ]")),
        new("empty-objects-as-reports", "memory before refusal", false, HostileOutcome.Refused, "reports[0]",
            n => Evidence($"\"reports\": [ {Join(n, _ => "{}")} ]")),
    ];

    /// <summary>The generator of that name.</summary>
    public static HostileInput Get(string name) => All.Single(g => g.Name == name);

    private static string Evidence(params string[] members) =>
        $"{{ \"schemaVersion\": 1, \"planId\": \"lai-chau-kh-107-nq-cp-2024\", \"asOf\": \"{HostileInput.AsOf}\", "
        + (members.Any(m => m.StartsWith("\"plan\"", StringComparison.Ordinal)) ? string.Empty : "\"plan\": { \"number\": \"152/KH-UBND\", \"signedOn\": \"2024-10-15\" }, ")
        + (members.Any(m => m.StartsWith("\"policy\"", StringComparison.Ordinal)) ? string.Empty : "\"policy\": { \"firstYear\": 2024, \"lastYear\": 2026 }, ")
        + string.Join(", ", members) + " }";

    private static string Plan(int n, Func<int, string> task) =>
        $"\"plan\": {{ \"number\": \"152/KH-UBND\", \"signedOn\": \"2024-10-15\", \"appendixTasks\": [ {Join(n, task)} ] }}";

    private static string Task(int i, string lead, string timing) =>
        $"{{ \"id\": \"T{i}\", \"title\": \"Nhiệm vụ {i}\", \"lead\": \"{lead}\", \"timing\": \"{timing}\" }}";

    private static string Requests(int n, Func<int, string> request) => $"\"requests\": [ {Join(n, request)} ]";

    private static string Csv(int n, Func<int, string> sender)
    {
        var sb = new StringBuilder("Ngày đến,Số đến,Tác giả,Kỳ báo cáo\n");
        for (var i = 0; i < n; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{10 + (i % 18)}/12/2025,{i + 1},{sender(i)},2025\n");
        }

        return sb.ToString();
    }

    private static string Join(int n, Func<int, string> item) => string.Join(", ", Enumerable.Range(0, n).Select(item));

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
}
