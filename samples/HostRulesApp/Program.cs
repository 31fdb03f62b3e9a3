using System.Globalization;
using System.Text;
using HostRules;
using LaiChau.PlanRules;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Rules;
using Microsoft.Extensions.DependencyInjection;

// Evaluates evidence with the built-in rules plus the host's own rules of the HostRules assembly, and
// prints the findings the host rule adds.
// Usage: HostRulesApp [evidence.json] [--as-of dd/MM/yyyy] [--lang en]. Without a file: the illustrative evidence.
Console.OutputEncoding = Encoding.UTF8;
var path = Path.Combine(AppContext.BaseDirectory, "data", "illustrative-evidence.json");
var lang = "vi";
DateOnly? asOf = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--lang" && i + 1 < args.Length) lang = args[++i];
    else if (args[i] == "--as-of" && i + 1 < args.Length)
    {
        if (!DateOnly.TryParseExact(args[++i], "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Console.Error.WriteLine($"--as-of: '{args[i]}' is not a date dd/MM/yyyy.");
            return 2;
        }

        asOf = date;
    }
    else path = args[i];
}

using var services = new ServiceCollection()
    .AddPlanRules(options => options.AddRulesFromAssembly(typeof(ReportOverdue30DaysRule).Assembly))
    .BuildServiceProvider();
var evaluator = services.GetRequiredService<IComplianceEvaluator>();
try
{
    var report = evaluator.Evaluate(EvidenceReader.ReadFile(path), asOf);
    var escalated = report.Findings.Where(f => f.Code == ReportOverdue30DaysRule.Code).ToList();
    var missing = report.Findings.Count(f => f.Code == FindingCodes.ReportMissing);
    var date = report.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    if (report.Illustrative) Console.WriteLine(lang == "en" ? "ILLUSTRATIVE DATA" : "DỮ LIỆU MINH HỌA");
    Console.WriteLine(lang == "en"
        ? $"As of {date}: {missing} reports missing ({FindingCodes.ReportMissing}, built in); {escalated.Count} of them missing more than {ReportOverdue30DaysRule.DaysAfterDue} days after the due date ({ReportOverdue30DaysRule.Code}, the host's rule):"
        : $"Đến ngày {date}: {missing} báo cáo chưa gửi ({FindingCodes.ReportMissing}, quy tắc có sẵn); {escalated.Count} trong số đó quá hạn trên {ReportOverdue30DaysRule.DaysAfterDue} ngày ({ReportOverdue30DaysRule.Code}, quy tắc của đơn vị):");
    foreach (var f in escalated) Console.WriteLine($"  {f.BodyName ?? f.BodyId}: {f.Message.In(lang)}");
    return 0;
}
catch (PlanRulesInputException e)
{
    Console.Error.WriteLine(e.GetMessage(lang)); // in the language asked for (Vietnamese by default)
    return 2;
}
