using System.Text;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>
/// Reads the text of a provincial plan (as published on a legal portal, or extracted from a .docx) into a draft plan file
/// (docs/plan-file.md) and a review report: identity, legal bases, clauses with their paths, the duties of the
/// implementation section as obligation templates, recipients, the archive line, the signature and the appendix table.
/// Every non-blank line ends up in the plan or in <see cref="PlanImportResult.Review"/>; no deadline is written that the
/// text does not state. The words it reads with are data (docs/plan-import.md). Thread-safe.
/// </summary>
public static class PlanImporter
{
    /// <summary>Imports a plan from its text.</summary>
    /// <param name="text">The text, one paragraph or table row per line (table rows as <c>| cell | cell |</c>).</param>
    /// <param name="fileName">The file or source name, used in messages and in the draft's note.</param>
    /// <param name="options">The catalog, vocabulary files and plan id; defaults when null.</param>
    /// <returns>The draft plan and the review report.</returns>
    /// <exception cref="PlanRulesInputException">The text is empty, or is not a plan (no kind line such as "KẾ HOẠCH", or no numbered sections), or a vocabulary file is invalid.</exception>
    public static PlanImportResult Import(TextReader text, string fileName, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= new PlanImportOptions();
        var vocabulary = ImportVocabulary.Default;
        foreach (var file in options.VocabularyFiles)
        {
            using var stream = OpenFile(file);
            vocabulary = vocabulary.With(stream, file, options.Limits);
        }

        var parser = new PlanTextParser(vocabulary, options.Catalog ?? BodyCatalog.LaiChau, options, fileName);
        var (dto, catalogDraft, lines, review, elements) = parser.Parse(text);
        var json = WritePlan(dto);
        PlanDocument? plan = null;
        LocalizedText? loadError = null;
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            plan = PlanDocument.Load(stream, fileName, options.Limits);
        }
        catch (PlanRulesInputException e)
        {
            loadError = e.LocalizedReason;
        }

        return new PlanImportResult(json, plan, loadError, catalogDraft, lines, review, elements);
    }

    /// <summary>Imports a plan from UTF-8 text.</summary>
    /// <param name="text">The UTF-8 text (with or without a byte-order mark).</param>
    /// <param name="fileName">The file or source name, used in messages and in the draft's note.</param>
    /// <param name="options">The catalog, vocabulary files and plan id; defaults when null.</param>
    /// <returns>The draft plan and the review report.</returns>
    /// <exception cref="PlanRulesInputException">The text is empty, not UTF-8, or not a plan.</exception>
    public static PlanImportResult Import(Stream text, string fileName, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = (options?.Limits ?? JsonInputLimits.Default).MaxBytes;
        if (text.CanSeek && text.Length - text.Position > limit)
        {
            throw new PlanRulesInputException(new LocalizedText($"Tệp lớn hơn giới hạn {limit} byte.", $"The file is larger than the limit of {limit} bytes."), fileName);
        }

        string content;
        try
        {
            using var reader = new StreamReader(text, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            content = reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw new PlanRulesInputException(new LocalizedText("Tệp không phải là văn bản UTF-8 (tệp nhị phân, hoặc bảng mã khác); hãy lưu kế hoạch dưới dạng văn bản UTF-8 hoặc dùng tệp .docx.", "The file is not UTF-8 text (a binary file, or another encoding); save the plan as UTF-8 text or give the .docx."), fileName, innerException: e);
        }

        if (content.Contains('\0', StringComparison.Ordinal))
        {
            throw new PlanRulesInputException(new LocalizedText("Tệp không phải là văn bản (có ký tự NUL); hãy dùng kế hoạch dạng văn bản UTF-8 hoặc tệp .docx.", "The file is not text (it contains NUL characters); give the plan as UTF-8 text or as a .docx."), fileName);
        }

        return Import(new StringReader(content), fileName, options);
    }

    private static string WritePlan(PlanFileDto dto)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        StrictJson.Write(dto, text);
        text.Write('\n');
        return text.ToString();
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new PlanRulesInputException(new LocalizedText($"Không đọc được tệp từ vựng: {e.Message}", $"Cannot read the vocabulary file: {e.Message}"), path, innerException: e);
        }
    }
}
