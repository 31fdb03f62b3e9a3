using System.Runtime.CompilerServices;
using System.Text;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// Reads evidence files (docs/evidence-format.md) with Newtonsoft.Json, strictly: unknown fields,
/// duplicate keys, wrong types, impossible dates and inputs over the limits are
/// <see cref="PlanRulesInputException"/>s naming the file, the JSON path, the line and the column.
/// Errors found later against the plan and the catalog (an unknown body id) name the same location,
/// because the reader remembers where each value stood.
/// </summary>
public static class EvidenceReader
{
    private static readonly ConditionalWeakTable<EvidenceSet, Source> Sources = new();

    /// <summary>Reads evidence from a UTF-8 stream (with or without a byte-order mark).</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="fileName">The file or source name used in error messages.</param>
    /// <param name="limits">Size and depth limits; <see cref="JsonInputLimits.Default"/> when null.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="PlanRulesInputException">The input is malformed.</exception>
    public static EvidenceSet Read(Stream stream, string fileName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return FromInput(StrictJson.Load(stream, fileName, limits));
    }

    /// <summary>Reads evidence from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">The source name used in error messages.</param>
    /// <param name="limits">Size and depth limits; the size is counted in UTF-8 bytes, as for a file.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="PlanRulesInputException">The input is malformed.</exception>
    public static EvidenceSet Parse(string json, string fileName = "evidence.json", JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= JsonInputLimits.Default;
        if (json.Length > limits.MaxBytes || Encoding.UTF8.GetByteCount(json) > limits.MaxBytes)
        {
            // The limit is in UTF-8 bytes, as a file or stream of the same text would be read.
            throw StrictJson.TooLarge(fileName, limits);
        }

        using var reader = new StringReader(json);
        return FromInput(StrictJson.Load(reader, fileName, limits));
    }

    /// <summary>Reads an evidence file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="limits">Size and depth limits.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="PlanRulesInputException">The file cannot be read or is malformed.</exception>
    public static EvidenceSet ReadFile(string path, JsonInputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path, limits);
        }
        catch (IOException e)
        {
            throw PlanRulesInputException.CannotRead(path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw PlanRulesInputException.CannotRead(path, e);
        }
    }

    /// <summary>
    /// Adds the file name, line and column to an input error found after reading (for example an unknown
    /// body id found during evaluation), when the evidence was read by this reader.
    /// </summary>
    /// <param name="evidence">The evidence the error is about.</param>
    /// <param name="error">The error.</param>
    /// <returns>The error with its location, or the same error.</returns>
    public static PlanRulesInputException Locate(EvidenceSet evidence, PlanRulesInputException error)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(error);
        if (error.FileName is not null || !Sources.TryGetValue(evidence, out var source)) return error;
        var (line, column) = StrictJson.Locate(source.Input, error.JsonPath);
        return new PlanRulesInputException(error.LocalizedReason, source.FileName, error.JsonPath, line ?? error.LineNumber, column ?? error.LinePosition, error.InnerException ?? error);
    }

    private static EvidenceSet FromInput(JsonInput input)
    {
        var fileName = input.FileName;
        var evidence = StrictJson.Deserialize<EvidenceSet>(input, EvidenceJsonContracts.Instance);
        if (evidence.SchemaVersion != EvidenceSet.CurrentSchemaVersion)
        {
            var (line, column) = StrictJson.Locate(input, "schemaVersion");
            throw new PlanRulesInputException(
                new LocalizedText(
                    $"Không hỗ trợ schemaVersion {evidence.SchemaVersion}; thư viện này đọc phiên bản {EvidenceSet.CurrentSchemaVersion}.",
                    $"schemaVersion {evidence.SchemaVersion} is not supported; this library reads version {EvidenceSet.CurrentSchemaVersion}."),
                fileName, "schemaVersion", line, column);
        }

        Sources.AddOrUpdate(evidence, new Source(fileName, input));
        return evidence;
    }

    // The input's bytes, not a token tree, are what an evidence set keeps to locate later errors.
    private sealed record Source(string FileName, JsonInput Input);
}
