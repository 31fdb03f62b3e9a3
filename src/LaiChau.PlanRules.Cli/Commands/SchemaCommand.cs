using System.CommandLine;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Cli.Commands;

/// <summary><c>planrules schema</c>: prints the JSON Schema of evidence files.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext ctx)
    {
        var command = new Command("schema", ctx.Loc.T("In JSON Schema của tệp chứng cứ.", "Print the JSON Schema of evidence files."));
        command.SetAction(_ =>
        {
            ctx.Out.Write(EvidenceSchema.Json);
            ctx.Out.Flush();
            return Cli.ExitOk;
        });
        return command;
    }
}
