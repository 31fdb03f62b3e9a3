using System.Globalization;
using System.Text.RegularExpressions;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>The closing parts: "Nơi nhận", the archive line, the signature and what follows (the appendix).</summary>
internal sealed partial class PlanTextParser
{
    /// <summary>Reads the lines from <paramref name="from"/> to the end; returns the appendix heading lines.</summary>
    private List<string> Closing(PlanFileDto dto, int from, List<SourceLine> tableRows)
    {
        var recipients = new List<RecipientDto?>();
        var appendixNote = new List<string>();
        var mode = string.Empty;
        for (var i = from; i < _all.Count; i++)
        {
            var line = _all[i];
            var text = line.Text;
            if (RecipientsLine().IsMatch(text))
            {
                mode = "recipients";
                Target(line, "NN");
            }
            else if (ArchiveLine().Match(text) is { Success: true } archive)
            {
                var body = ImportText.TrimSeparators(archive.Groups["t"].Value);
                var holders = body.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                dto.Archive = new ArchiveDto { Text = "Lưu: " + body, Holders = holders.Count == 0 ? ["VT"] : [.. holders] };
                if (holders.Count == 0) ReviewPhrase(line.Number, text, new LocalizedText("Dòng \"Lưu\" không nêu nơi lưu; ghi 'VT'.", "The archive line names no holder; 'VT' is written."));
                Target(line, "LUU");
                mode = string.Empty;
            }
            else if (TableRow().IsMatch(text))
            {
                tableRows.Add(line);
            }
            else if (AuthorityLine().IsMatch(text))
            {
                dto.Authority = dto.Authority is null ? text : dto.Authority + " " + text;
                Target(line, "KY (authority)");
                mode = "signature";
            }
            else if (mode == "signature" && dto.Position is null && IsCapitals(text))
            {
                dto.Position = text;
                Target(line, "KY (position)");
            }
            else if (mode == "signature" && dto.Signer is null && !IsCapitals(text))
            {
                dto.Signer = text;
                Target(line, "KY (signer)");
                mode = string.Empty;
            }
            else if (mode == "recipients")
            {
                recipients.Add(Recipient(line, recipients.Count + 1));
            }
            else if (AppendixHeading().IsMatch(text) || (appendixNote.Count > 0 && (IsCapitals(text) || text.StartsWith('('))))
            {
                appendixNote.Add(text);
                Target(line, "appendix.note");
            }
            else
            {
                Review(line, new LocalizedText("Dòng sau phần nội dung không phải nơi nhận, dòng \"Lưu\", chữ ký hay phụ lục.", "A line after the body that is not a recipient, the archive line, the signature or the appendix."));
            }
        }

        dto.Recipients = recipients;
        return appendixNote;
    }

    private RecipientDto Recipient(SourceLine line, int index)
    {
        var text = ImportText.TrimSeparators(line.Text.TrimStart('-', '+', '•', ' '));
        string? purpose = null;
        if (Purpose().Match(text) is { Success: true } p)
        {
            purpose = p.Groups["p"].Value.Trim();
            text = text[..p.Index].Trim();
        }

        Target(line, "NN." + index.ToString(CultureInfo.InvariantCulture));
        var named = text.Split(':')[0].Trim();
        var match = _names.MatchWhole(text) ?? _names.MatchWhole(named);
        string? bodyId = null, groupId = null;
        if (match is not null)
        {
            if (match.IsGroup) groupId = Use(match, line.Number);
            else bodyId = Use(match, line.Number);
        }
        else if (_catalog.FindByName(named) is { } body)
        {
            bodyId = body.Id;
            Remember(body.Id, named, line.Number);
        }
        else
        {
            ReviewPhrase(line.Number, text, new LocalizedText("Nơi nhận không khớp cơ quan hay nhóm nào của danh mục hoặc bộ từ vựng; giữ lại không có mã.", "The recipient matches no body or group of the catalog or the vocabulary; it is kept without an id."));
        }

        return new RecipientDto { Text = text, Purpose = purpose, BodyId = bodyId, GroupId = groupId };
    }

    /// <summary>Notes that the text names a group or body, for the catalog draft, and returns its id.</summary>
    private string Use(NameMatch match, int lineNumber)
    {
        if (match.IsGroup)
        {
            if (!_usedGroups.Contains(match.Id)) _usedGroups.Add(match.Id);
        }
        else
        {
            Remember(match.Id, match.Phrase, lineNumber);
        }

        return match.Id;
    }

    private void Remember(string bodyId, string name, int lineNumber, Bodies.BodyKind? kind = null) =>
        _namedBodies.TryAdd(bodyId, (name, lineNumber, kind));

    [GeneratedRegex(@"^[-+•]?\s*Lưu\s*:?\s*(?<t>.*)$")]
    private static partial Regex ArchiveLine();

    [GeneratedRegex(@"\((?<p>[^()]*)\)\s*$")]
    private static partial Regex Purpose();

    [GeneratedRegex(@"^(PHỤ LỤC|Phụ lục)\b")]
    private static partial Regex AppendixHeading();
}
