using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Reports;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// Real runs of a command-line host on broken files: exit code 2 and one line on stderr, the same line the
/// library's exception gives in process. They run the process probe, which maps errors the way the CLI does;
/// once the CLI is merged these runs can point at it (docs/reliability.md).
/// </summary>
public sealed class CommandLineExitTests : IDisposable
{
    private const int Seed = 20_261_107;
    private const int GeneratedRuns = 30;
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();
    private readonly string _directory = Directory.CreateTempSubdirectory("planrules-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void GeneratedMalformedEvidence_ExitsWith2AndTheLibraryMessageOnOneLine()
    {
        // The first generated evidence files the library refuses in process, each with the message it gives.
        var generator = new MalformedInputGenerator(Seed);
        var refused = new List<(string Path, string Case, string Message)>();
        for (var i = 0; refused.Count < GeneratedRuns; i++)
        {
            var c = generator.Next(i);
            if (c.Kind != FuzzDocumentKind.Evidence) continue;
            var path = Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"case-{c.Index}.json"));
            File.WriteAllBytes(path, c.Bytes);
            try
            {
                Evaluator.Evaluate(EvidenceReader.ReadFile(path), ReliabilityData.AsOf);
            }
            catch (PlanRulesInputException e)
            {
                refused.Add((path, c.ToString(), e.Message));
            }
        }

        var runs = refused.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(r => (r.Case, r.Message, Result: ProcessProbe.Run([r.Path, "--as-of", "2026-01-20"])))
            .ToList();

        var wrong = runs.Where(r => r.Result.ExitCode != 2 || r.Result.Stdout.Length != 0 || r.Result.StderrLines is not [var line] || line != "error: " + r.Message)
            .Select(r => $"{r.Case}: expected exit 2 and 'error: {r.Message}', got {r.Result}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("missing-file")] // the path names nothing
    [InlineData("directory")] // the path names a directory
    [InlineData("empty-file")] // zero bytes
    [InlineData("over-max-bytes")] // --max-bytes 100
    [InlineData("over-max-depth")] // --max-depth 8
    [InlineData("type-payload")] // $type naming a .NET type
    [InlineData("binary")] // not text at all
    [InlineData("utf16-without-bom")] // text in the wrong encoding
    [InlineData("no-as-of")] // neither the file nor the command gives an as-of date
    public void BrokenInput_ExitsWith2AndOneLineOnStderr(string kind)
    {
        var path = Path.Combine(_directory, kind + ".json");
        var valid = ReliabilityData.RichEvidenceJson();
        string[] extra = ["--as-of", "2026-01-20"];
        switch (kind)
        {
            case "missing-file": path = Path.Combine(_directory, "no-such-file.json"); break;
            case "directory": path = _directory; break;
            case "empty-file": File.WriteAllBytes(path, []); break;
            case "over-max-bytes": File.WriteAllText(path, valid); extra = [.. extra, "--max-bytes", "100"]; break;
            case "over-max-depth": File.WriteAllText(path, valid); extra = [.. extra, "--max-depth", "2"]; break;
            case "type-payload": File.WriteAllText(path, "{ \"$type\": \"" + MalformedInputGenerator.CanaryTypeName + "\", \"schemaVersion\": 1 }"); break;
            case "binary": File.WriteAllBytes(path, Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256)).ToArray()); break;
            case "utf16-without-bom": File.WriteAllBytes(path, Encoding.Unicode.GetBytes(valid)); break;
            case "no-as-of": File.WriteAllText(path, "{ \"schemaVersion\": 1 }"); extra = []; break;
        }

        var result = ProcessProbe.Run([path, .. extra]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidEvidence_ExitsWith0AndWritesTheReportOnly()
    {
        var path = Path.Combine(_directory, "valid.json");
        File.WriteAllText(path, ReliabilityData.RichEvidenceJson());

        var result = ProcessProbe.Run([path]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(ComplianceReportJson.Serialize(Evaluator.Evaluate(ReliabilityData.RichEvidence())), result.StdoutText);
    }
}
