using System.Globalization;
using System.Text;
using LaiChau.PlanRules;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using Microsoft.Extensions.DependencyInjection;

// Usage: MinimalHost [evidence.json] [--lang en]. Without a file: the illustrative evidence of samples/data.
Console.OutputEncoding = Encoding.UTF8;
var (path, lang) = (Path.Combine(AppContext.BaseDirectory, "data", "illustrative-evidence.json"), "vi");
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--lang" && i + 1 < args.Length) lang = args[++i];
    else path = args[i];
}

using var services = new ServiceCollection().AddPlanRules().BuildServiceProvider();
var evaluator = services.GetRequiredService<IComplianceEvaluator>();
try
{
    var report = evaluator.Evaluate(EvidenceReader.ReadFile(path));
    foreach (var note in report.Notes) Console.WriteLine($"* {note.Message.In(lang)}");
    var asOf = report.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    Console.WriteLine(lang == "en" ? $"As of {asOf}: {report.Findings.Count} findings" : $"Đến ngày {asOf}: {report.Findings.Count} phát hiện");
    foreach (var f in report.Findings) Console.WriteLine($"{f.Code,-22} {f.Message.In(lang)}");
    return 0;
}
catch (PlanRulesInputException e)
{
    Console.Error.WriteLine(e.GetMessage(lang)); // the input error in the same language (Vietnamese by default)
    return 2;
}
