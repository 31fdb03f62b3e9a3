using System.Text;

namespace LaiChau.PlanRules.Evidence;

/// <summary>Opens the data files embedded in the library (<c>Data/*.json</c>, resource names <c>LaiChau.PlanRules.Data.{file}</c>).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string fileName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("LaiChau.PlanRules.Data." + fileName)
        ?? throw new InvalidOperationException($"The embedded resource for {fileName} is missing from the library.");

    public static string ReadText(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
