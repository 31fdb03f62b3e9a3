using System.Reflection;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// How the evidence records map to JSON, kept out of the records themselves: camelCase names (as
/// <see cref="CamelCasePropertyNamesContractResolver"/>), and a member is required in a file exactly when it is
/// <c>required</c> in C#, plus <see cref="EvidenceSet.SchemaVersion"/> (a file must say its version; code gets the
/// current one by default). Used by <see cref="EvidenceReader"/>, <see cref="EvidenceWriter"/> and the schema generator.
/// </summary>
internal sealed class EvidenceJsonContracts : CamelCasePropertyNamesContractResolver
{
    /// <summary>The one instance (contracts are cached per resolver type, thread-safely).</summary>
    public static EvidenceJsonContracts Instance { get; } = new();

    /// <summary>Whether a member of an evidence record must be present in a file.</summary>
    public static bool IsRequired(MemberInfo member) =>
        member.IsDefined(typeof(RequiredMemberAttribute), inherit: false)
        || (member.DeclaringType == typeof(EvidenceSet) && member.Name == nameof(EvidenceSet.SchemaVersion));

    /// <inheritdoc />
    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (IsRequired(member)) property.Required = Required.Always;
        return property;
    }
}
