namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// A type a <c>$type</c> payload names. If the library ever let input choose a type, deserializing one would
/// run this constructor; the fuzz test checks it never does.
/// </summary>
public sealed class TypeCanary
{
    private static int s_created;

    /// <summary>Counts itself.</summary>
    public TypeCanary() => Interlocked.Increment(ref s_created);

    /// <summary>How many instances were ever created.</summary>
    public static int Created => Volatile.Read(ref s_created);
}
