using System.Text;
using LaiChau.PlanRules.Cli;
using Microsoft.Win32.SafeHandles;

// UTF-8 on every console (Windows code pages would lose the diacritics); no byte-order mark on stdout.
Console.OutputEncoding = new UTF8Encoding(false);
var terminal = !Console.IsOutputRedirected;
var stdout = terminal || OperatingSystem.IsWindows() ? null : PipeWriter();
var code = Cli.Run(args, (TextWriter?)stdout ?? Console.Out, Console.Error, new CliEnvironment(IsTerminal: terminal, Clock: TimeProvider.System)
{
    Locale = CliEnvironment.LocaleFromEnvironment(),
    StandardInput = Console.OpenStandardInput,
});
try
{
    stdout?.Dispose();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // What an error path left in the buffer could not be written either (Cli.Run flushed on success).
    code = code == Cli.ExitOk || code == Cli.ExitFindings ? Cli.ExitIoError : code;
}

return code;

// Stdout redirected to a pipe on Unix is written through file descriptor 1 itself: the console stream pretends a
// write to a closed pipe succeeded (EPIPE), which would end in exit 0 with the output lost; this one throws, and
// the CLI exits 74. A file (seekable) keeps the console stream, which shares the descriptor's offset with the shell.
static StreamWriter? PipeWriter()
{
    var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
    if (!stream.CanSeek) return new StreamWriter(stream, new UTF8Encoding(false), 65536);
    stream.Dispose();
    return null;
}
