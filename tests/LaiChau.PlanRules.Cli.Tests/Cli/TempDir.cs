namespace LaiChau.PlanRules.Cli.Tests.Cli;

/// <summary>A temporary folder for input files written at test time, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "planrules-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string content, bool bom = false)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(bom));
        return path;
    }

    public string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failed run: the OS temp cleaner takes it.
        }
    }
}
