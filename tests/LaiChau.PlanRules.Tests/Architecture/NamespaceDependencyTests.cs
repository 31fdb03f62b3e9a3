namespace LaiChau.PlanRules.Tests.Architecture;

/// <summary>
/// The library's namespaces form a pipeline with no cycle (docs/architecture.md): a namespace never depends
/// on one that depends back on it, and a parent never depends on its own sub-namespace (Rules.BuiltIn may use
/// Rules, not the reverse).
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Graph = NamespaceDependencies.Of(NamespaceDependencies.LibraryPath);

    [Fact]
    public void Library_NamespaceGraph_HasNoCycle()
    {
        var cycles = StronglyConnected(Graph).Where(c => c.Count > 1).Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal))).ToList();

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles) + "\n\nEdges:\n" + Describe(Graph));
    }

    [Fact]
    public void Library_NoNamespace_DependsOnItsOwnSubNamespace()
    {
        var wrong = Graph.SelectMany(kv => kv.Value.Where(to => to.StartsWith(kv.Key + ".", StringComparison.Ordinal)).Select(to => $"{kv.Key} -> {to}")).ToList();

        Assert.True(wrong.Count == 0, "A parent namespace depends on its child:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Library_Graph_SeesKnownEdges()
    {
        // Guards the reader itself: a graph that lost its edges would pass the cycle test vacuously.
        Assert.Contains("LaiChau.PlanRules.Rules", Graph["LaiChau.PlanRules.Compliance"]);
        Assert.Contains("LaiChau.PlanRules.Plan", Graph["LaiChau.PlanRules.Obligations"]);
        Assert.Contains("LaiChau.PlanRules.Rules", Graph["LaiChau.PlanRules.Rules.BuiltIn"]);
    }

    [Fact]
    public void Reader_FindsACycle_WhenOneIsPresent()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B" },
            ["B"] = new HashSet<string> { "C" },
            ["C"] = new HashSet<string> { "A" },
            ["D"] = new HashSet<string> { "A" },
        };

        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).ToList();

        Assert.Single(cycles);
        Assert.Equal(["A", "B", "C"], cycles[0].Order(StringComparer.Ordinal));
    }

    private static string Describe(IReadOnlyDictionary<string, IReadOnlySet<string>> graph) =>
        string.Join("\n", graph.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} -> {string.Join(", ", kv.Value.Order(StringComparer.Ordinal))}"));

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<List<string>> StronglyConnected(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.TryGetValue(v, out var edges) ? edges : new HashSet<string>())
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            }
            while (x != v);
            result.Add(component);
        }

        foreach (var v in graph.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(v)) Visit(v);
        return result;
    }
}
