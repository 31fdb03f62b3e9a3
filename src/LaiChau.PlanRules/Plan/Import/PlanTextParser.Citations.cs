using System.Text.RegularExpressions;
using LaiChau.PlanRules.Documents;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>The legal bases ("Căn cứ …", "Thực hiện …") and the documents the clauses name, read with the document-number grammars.</summary>
internal sealed partial class PlanTextParser
{
    private readonly List<DocumentReferenceDto> _bases = [];

    private List<DocumentReferenceDto?> LegalBases(Node? preamble)
    {
        foreach (var paragraph in preamble?.Children ?? [])
        {
            var text = paragraph.Words;
            if (BasisStart().Match(text) is not { Success: true } start) continue;
            foreach (var segment in TopLevelSegments(text[start.Length..]))
            {
                var citation = Citation(BasisStart().Replace(segment, string.Empty).Trim(), atStart: true);
                if (citation is null)
                {
                    ReviewPhrase(paragraph.Line, segment, new LocalizedText("Căn cứ pháp lý không đọc được loại, số hoặc cơ quan ban hành ('Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ'); thêm bằng tay.", "A legal basis whose kind, number or issuer could not be read ('Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ'); add it by hand."));
                    continue;
                }

                if (_bases.Any(b => b.Number == citation.Number)) continue;
                _bases.Add(citation);
            }
        }

        return [.. _bases];
    }

    private List<ReferencedDocumentDto?> ReferencedDocuments(List<Node> clauses, PlanFileDto plan)
    {
        var result = new List<ReferencedDocumentDto>();
        var texts = clauses.SelectMany(c => c.SelfAndDescendants())
            .Where(n => n.Kind is ClauseKind.Paragraph or ClauseKind.Item or ClauseKind.Section).ToList();
        foreach (var node in texts)
        {
            foreach (Match m in DocumentNumberToken().Matches(node.Words))
            {
                if (!DocumentNumber.TryParse(m.Value, out _) || m.Value == plan.Number) continue;
                var existing = result.FirstOrDefault(r => r.Number == m.Value);
                if (existing is null)
                {
                    var details = _bases.FirstOrDefault(b => b.Number == m.Value) ?? BestCitation(texts, m.Value);
                    if (details is null)
                    {
                        ReviewPhrase(node.Line, m.Value, new LocalizedText($"Văn bản '{m.Value}' được nêu mà không có loại và cơ quan ban hành ('Kế hoạch số … của …'); không đưa vào danh sách văn bản dẫn chiếu.", $"The document '{m.Value}' is named without its kind and issuer ('Kế hoạch số … của …'); it is not listed among the referenced documents."));
                        continue;
                    }

                    existing = new ReferencedDocumentDto
                    {
                        Number = details.Number, KindName = details.KindName, IssuerName = details.IssuerName, Date = details.Date,
                        ShortName = details.ShortName, IssuerBodyId = details.IssuerBodyId, ClausePaths = [],
                    };
                    result.Add(existing);
                }

                if (!existing.ClausePaths!.Contains(node.Path)) existing.ClausePaths.Add(node.Path);
            }
        }

        return [.. result];
    }

    /// <summary>The fullest citation of <paramref name="number"/> in the clauses (with a date and an issuer when one has them).</summary>
    private DocumentReferenceDto? BestCitation(List<Node> texts, string number)
    {
        DocumentReferenceDto? best = null;
        foreach (var node in texts)
        {
            foreach (var kind in _vocabulary.CitationKinds.OrderByDescending(k => k.Length))
            {
                foreach (var at in ImportText.Find(node.Words, kind))
                {
                    var c = Citation(node.Words[at..], atStart: true);
                    if (c?.Number != number) continue;
                    if (best is null || (best.Date is null && c.Date is not null)) best = c;
                }
            }
        }

        return best;
    }

    /// <summary>Reads "KIND [số] NUMBER [ngày DATE] của ISSUER [(sau đây gọi tắt là SHORT)]" at the start of <paramref name="text"/>.</summary>
    private DocumentReferenceDto? Citation(string text, bool atStart)
    {
        var kind = _vocabulary.CitationKinds.OrderByDescending(k => k.Length).FirstOrDefault(k => ImportText.StartsAt(text, 0, k));
        if (kind is null || !atStart) return null;
        var m = CitationRest().Match(text[kind.Length..]);
        if (!m.Success || !DocumentNumber.TryParse(m.Groups["n"].Value, out _)) return null;
        DateOnly? date = m.Groups["d"].Success && VietnameseDateFormat.TryParse(m.Groups["d"].Value, out var d) ? d : null;
        if (!m.Groups["of"].Success) return null;
        var after = text[(kind.Length + m.Length)..];
        var issuer = _names.MatchAt(after, 0) is { IsGroup: false } named
            ? named.Phrase
            : IssuerEnd().Match(after) is { Success: true } cut ? after[..cut.Index].Trim() : after.Trim();
        issuer = ImportText.TrimSeparators(issuer);
        if (issuer.Length == 0) return null;
        var bodyId = _names.MatchWhole(issuer) is { IsGroup: false } b ? b.Id : _catalog.FindByName(issuer)?.Id;
        var shortName = ShortName().Match(text) is { Success: true } s && s.Index < NextCitationEnd(text) ? s.Groups["s"].Value.Trim() : null;
        return new DocumentReferenceDto
        {
            Number = m.Groups["n"].Value,
            KindName = text[..kind.Length],
            IssuerName = issuer,
            Date = date,
            ShortName = shortName,
            IssuerBodyId = bodyId,
        };
    }

    private static int NextCitationEnd(string text)
    {
        var semicolon = text.IndexOf(';');
        return semicolon < 0 ? text.Length : semicolon;
    }

    /// <summary>The parts of a "Căn cứ" paragraph separated by ";" outside parentheses.</summary>
    private static IEnumerable<string> TopLevelSegments(string text)
    {
        var depth = 0;
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')') depth = Math.Max(0, depth - 1);
            else if (text[i] == ';' && depth == 0)
            {
                if (text[from..i].Trim().Length > 0) yield return text[from..i].Trim();
                from = i + 1;
            }
        }

        var last = ImportText.TrimSeparators(text[from..]);
        if (last.Length > 0) yield return last;
    }

    [GeneratedRegex(@"^(Căn cứ|Thực hiện)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BasisStart();

    [GeneratedRegex(@"^\s+(?:số\s+)?(?<n>[0-9][^\s,;()]*)(?:\s+ngày\s+(?<d>[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}))?(?<of>\s+của\s+)?")]
    private static partial Regex CitationRest();

    [GeneratedRegex(@"\s+(về|phù hợp|thực hiện|và|tại)\s|\s*[(;,.]")]
    private static partial Regex IssuerEnd();

    [GeneratedRegex(@"\(sau đây gọi tắt là\s+(?<s>[^)]+)\)")]
    private static partial Regex ShortName();
}
