using NRules;

namespace LaiChau.PlanRules.Compliance;

/// <summary>
/// How a batch evaluation drives an NRules session: the findings a rule yields are queued and propagated together
/// after the agenda is empty, not one by one after each rule fires. NRules' default (<c>AutoPropagateLinkedFacts</c>)
/// sends each yielded finding through the network on its own, with a batch, a linked-fact set and the node lists
/// made for one fact; a batch of thousands costs that once. Firing repeats until no queued fact is left, so a rule
/// that matches findings (a host rule) still sees every one of them and the session ends where the default would:
/// only the order in which activations fire differs, and the report orders its findings totally.
/// </summary>
internal static class SessionRun
{
    /// <summary>A session of <paramref name="rules"/> that queues yielded facts for <see cref="Fire"/>.</summary>
    public static ISession Create(ISessionFactory rules)
    {
        var session = rules.CreateSession();
        session.AutoPropagateLinkedFacts = false;
        return session;
    }

    /// <summary>
    /// Inserts <paramref name="facts"/> in batches of <paramref name="batchSize"/> (<see cref="InsertBatch"/>). NRules passes a batch through each alpha node
    /// as a list it grows fact by fact; a batch of 100,000 makes arrays of up to a megabyte, on the large object heap, whose
    /// allocation budget then brings on full (generation 2) collections in the middle of the evaluation. Batches of a few
    /// thousand keep those lists small and short-lived; the network does the same work for each fact either way.
    /// </summary>
    public static void Insert(ISession session, IReadOnlyList<object> facts, int batchSize = InsertBatch)
    {
        if (facts.Count <= batchSize)
        {
            session.InsertAll(facts);
            return;
        }

        var batch = new List<object>(batchSize);
        for (var i = 0; i < facts.Count; i++)
        {
            batch.Add(facts[i]);
            if (batch.Count == batchSize || i == facts.Count - 1)
            {
                session.InsertAll(batch);
                batch.Clear();
            }
        }
    }

    /// <summary>Facts per insert batch: the alpha nodes' lists of references stay under the large-object threshold (85,000 bytes).</summary>
    internal const int InsertBatch = 8192;

    /// <summary>Fires the session until its agenda is empty and no yielded fact is waiting to be propagated.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Fire(ISession session, CancellationToken cancellationToken = default)
    {
        do
        {
            session.Fire(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }
        while (session.PropagateLinked().Any());
    }
}
