namespace LaiChau.PlanRules.Cli;

/// <summary>Opens and reads input files, turning "not found", "access denied" and a failing read into input errors that name the file.</summary>
internal static class InputFiles
{
    public static T Read<T>(string path, Func<Stream, T> read)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new PlanRulesInputException($"Cannot read the file: {e.Message}", path, innerException: e);
        }

        using (stream)
        {
            try
            {
                return read(stream);
            }
            catch (IOException e)
            {
                // A read that fails midway (a device error, a directory) is the input's problem: exit 2, not 74.
                throw new PlanRulesInputException($"Cannot read the file: {e.Message}", path, innerException: e);
            }
        }
    }
}
