namespace LaiChau.PlanRules.Cli;

/// <summary>Opens input files, turning "not found" and "access denied" into input errors that name the file.</summary>
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
            return read(stream);
        }
    }
}
