using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// The evidence a monitor has accepted, by id, in the order it arrived, each with the keys (obligation or task
/// ids, <see cref="EvidenceKeys"/>) it is filed under: add, replace and withdraw by id, and the evidence of one
/// key. Not thread-safe: the monitor holds its lock.
/// </summary>
internal sealed class EvidenceStore
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EvidenceItem>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<EvidenceItem> _order = new(); // arrival order; each entry holds its node, so removal is O(1)
    private readonly Dictionary<string, HashSet<string>> _replacedBy = new(StringComparer.Ordinal); // replaced id -> ids of the reports naming it

    /// <summary>How many pieces of evidence it holds.</summary>
    public int Count => _items.Count;

    /// <summary>The evidence, in the order it was added (a replacement counts as added when it replaced).</summary>
    public IEnumerable<EvidenceItem> Items => _order;

    /// <summary>Whether evidence with this id is held.</summary>
    public bool Contains(string id) => _items.ContainsKey(id);

    /// <summary>The evidence filed under a key; null when none is.</summary>
    public IReadOnlyList<EvidenceItem>? ForKey(string key) => _byKey.TryGetValue(key, out var list) && list.Count > 0 ? list : null;

    /// <summary>Adds evidence under its keys.</summary>
    /// <exception cref="PlanRulesInputException">Its id is held already.</exception>
    public void Add(EvidenceItem item, string[] keys)
    {
        if (_items.ContainsKey(item.Id))
        {
            throw new PlanRulesInputException(new LocalizedText($"Mã chứng cứ '{item.Id}' bị dùng hai lần.", $"The evidence id '{item.Id}' is used twice."), jsonPath: "id");
        }

        File(item, keys);
    }

    /// <summary>Replaces the evidence of the same id, which must be held, by <paramref name="item"/>, now the latest added.</summary>
    /// <returns>The evidence replaced, its keys and its place in the arrival order (for <see cref="Restore"/>).</returns>
    public (EvidenceItem Item, string[] Keys, EvidenceItem? Next) Replace(EvidenceItem item, string[] keys)
    {
        var old = _items[item.Id];
        var next = old.Node.Next?.Value;
        Unfile(old);
        File(item, keys);
        return (old.Item, old.Keys, next);
    }

    /// <summary>Undoes <see cref="Replace"/>: puts the earlier evidence back in its place (before <paramref name="next"/>, or last).</summary>
    public void Restore(EvidenceItem item, string[] keys, EvidenceItem? next)
    {
        Unfile(_items[item.Id]);
        File(item, keys, next is not null && _items.TryGetValue(next.Id, out var after) ? after.Node : null);
    }

    /// <summary>Withdraws the evidence of an id.</summary>
    /// <returns>What was withdrawn and its keys, or null when the id is not held.</returns>
    public (EvidenceItem Item, string[] Keys)? Withdraw(string id)
    {
        if (!_items.TryGetValue(id, out var entry)) return null;
        Unfile(entry);
        return (entry.Item, entry.Keys);
    }

    /// <summary>Files every piece of evidence again, under the keys <paramref name="keysOf"/> gives (the obligations were rebuilt).</summary>
    public void Rekey(Func<EvidenceItem, string[]> keysOf)
    {
        var items = Items.ToList();
        _items.Clear();
        _byKey.Clear();
        _order.Clear();
        _replacedBy.Clear();
        foreach (var item in items) File(item, keysOf(item));
    }

    /// <summary>The id of a report that names <paramref name="id"/> in <c>replaces</c>, if one is held.</summary>
    /// <remarks>When several do, the one of the smallest id (ordinal), so that the answer does not depend on arrival order.</remarks>
    public string? ReplacementOf(string id) => _replacedBy.TryGetValue(id, out var ids) && ids.Count > 0 ? ids.Min(StringComparer.Ordinal) : null;

    private void File(EvidenceItem item, string[] keys, LinkedListNode<EvidenceItem>? before = null)
    {
        _items[item.Id] = new Entry(item, keys, before is null ? _order.AddLast(item) : _order.AddBefore(before, item));
        if (item is ReceivedReport { Replaces: { } replaced })
        {
            if (!_replacedBy.TryGetValue(replaced, out var ids)) _replacedBy[replaced] = ids = new HashSet<string>(StringComparer.Ordinal);
            ids.Add(item.Id);
        }
        foreach (var key in keys)
        {
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            list.Add(item);
        }
    }

    private void Unfile(Entry entry)
    {
        _items.Remove(entry.Item.Id);
        _order.Remove(entry.Node);
        if (entry.Item is ReceivedReport { Replaces: { } replaced } && _replacedBy.TryGetValue(replaced, out var ids) && ids.Remove(entry.Item.Id) && ids.Count == 0)
        {
            _replacedBy.Remove(replaced);
        }
        foreach (var key in entry.Keys) _byKey[key].Remove(entry.Item);
    }

    private sealed record Entry(EvidenceItem Item, string[] Keys, LinkedListNode<EvidenceItem> Node);
}
