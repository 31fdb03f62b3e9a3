namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// The current finding ids of a monitor's session and what one change did to them: ids inserted and retracted
/// while the change runs are collected, and <see cref="Take"/> gives the ids that appeared and disappeared (a
/// finding retracted and re-inserted within one change is neither). Sets, not list scans: a date move can touch
/// every obligation of a period at once. Not thread-safe: the monitor holds its lock.
/// </summary>
internal sealed class FindingsDiff
{
    private readonly HashSet<string> _current = new(StringComparer.Ordinal);
    private readonly List<string> _added = [];
    private readonly List<string> _removed = [];

    /// <summary>The current finding ids.</summary>
    public IReadOnlyCollection<string> Current => _current;

    /// <summary>A finding fact was inserted.</summary>
    public void Inserted(string id)
    {
        if (_current.Add(id)) _added.Add(id);
    }

    /// <summary>A finding fact was retracted.</summary>
    public void Retracted(string id)
    {
        if (_current.Remove(id)) _removed.Add(id);
    }

    /// <summary>Forgets what the change so far did (the findings of a new session are no change).</summary>
    public void Discard()
    {
        _added.Clear();
        _removed.Clear();
    }

    /// <summary>Starts over with no current finding (a new session is about to insert them); returns the findings before.</summary>
    public HashSet<string> Restart()
    {
        var before = _current.ToHashSet(StringComparer.Ordinal);
        _current.Clear();
        Discard();
        return before;
    }

    /// <summary>Makes the pending change the difference between <paramref name="before"/> and the current findings.</summary>
    public void Since(HashSet<string> before)
    {
        Discard();
        _added.AddRange(_current.Where(f => !before.Contains(f)));
        _removed.AddRange(before.Where(f => !_current.Contains(f)));
    }

    /// <summary>The ids that appeared and disappeared in the change, sorted (ordinal); null when none did. Starts the next change.</summary>
    public (IReadOnlyList<string> Added, IReadOnlyList<string> Removed)? Take()
    {
        if (_added.Count + _removed.Count == 0) return null;
        var addedSet = new HashSet<string>(_added, StringComparer.Ordinal);
        var removedSet = new HashSet<string>(_removed, StringComparer.Ordinal);
        Discard();
        var added = addedSet.Where(id => !removedSet.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var removed = removedSet.Where(id => !addedSet.Contains(id)).Order(StringComparer.Ordinal).ToList();
        return added.Count + removed.Count > 0 ? (added, removed) : null;
    }
}
