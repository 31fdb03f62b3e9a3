namespace LaiChau.PlanRules.Tests;

/// <summary>
/// Finds files of the repository (docs, the committed schema, golden files) from the test's output folder; the CLI
/// tests compile this file too.
/// </summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LaiChau.PlanRules.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("The repository root (LaiChau.PlanRules.sln) was not found above " + AppContext.BaseDirectory);
    }
}
