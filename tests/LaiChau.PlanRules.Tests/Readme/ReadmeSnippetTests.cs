using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Tests.Readme;

/// <summary>
/// The README's code that cannot rot: a fenced block between <c>&lt;!-- begin: path --&gt;</c> and
/// <c>&lt;!-- end: path --&gt;</c> must equal the file at that path, which CI builds and runs (samples/).
/// </summary>
public partial class ReadmeSnippetTests
{
    private const string MinimalHost = "samples/MinimalHost/Program.cs";

    [Fact]
    public void Readme_EmbeddingExample_EqualsMinimalHostProgram()
    {
        var snippets = Snippets(Read("README.md"));

        Assert.True(snippets.TryGetValue(MinimalHost, out var code), $"README.md has no block marked {MinimalHost}");
        Assert.Equal(Read(MinimalHost), code);
    }

    [Fact]
    public void Readme_EveryMarkedBlock_EqualsTheFileItNames()
    {
        var snippets = Snippets(Read("README.md"));

        Assert.NotEmpty(snippets);
        foreach (var (path, code) in snippets)
        {
            Assert.True(File.Exists(RepoFiles.Path(path)), $"README.md marks a block for {path}, which does not exist");
            Assert.Equal(Read(path), code);
        }
    }

    [Fact]
    public void Snippets_BlockWithoutCodeFence_IsRejected()
    {
        const string readme = "<!-- begin: a.cs -->\nvar x = 1;\n<!-- end: a.cs -->\n";

        var error = Assert.Throws<InvalidOperationException>(() => Snippets(readme));
        Assert.Contains("a.cs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_FencedBlock_GivesTheCodeWithLfLineEndings()
    {
        const string readme = "text\r\n<!-- begin: a.cs -->\r\n```csharp\r\nvar x = 1;\r\n\r\nvar y = 2;\r\n```\r\n<!-- end: a.cs -->\r\nmore";

        var snippets = Snippets(readme);

        Assert.Equal("var x = 1;\n\nvar y = 2;\n", Assert.Single(snippets).Value);
    }

    /// <summary>The marked blocks of a README by the path they name, their code with LF line endings.</summary>
    private static Dictionary<string, string> Snippets(string readme)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in MarkedBlock().Matches(readme.ReplaceLineEndings("\n")))
        {
            var path = m.Groups["path"].Value;
            var fenced = FencedCode().Match(m.Groups["body"].Value);
            if (!fenced.Success) throw new InvalidOperationException($"The block marked {path} is not one fenced code block.");
            result.Add(path, fenced.Groups["code"].Value);
        }

        return result;
    }

    private static string Read(string relativePath) => File.ReadAllText(RepoFiles.Path(relativePath)).ReplaceLineEndings("\n");

    [GeneratedRegex(@"^<!-- begin: (?<path>\S+) -->\n(?<body>.*?)^<!-- end: \k<path> -->$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();

    [GeneratedRegex(@"\A```[a-z]*\n(?<code>.*\n)```\n\z", RegexOptions.Singleline)]
    private static partial Regex FencedCode();
}
