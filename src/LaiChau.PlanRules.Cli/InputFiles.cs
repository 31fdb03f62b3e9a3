using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Cli;

/// <summary>
/// Opens and reads input files for one run: <c>-</c> is standard input (once per run); "not found", "is a directory",
/// "permission denied" and a failing read become input errors that name the file, in the run's language.
/// </summary>
internal sealed class InputFiles(Loc loc, Func<Stream>? standardInput)
{
    /// <summary>The name messages give standard input.</summary>
    public const string StdinName = "stdin";

    private bool _stdinRead;

    /// <summary>The most standard input may hold (the <c>--max-bytes</c> of the command): one byte more is read, so the reader refuses it with its own message.</summary>
    public long MaxBytes { get; set; } = JsonInputLimits.DefaultMaxBytes;

    /// <summary>The name an input is shown by: the path, or <see cref="StdinName"/> for <c>-</c>.</summary>
    public static string NameOf(string path) => path == "-" ? StdinName : path;

    /// <summary>Reads <paramref name="path"/> (or standard input for <c>-</c>) with <paramref name="read"/>, which gets the stream and the name to show.</summary>
    public T Read<T>(string path, Func<Stream, string, T> read)
    {
        if (path == "-") return read(ReadStandardInput(), StdinName);
        Check(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unreadable(path, e);
        }

        using (stream)
        {
            try
            {
                return read(stream, path);
            }
            catch (IOException e)
            {
                // A read that fails midway (a device error) is the input's problem: exit 2, not 74.
                throw Unreadable(path, e);
            }
        }
    }

    /// <summary>
    /// Checks a file that the library opens itself (<c>--plan</c>, <c>--catalog</c>, <c>--bodies</c>, <c>--calendar</c>):
    /// it exists and is not a directory. Standard input is for the evidence and the register only.
    /// </summary>
    public void Check(string path, string? option = null)
    {
        if (path == "-")
        {
            throw new UsageException(loc.T(
                $"{option} không đọc được '-' (đầu vào chuẩn): cho tên tệp; '-' dùng được cho tệp chứng cứ và --register.",
                $"{option} cannot read '-' (standard input): give a file name; '-' works for the evidence file and --register."));
        }

        if (Directory.Exists(path)) throw new PlanRulesInputException(loc.T("là một thư mục, không phải tệp; hãy chỉ ra một tệp.", "is a directory, not a file; give a file."), path);
        if (!File.Exists(path)) throw new PlanRulesInputException(loc.T("không tìm thấy tệp; kiểm tra đường dẫn.", "no such file; check the path."), path);
    }

    private Stream ReadStandardInput()
    {
        if (_stdinRead) throw new UsageException(loc.T("Chỉ một tệp vào được là '-' (đầu vào chuẩn).", "Only one input can be '-' (standard input)."));
        _stdinRead = true;
        if (standardInput is null) throw new UsageException(loc.T("Không có đầu vào chuẩn để đọc '-'.", "There is no standard input to read '-' from."));
        // Copied to memory (at most MaxBytes + 1 bytes): a pipe has no length and cannot seek, and the readers check sizes.
        var copy = new MemoryStream();
        try
        {
            using var stdin = standardInput();
            var buffer = new byte[81920];
            int n;
            while (copy.Length <= MaxBytes && (n = stdin.Read(buffer, 0, (int)Math.Min(buffer.Length, MaxBytes + 1 - copy.Length))) > 0) copy.Write(buffer, 0, n);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Unreadable(StdinName, e);
        }

        copy.Position = 0;
        return copy;
    }

    private PlanRulesInputException Unreadable(string path, Exception e) => e switch
    {
        UnauthorizedAccessException => new PlanRulesInputException(loc.T("không có quyền đọc tệp này.", "permission denied: this file cannot be read."), path, innerException: e),
        FileNotFoundException or DirectoryNotFoundException => new PlanRulesInputException(loc.T("không tìm thấy tệp; kiểm tra đường dẫn.", "no such file; check the path."), path, innerException: e),
        _ => new PlanRulesInputException(loc.T("không đọc được tệp: ", "cannot read the file: ") + e.Message, path, innerException: e),
    };
}
