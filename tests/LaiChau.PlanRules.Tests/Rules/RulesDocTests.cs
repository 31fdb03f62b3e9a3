using System.Text;
using LaiChau.PlanRules.Rules;
using LaiChau.PlanRules.Rules.BuiltIn;

namespace LaiChau.PlanRules.Tests.Rules;

/// <summary>
/// docs/rules.md's table of rules is the rule classes' own data (<see cref="RuleCatalog.BuiltIn"/>), so it cannot
/// drift: the block between <c>&lt;!-- begin: rules table --&gt;</c> and <c>&lt;!-- end: rules table --&gt;</c> must
/// equal the table generated here. After changing a rule's attributes: <c>UPDATE_DOCS=1 dotnet test
/// tests/LaiChau.PlanRules.Tests --filter RulesDocTests</c> rewrites the block; read the diff before committing.
/// </summary>
public sealed class RulesDocTests
{
    private const string Begin = "<!-- begin: rules table -->\n";
    private const string End = "<!-- end: rules table -->";

    [Fact]
    public void RulesDoc_Table_EqualsTheRuleClasses()
    {
        var path = RepoFiles.Path("docs/rules.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} has no block between '{Begin.Trim()}' and '{End}'");
        start += Begin.Length;
        var expected = Table(RuleCatalog.BuiltIn);

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..start] + expected + doc[end..], new UTF8Encoding(false));
            return;
        }

        Assert.Equal(expected, doc[start..end]);
    }

    [Fact]
    public void Table_OneRowPerRule_WithCodeSeverityClauseDescriptionAndPolicy()
    {
        var table = Table([RuleInfo.From(typeof(ReportLateRule))]).Split('\n');

        Assert.Equal(4, table.Length); // header, separator, one row, the empty string after the last newline
        Assert.StartsWith("| `REPORT_LATE` | violation | III.1.d4 | The first report was received after its deadline", table[2], StringComparison.Ordinal);
        Assert.EndsWith("policy Timeliness may choose the sent instant). |", table[2], StringComparison.Ordinal);
    }

    /// <summary>The Markdown table of the rules, one row each, in the catalog's order.</summary>
    private static string Table(IEnumerable<RuleInfo> rules)
    {
        var text = new StringBuilder()
            .Append("| Code | Severity | Clause (Lai Châu) | Fires when | Default policy it rests on |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var r in rules)
        {
            text.Append($"| `{r.Code}` | {r.Severity.ToString().ToLowerInvariant()} | {r.ClausePath} | {Cell(r.Description.En)} | {Cell(r.DefaultPolicy.En)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
