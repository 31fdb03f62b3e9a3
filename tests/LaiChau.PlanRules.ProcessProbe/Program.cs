using System.Globalization;
using System.Text;
using LaiChau.PlanRules;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Reports;

// Usage: LaiChau.PlanRules.ProcessProbe <evidence.json> [--as-of yyyy-MM-dd] [--culture name] [--language vi|en]
//                                       [--max-bytes n] [--max-depth n] [--describe-host]
// Reads the evidence with EvidenceReader, evaluates it with the embedded Lai Châu plan and writes the report
// (ComplianceReportJson, UTF-8 without a byte-order mark) to stdout.
// Exit codes: 0 the report was written; 2 the input was refused (one line on stderr); 64 bad arguments;
// 70 any other failure (a bug: the library let an undocumented exception escape).
var environmentCulture = CultureInfo.CurrentCulture.Name;
string? file = null, culture = null, language = "vi";
DateOnly? asOf = null;
long maxBytes = JsonInputLimits.DefaultMaxBytes;
int maxDepth = JsonInputLimits.DefaultMaxDepth;
var describeHost = false;
try
{
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
        switch (args[i])
        {
            case "--as-of": asOf = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
            case "--culture": culture = Value(); break;
            case "--language": language = Value(); break;
            case "--max-bytes": maxBytes = long.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture); break;
            case "--max-depth": maxDepth = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture); break;
            case "--describe-host": describeHost = true; break;
            default:
                if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null) throw new FormatException($"Unexpected argument '{args[i]}'.");
                file = args[i];
                break;
        }
    }

    if (file is null) throw new FormatException("No evidence file given.");
}
catch (FormatException e)
{
    Console.Error.WriteLine("usage: " + e.Message);
    return 64;
}

if (culture is not null)
{
    var c = CultureInfo.GetCultureInfo(culture);
    CultureInfo.DefaultThreadCurrentCulture = c;
    CultureInfo.DefaultThreadCurrentUICulture = c;
    CultureInfo.CurrentCulture = c;
    CultureInfo.CurrentUICulture = c;
}

if (describeHost)
{
    // What the process really ran with, so a test can tell that the time zone and the culture took effect.
    var local = TimeZoneInfo.Local;
    var offset = local.GetUtcOffset(new DateTime(2025, 1, 15, 12, 0, 0, DateTimeKind.Utc));
    Console.Error.WriteLine(string.Join('|',
        "host", local.Id, offset.ToString("c", CultureInfo.InvariantCulture), environmentCulture, CultureInfo.CurrentCulture.Name,
        "i".ToUpper(CultureInfo.CurrentCulture), 1234.5.ToString(CultureInfo.CurrentCulture)));
}

try
{
    var evidence = EvidenceReader.ReadFile(file, new JsonInputLimits(maxBytes, maxDepth));
    var report = ComplianceEvaluator.Create().Evaluate(evidence, asOf);
    using var stdout = Console.OpenStandardOutput();
    var bytes = new UTF8Encoding(false).GetBytes(ComplianceReportJson.Serialize(report, language));
    stdout.Write(bytes);
    return 0;
}
catch (PlanRulesInputException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
catch (ArgumentException e) when (asOf is null && e.ParamName == "asOf")
{
    Console.Error.WriteLine("error: " + e.Message.ReplaceLineEndings(" "));
    return 2;
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error: {e.GetType().FullName}: {e.Message}");
    Console.Error.WriteLine(e.StackTrace);
    return 70;
}
