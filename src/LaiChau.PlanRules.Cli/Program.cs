using System.Text;
using LaiChau.PlanRules.Cli;

// UTF-8 on every console (Windows code pages would lose the diacritics); no byte-order mark on stdout.
Console.OutputEncoding = new UTF8Encoding(false);
return Cli.Run(args, Console.Out, Console.Error, new CliEnvironment(IsTerminal: !Console.IsOutputRedirected, Clock: TimeProvider.System));
