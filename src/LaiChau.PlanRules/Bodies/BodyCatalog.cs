using System.Diagnostics.CodeAnalysis;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// The dated catalog of bodies a plan deals with (departments, People's Committees, associations, Party and
/// central bodies, other recipients), the groups a plan addresses them by ("các sở, ban, ngành tỉnh"), and
/// which new commune took over which old district's territory. Answers "who existed, under which name, and
/// who answers for a dissolved body" for any date. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="LaiChau"/> is the catalog shipped with the library (<c>Data/lai-chau-bodies.json</c>); its
/// unconfirmed entries are marked with their <see cref="Confidence"/>. A host corrects or extends it with
/// <see cref="WithOverrides"/>; the file format is described in <c>docs/catalog-file.md</c>.
/// </remarks>
public sealed class BodyCatalog
{
    private const string EmbeddedFileName = "lai-chau-bodies.json";
    private const string EmbeddedResourceName = "LaiChau.PlanRules.Data." + EmbeddedFileName;

    private static readonly Lazy<BodyCatalog> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CatalogEntries _entries;
    private readonly Dictionary<string, Body> _bodies;
    private readonly Dictionary<string, BodyGroup> _groups;
    private readonly Dictionary<string, Body[]> _membersById;
    private readonly Dictionary<string, CommuneTerritory[]> _territoriesByDistrict;
    private readonly Dictionary<string, Body> _byGsoCode;
    private readonly Dictionary<string, Body[]> _byExactName;
    private readonly Dictionary<string, Body[]> _byCanonicalName;

    private BodyCatalog(CatalogEntries entries)
    {
        _entries = entries;
        var (bodies, groups, territories) = CatalogBuilder.Build(entries);
        Bodies = bodies;
        Groups = groups;
        Territories = territories;
        _bodies = bodies.ToDictionary(b => b.Id, StringComparer.Ordinal);
        _groups = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        // Sorted once: MembersOn is asked per template and period, and a host's group can hold thousands of bodies.
        _membersById = groups.ToDictionary(
            g => g.Id,
            g => g.Members.Select(m => _bodies[m.BodyId]).OrderBy(b => b.Id, StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        _territoriesByDistrict = territories
            .GroupBy(t => t.DistrictId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.CommuneId, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _byGsoCode = bodies
            .Where(b => b.GsoCode is not null)
            .GroupBy(b => b.GsoCode!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        _byExactName = Index(bodies, NameKey.Exact);
        _byCanonicalName = Index(bodies, NameKey.Canonical);
    }

    /// <summary>
    /// The catalog shipped with the library for Lai Châu (<c>Data/lai-chau-bodies.json</c>), loaded once on first
    /// use; thread-safe.
    /// </summary>
    public static BodyCatalog LaiChau => Embedded.Value;

    /// <summary>Every body, sorted by id (ordinal).</summary>
    public IReadOnlyList<Body> Bodies { get; }

    /// <summary>Every group, sorted by id (ordinal).</summary>
    public IReadOnlyList<BodyGroup> Groups { get; }

    /// <summary>Which commune took over (part of) which district's territory, sorted by district id then commune id.</summary>
    public IReadOnlyList<CommuneTerritory> Territories { get; }

    /// <summary>Reads a catalog file (format: <c>docs/catalog-file.md</c>) and validates it.</summary>
    /// <param name="json">The UTF-8 JSON input.</param>
    /// <param name="fileName">The file or source name used in error messages.</param>
    /// <param name="limits">Size and depth limits; <see cref="JsonInputLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="PlanRulesInputException">
    /// The input is malformed or inconsistent (a duplicate or invalid id, an unknown successor, group member or
    /// territory id, a primary successor not among the successors, a succession cycle, a successor that does not
    /// exist on the dissolution date, a <c>receivesFor</c> naming an unknown body or the body itself, a name whose validFrom is not before its validUntil, an unknown enum name,
    /// a schemaVersion other than 1); the exception names the file, the JSON path and the line.
    /// </exception>
    public static BodyCatalog Load(Stream json, string fileName, JsonInputLimits? limits = null) =>
        new(CatalogBuilder.ReadAndMerge(json, fileName, limits, previous: null));

    /// <summary>
    /// Returns a new catalog with a host's corrections applied: a body or group in <paramref name="json"/> whose
    /// id exists replaces it wholesale, a new one is added; a territory replaces the one with the same district
    /// and commune; <c>removeMembers</c> and <c>addMembers</c> change single members of existing groups. The result
    /// is validated as a whole. This catalog is not changed.
    /// </summary>
    /// <param name="json">The UTF-8 JSON overrides, in the catalog file format.</param>
    /// <param name="fileName">The file or source name used in error messages.</param>
    /// <param name="limits">Size and depth limits; <see cref="JsonInputLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="PlanRulesInputException">
    /// The overrides are malformed, or the merged catalog is inconsistent; the exception names the file (this one or
    /// the base) and the location of the offending entry.
    /// </exception>
    public BodyCatalog WithOverrides(Stream json, string fileName, JsonInputLimits? limits = null) =>
        new(CatalogBuilder.ReadAndMerge(json, fileName, limits, _entries));

    /// <summary>The body with id <paramref name="id"/>.</summary>
    /// <param name="id">A body id.</param>
    /// <returns>The body.</returns>
    /// <exception cref="KeyNotFoundException">No body has that id.</exception>
    public Body Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _bodies.TryGetValue(id, out var body)
            ? body
            : throw new KeyNotFoundException($"No body with id '{id}' in the catalog.");
    }

    /// <summary>
    /// Compares two body ids in the official order reports list bodies in: by block (departments, associations,
    /// districts, communes, then any other kind or an unknown id), then by <see cref="Body.Order"/> (bodies without one
    /// after those with one), then by id.
    /// </summary>
    /// <summary>
    /// The place of a body in the official order (<see cref="CompareInOfficialOrder"/>) as one number, computed once
    /// per catalog, so that sorting n findings or cells costs n lookups instead of two per comparison. An id the
    /// catalog lacks ranks after every body (sort such ids by the id next).
    /// </summary>
    internal int OfficialRank(string id)
    {
        var ranks = _ranks;
        if (ranks is null)
        {
            var ordered = Bodies.Select(b => b.Id).ToList();
            ordered.Sort(CompareInOfficialOrder);
            ranks = new Dictionary<string, int>(ordered.Count, StringComparer.Ordinal);
            for (var i = 0; i < ordered.Count; i++) ranks[ordered[i]] = i;
            _ranks = ranks; // benign race: every thread computes the same ranks
        }

        return ranks.TryGetValue(id, out var rank) ? rank : int.MaxValue;
    }

    private Dictionary<string, int>? _ranks;

    internal int CompareInOfficialOrder(string x, string y)
    {
        var a = _bodies.GetValueOrDefault(x);
        var b = _bodies.GetValueOrDefault(y);
        var c = Block(a).CompareTo(Block(b));
        if (c == 0) c = (a?.Order ?? int.MaxValue).CompareTo(b?.Order ?? int.MaxValue);
        return c != 0 ? c : string.CompareOrdinal(x, y);

        static int Block(Body? body) => body?.Kind switch
        {
            BodyKind.ProvincialDepartment => 0,
            BodyKind.ProvincialAssociation => 1,
            BodyKind.DistrictPeoplesCommittee => 2,
            BodyKind.CommunePeoplesCommittee => 3,
            _ => 4,
        };
    }

    /// <summary>Looks up a body by id.</summary>
    /// <param name="id">A body id.</param>
    /// <param name="body">The body, when found.</param>
    /// <returns><see langword="true"/> when a body has that id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out Body? body)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _bodies.TryGetValue(id, out body);
    }

    /// <summary>The group with id <paramref name="id"/>.</summary>
    /// <param name="id">A group id, for example <c>provincial-departments</c>.</param>
    /// <returns>The group.</returns>
    /// <exception cref="KeyNotFoundException">No group has that id.</exception>
    public BodyGroup GetGroup(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _groups.TryGetValue(id, out var group)
            ? group
            : throw new KeyNotFoundException($"No group with id '{id}' in the catalog.");
    }

    /// <summary>Looks up a group by id.</summary>
    /// <param name="id">A group id.</param>
    /// <param name="group">The group, when found.</param>
    /// <returns><see langword="true"/> when a group has that id.</returns>
    public bool TryGetGroup(string id, [NotNullWhen(true)] out BodyGroup? group)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _groups.TryGetValue(id, out group);
    }

    /// <summary>The groups that list <paramref name="bodyId"/> (on any date), sorted by id.</summary>
    /// <param name="bodyId">A body id.</param>
    /// <returns>The groups; empty when the body is in none (the radio-TV station, the issuer).</returns>
    /// <exception cref="KeyNotFoundException">No body has that id.</exception>
    public IReadOnlyList<BodyGroup> GroupsOf(string bodyId)
    {
        var body = Get(bodyId);
        return Groups.Where(g => g.Contains(body.Id)).ToArray();
    }

    /// <summary>The bodies that exist on <paramref name="date"/>, sorted by id.</summary>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>The bodies existing that day.</returns>
    public IReadOnlyList<Body> ExistingOn(DateOnly date) => Bodies.Where(b => b.ExistsOn(date)).ToArray();

    /// <summary>
    /// The members of group <paramref name="groupId"/> that exist on <paramref name="date"/>, sorted by id: on
    /// 14/12/2024 the provincial departments include Sở Kế hoạch và Đầu tư, on 14/12/2025 Sở Dân tộc và Tôn giáo.
    /// </summary>
    /// <param name="groupId">A group id.</param>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>The existing members.</returns>
    /// <exception cref="KeyNotFoundException">No group has that id.</exception>
    public IReadOnlyList<Body> MembersOn(string groupId, DateOnly date) =>
        Array.FindAll(_membersById[GetGroup(groupId).Id], b => b.ExistsOn(date));

    /// <summary>The direct successors of a body, in the order its succession lists them; empty when it has none.</summary>
    /// <param name="bodyId">A body id.</param>
    /// <returns>The successors.</returns>
    /// <exception cref="KeyNotFoundException">No body has that id.</exception>
    public IReadOnlyList<Body> Successors(string bodyId) =>
        Get(bodyId).Succession?.SuccessorIds.Select(id => _bodies[id]).ToArray() ?? [];

    /// <summary>The direct primary successor of a body, or <see langword="null"/> (not dissolved, abolished, or split with no primary).</summary>
    /// <param name="bodyId">A body id.</param>
    /// <returns>The primary successor.</returns>
    /// <exception cref="KeyNotFoundException">No body has that id.</exception>
    public Body? PrimarySuccessor(string bodyId) =>
        Get(bodyId).Succession?.PrimarySuccessorId is { } id ? _bodies[id] : null;

    /// <summary>
    /// The body that answers for <paramref name="bodyId"/> on <paramref name="date"/>: the body itself when it exists
    /// that day; after its dissolution, its primary successor, followed along the chain to the first one existing
    /// that day (Sở Kế hoạch và Đầu tư on 01/5/2025 gives Sở Tài chính; Sở Lao động - Thương binh và Xã hội gives
    /// Sở Nội vụ). <see langword="null"/> when the chain ends without one: abolished (a district from 01/7/2025),
    /// split with no primary, or a date before the body was established (predecessors are not searched).
    /// </summary>
    /// <param name="bodyId">A body id.</param>
    /// <param name="date">A Vietnam calendar date.</param>
    /// <returns>The responsible body, or <see langword="null"/>.</returns>
    /// <exception cref="KeyNotFoundException">No body has that id.</exception>
    public Body? ResponsibleOn(string bodyId, DateOnly date)
    {
        var body = Get(bodyId);
        while (true)
        {
            if (body.ExistsOn(date)) return body;
            if (body.EstablishedOn is { } from && date < from) return null;
            if (body.Succession?.PrimarySuccessorId is not { } next) return null;
            body = _bodies[next];
        }
    }

    /// <summary>
    /// The communes that took over (part of) the territory of district <paramref name="districtId"/> on 01/7/2025,
    /// sorted by commune id; a commune that took only a minority from this district has
    /// <see cref="CommuneTerritory.TakesPartOnly"/> set.
    /// </summary>
    /// <param name="districtId">A district People's Committee's body id, for example <c>ubnd-tam-duong</c>.</param>
    /// <returns>The territory rows; empty for a body that is not a district.</returns>
    /// <exception cref="KeyNotFoundException">No body has that id.</exception>
    public IReadOnlyList<CommuneTerritory> CommunesOf(string districtId)
    {
        var district = Get(districtId);
        return _territoriesByDistrict.TryGetValue(district.Id, out var rows) ? rows : [];
    }

    /// <summary>
    /// Finds a body by what a document or a person calls it: its id, its GSO code, any of its names (current or
    /// historical) or aliases. Case, Unicode normalisation (NFC/NFD), old or new tone placement ("Uỷ"/"Ủy"),
    /// punctuation and spacing do not matter, nor does "Ủy ban nhân dân" written out or as "UBND". When no exact
    /// spelling matches, a looser match drops a leading "UBND" and a trailing "tỉnh" or "tỉnh Lai Châu"
    /// ("huyện Tam Đường", "Sở Nội vụ tỉnh Lai Châu").
    /// </summary>
    /// <param name="text">The name to look up.</param>
    /// <param name="on">
    /// A date that settles ambiguity: when several bodies match (say a host gives the district and the commune of
    /// Phong Thổ the same short alias "Phong Thổ"), the only one of them existing on that date is chosen. The date
    /// never rules out a sole match: an old name still finds its dissolved body.
    /// </param>
    /// <returns>The body, or <see langword="null"/> when nothing or more than one body matches.</returns>
    public Body? FindByName(string text, DateOnly? on = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;

        var lower = trimmed.ToLowerInvariant();
        if (_bodies.TryGetValue(lower, out var byId)) return byId;
        if (_byGsoCode.TryGetValue(trimmed, out var byCode)) return byCode;
        if (_byExactName.TryGetValue(NameKey.Exact(trimmed), out var exact)) return Pick(exact, on);
        if (_byCanonicalName.TryGetValue(NameKey.Canonical(trimmed), out var loose)) return Pick(loose, on);
        return null;
    }

    private static Body? Pick(Body[] candidates, DateOnly? on)
    {
        if (candidates.Length == 1) return candidates[0];
        if (on is not { } date) return null;
        var existing = candidates.Where(b => b.ExistsOn(date)).Take(2).ToArray();
        return existing.Length == 1 ? existing[0] : null;
    }

    private static Dictionary<string, Body[]> Index(IEnumerable<Body> bodies, Func<string, string> key)
    {
        var index = new Dictionary<string, List<Body>>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            foreach (var text in body.Names.Select(n => n.Vi).Concat(body.Aliases))
            {
                var k = key(text);
                if (k.Length == 0) continue;
                if (!index.TryGetValue(k, out var list)) index[k] = list = [];
                if (!list.Contains(body)) list.Add(body);
            }
        }

        return index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static BodyCatalog LoadEmbedded()
    {
        using var stream = typeof(BodyCatalog).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedResourceName} is missing from the library.");
        return Load(stream, EmbeddedFileName);
    }
}
