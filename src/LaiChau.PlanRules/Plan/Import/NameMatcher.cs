using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>What a phrase of the text names: a group or a body, by id.</summary>
internal sealed record NameMatch(int Start, int Length, string Id, bool IsGroup, string Phrase);

/// <summary>
/// Finds the groups and bodies a text names: the vocabulary's group and body phrases and every name and alias of the
/// catalog, longest first, ignoring case, at word boundaries.
/// </summary>
internal sealed class NameMatcher
{
    private readonly List<(string Phrase, string Id, bool IsGroup)> _phrases;

    public NameMatcher(ImportVocabulary vocabulary, BodyCatalog catalog)
    {
        var phrases = new List<(string, string, bool)>();
        foreach (var g in vocabulary.Groups)
        {
            foreach (var p in g.Phrases ?? []) phrases.Add((p, g.GroupId, true));
        }

        foreach (var b in vocabulary.Bodies)
        {
            foreach (var p in b.Phrases ?? []) phrases.Add((p, b.BodyId, false));
        }

        foreach (var body in catalog.Bodies)
        {
            foreach (var name in body.Names.Select(n => n.Vi).Concat(body.Aliases))
            {
                phrases.Add((name, body.Id, false));
                if (name.StartsWith("Ủy ban nhân dân ", StringComparison.Ordinal)) phrases.Add(("UBND " + name["Ủy ban nhân dân ".Length..], body.Id, false));
            }
        }

        _phrases = phrases.Where(p => p.Item1.Length > 1).DistinctBy(p => (p.Item1.ToUpperInvariant(), p.Item2))
            .OrderByDescending(p => p.Item1.Length).ToList();
    }

    /// <summary>The names in <paramref name="text"/> (between <paramref name="from"/> and <paramref name="to"/>), left to right, not overlapping.</summary>
    public List<NameMatch> FindAll(string text, int from = 0, int to = -1)
    {
        var end = to < 0 ? text.Length : to;
        var found = new List<NameMatch>();
        var i = from;
        while (i < end)
        {
            if (!ImportText.IsBoundary(text, i - 1) || !char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var m = MatchAt(text, i, end);
            if (m is null)
            {
                i++;
                continue;
            }

            found.Add(m);
            i += m.Length;
        }

        return found;
    }

    /// <summary>The longest name starting at <paramref name="at"/>, or null.</summary>
    public NameMatch? MatchAt(string text, int at, int end = -1)
    {
        var limit = end < 0 ? text.Length : end;
        foreach (var (phrase, id, isGroup) in _phrases)
        {
            if (at + phrase.Length <= limit && ImportText.StartsAt(text, at, phrase))
            {
                return new NameMatch(at, phrase.Length, id, isGroup, text.Substring(at, phrase.Length));
            }
        }

        return null;
    }

    /// <summary>The group or body the whole of <paramref name="text"/> names, or null.</summary>
    public NameMatch? MatchWhole(string text)
    {
        var m = MatchAt(text, 0);
        return m is not null && m.Length == text.Length ? m : null;
    }
}
