using System.Collections.Concurrent;
using System.Globalization;
using LaiChau.PlanRules.Json;
using Newtonsoft.Json.Serialization;

namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// Reads catalog files into <see cref="CatalogEntries"/> (a later file replaces entries with the same id)
/// and turns merged entries into validated bodies, groups and territories. Every semantic error is a
/// <see cref="PlanRulesInputException"/> naming the file, JSON path and line of the offending entry.
/// </summary>
internal static class CatalogBuilder
{
    public const int SchemaVersion = 1;

    public static PlanRulesInputException Error(string fileName, JsonLocated dto, LocalizedText reason, string? member = null)
    {
        var location = dto.Location;
        return new(reason,
            fileName,
            member is null ? location.Path : location.Child(member),
            location.Line == 0 ? null : location.Line,
            location.Line == 0 ? null : location.Column);
    }

    /// <summary>Reads one file and merges it over <paramref name="previous"/> (or over nothing) into new entries.</summary>
    public static CatalogEntries ReadAndMerge(Stream json, string fileName, JsonInputLimits? limits, CatalogEntries? previous)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var file = StrictJson.Read<CatalogFileDto>(json, fileName, limits, allowComments: true); // docs/catalog-file.md allows comments
        var root = new Sourced<CatalogFileDto>(file, fileName);
        if (file.SchemaVersion is not { } version)
        {
            throw root.Error($"Thiếu schemaVersion: trình đọc này hiểu schemaVersion {SchemaVersion}.", $"schemaVersion is missing: this reader understands schemaVersion {SchemaVersion}.", "schemaVersion");
        }

        if (version != SchemaVersion)
        {
            throw root.Error(
                string.Create(CultureInfo.InvariantCulture, $"Không hỗ trợ schemaVersion {version}: trình đọc này hiểu schemaVersion {SchemaVersion}."),
                string.Create(CultureInfo.InvariantCulture, $"schemaVersion {version} is not supported: this reader understands schemaVersion {SchemaVersion}."),
                "schemaVersion");
        }

        var bodies = RequireList(root, file.Bodies, "bodies");
        var groups = RequireList(root, file.Groups, "groups");
        var territories = RequireList(root, file.Territories, "territories");
        var removals = RequireList(root, file.RemoveMembers, "removeMembers");
        var additions = RequireList(root, file.AddMembers, "addMembers");

        var entries = previous is null ? new CatalogEntries() : new CatalogEntries(previous);

        var seenBodies = new Dictionary<string, BodyDto>(StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
        {
            var body = WithUniqueId(root, bodies, "bodies", i, "body", b => b.Id, seenBodies);
            entries.Bodies[body.Dto.Id] = body;
        }

        var seenGroups = new Dictionary<string, GroupDto>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = WithUniqueId(root, groups, "groups", i, "group", g => g.Id, seenGroups);
            var dto = group.Dto;
            var members = new List<Sourced<GroupMemberDto>>();
            var firstSeen = new Dictionary<string, GroupMemberDto>(StringComparer.Ordinal);
            var memberDtos = RequireList(group, dto.Members, "members");
            for (var j = 0; j < memberDtos.Count; j++)
            {
                var m = memberDtos[j];
                var member = Located(group, m, "members", j);
                RequireId(member, m.BodyId, "bodyId");
                if (!firstSeen.TryAdd(m.BodyId, m))
                {
                    throw member.Error($"Nhóm '{dto.Id}' liệt kê cơ quan '{m.BodyId}' hai lần (lần đầu ở {Where(firstSeen[m.BodyId]).Vi}).", $"Group '{dto.Id}' lists body '{m.BodyId}' twice (first at {Where(firstSeen[m.BodyId]).En}).", "bodyId");
                }

                members.Add(member);
            }

            entries.Groups[dto.Id] = new GroupEntry(group, members);
        }

        // Member edits: each edited group's members keyed by body id, with their position, so that many
        // edits stay linear. Written back once all edits of this file are applied.
        var edited = new Dictionary<string, Dictionary<string, (int Order, Sourced<GroupMemberDto> Member)>>(StringComparer.Ordinal);
        Dictionary<string, (int Order, Sourced<GroupMemberDto> Member)> Edit<T>(Sourced<T> at, string groupId)
            where T : JsonLocated
        {
            if (edited.TryGetValue(groupId, out var members)) return members;
            if (!entries.Groups.TryGetValue(groupId, out var entry)) throw at.Error($"Không có nhóm '{groupId}'.", $"Unknown group '{groupId}'.", "groupId");
            members = new Dictionary<string, (int, Sourced<GroupMemberDto>)>(StringComparer.Ordinal);
            for (var k = 0; k < entry.Members.Count; k++) members.Add(entry.Members[k].Dto.BodyId, (k, entry.Members[k]));
            edited.Add(groupId, members);
            return members;
        }

        for (var i = 0; i < removals.Count; i++)
        {
            var dto = removals[i];
            var removal = Located(root, dto, "removeMembers", i);
            RequireId(removal, dto.GroupId, "groupId");
            RequireId(removal, dto.BodyId, "bodyId");
            if (!Edit(removal, dto.GroupId).Remove(dto.BodyId))
            {
                throw removal.Error($"Cơ quan '{dto.BodyId}' không phải là thành viên của nhóm '{dto.GroupId}', nên không thể bỏ ra.", $"Body '{dto.BodyId}' is not a member of group '{dto.GroupId}', so it cannot be removed.", "bodyId");
            }
        }

        var added = new HashSet<(string, string)>();
        for (var i = 0; i < additions.Count; i++)
        {
            var dto = additions[i];
            var addition = Located(root, dto, "addMembers", i);
            RequireId(addition, dto.GroupId, "groupId");
            RequireId(addition, dto.BodyId, "bodyId");
            var members = Edit(addition, dto.GroupId);
            if (!added.Add((dto.GroupId, dto.BodyId)))
            {
                throw addition.Error($"Cơ quan '{dto.BodyId}' được thêm vào nhóm '{dto.GroupId}' hai lần trong tệp này.", $"Body '{dto.BodyId}' is added to group '{dto.GroupId}' twice in this file.", "bodyId");
            }

            // A body already listed keeps its place and takes the new confidence and note; a new member goes
            // after every listed one (listed members are numbered from 0), in the order of this file.
            var order = members.TryGetValue(dto.BodyId, out var existing) ? existing.Order : int.MaxValue - additions.Count + i;
            members[dto.BodyId] = (order, new Sourced<GroupMemberDto>(dto, fileName));
        }

        foreach (var (groupId, members) in edited)
        {
            entries.Groups[groupId] = entries.Groups[groupId] with
            {
                Members = members.Values.OrderBy(m => m.Order).Select(m => m.Member).ToArray(),
            };
        }

        var seenTerritories = new Dictionary<(string, string), TerritoryDto>();
        for (var i = 0; i < territories.Count; i++)
        {
            var dto = territories[i];
            var territory = Located(root, dto, "territories", i);
            RequireId(territory, dto.DistrictId, "districtId");
            RequireId(territory, dto.CommuneId, "communeId");
            var key = (dto.DistrictId, dto.CommuneId);
            if (!seenTerritories.TryAdd(key, dto))
            {
                throw territory.Error(
                    $"Địa bàn '{dto.DistrictId}' -> '{dto.CommuneId}' bị trùng (lần đầu ở {Where(seenTerritories[key]).Vi}).", $"Duplicate territory '{dto.DistrictId}' -> '{dto.CommuneId}' (first at {Where(seenTerritories[key]).En}).");
            }

            entries.Territories[key] = territory;
        }

        return entries;
    }

    /// <summary>Validates merged entries and builds the public objects.</summary>
    public static (IReadOnlyList<Body> Bodies, IReadOnlyList<BodyGroup> Groups, IReadOnlyList<CommuneTerritory> Territories) Build(CatalogEntries entries)
    {
        var sources = entries.Bodies.Values.OrderBy(b => b.Dto.Id, StringComparer.Ordinal).ToList();
        var bodies = new Dictionary<string, Body>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            bodies.Add(source.Dto.Id, MapBody(source));
        }

        var bySource = sources.ToDictionary(s => s.Dto.Id, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (source.Dto.Succession is not { } succession) continue;
            var at = new Sourced<SuccessionDto>(succession, source.FileName);
            foreach (var id in bodies[source.Dto.Id].Succession!.SuccessorIds)
            {
                if (!bodies.ContainsKey(id))
                {
                    throw at.Error($"Không có cơ quan kế thừa '{id}' của cơ quan '{source.Dto.Id}'.", $"Unknown successor '{id}' of body '{source.Dto.Id}'.", "successorIds");
                }
            }
        }

        CheckNoCycle(sources, bodies, bySource);

        foreach (var source in sources)
        {
            if (source.Dto.ReceivesFor is { } receipt && !bodies.ContainsKey(receipt.BodyId))
            {
                throw new Sourced<ReceivesForDto>(receipt, source.FileName).Error(
                    $"Không có cơ quan '{receipt.BodyId}' mà '{source.Dto.Id}' nhận văn bản thay.", $"Unknown body '{receipt.BodyId}' that '{source.Dto.Id}' receives documents for.", "bodyId");
            }
        }

        foreach (var source in sources)
        {
            var body = bodies[source.Dto.Id];
            if (body.Succession is not { } succession) continue;
            foreach (var id in succession.SuccessorIds)
            {
                var successor = bodies[id];
                if (!successor.ExistsOn(succession.EffectiveOn))
                {
                    throw new Sourced<SuccessionDto>(source.Dto.Succession!, source.FileName).Error(
                        $"Cơ quan kế thừa '{id}' không tồn tại vào ngày {CatalogIds.Iso(succession.EffectiveOn)}, ngày '{body.Id}' giải thể "
                        + $"(cơ quan này tồn tại {Lifetime(successor).Vi}).",
                        $"Successor '{id}' does not exist on {CatalogIds.Iso(succession.EffectiveOn)}, the day '{body.Id}' is dissolved "
                        + $"(it exists {Lifetime(successor).En}).",
                        "successorIds");
                }
            }
        }

        var groups = entries.Groups.Values
            .OrderBy(g => g.Group.Dto.Id, StringComparer.Ordinal)
            .Select(g => MapGroup(g, bodies))
            .ToArray();

        var territories = MapTerritories(entries, bodies);
        return (sources.Select(s => bodies[s.Dto.Id]).ToArray(), groups, territories);
    }

    private static Body MapBody(Sourced<BodyDto> source)
    {
        var dto = source.Dto;
        if (dto.Names is null or { Count: 0 })
        {
            throw source.Error($"Cơ quan '{dto.Id}' cần có ít nhất một tên.", $"Body '{dto.Id}' needs at least one name.", "names");
        }

        var names = new List<BodyName>(dto.Names.Count);
        for (var i = 0; i < dto.Names.Count; i++)
        {
            var nameDto = dto.Names[i] ?? throw source.Error("Tên phải là một đối tượng, không phải null.", "A name must be an object, not null.", Index("names", i));
            var at = new Sourced<BodyNameDto>(nameDto, source.FileName);
            var name = Guard(at, () => new BodyName(nameDto.Vi, nameDto.En, nameDto.ValidFrom, nameDto.ValidUntil));
            if (names.Count > 0)
            {
                var previous = names[^1];
                if (previous.ValidUntil is not { } until)
                {
                    throw new Sourced<BodyNameDto>(dto.Names[i - 1], source.FileName).Error(
                        "Chỉ tên cuối cùng mới được để ngỏ ngày kết thúc: hãy ghi validUntil, ngày tên kế tiếp bắt đầu.", "Only the last name may be open-ended: give validUntil, the day the next name starts.", "validUntil");
                }

                if (name.ValidFrom != until)
                {
                    throw at.Error(
                        $"validFrom phải là {CatalogIds.Iso(until)}, tức validUntil của tên trước: các tên được liệt kê từ cũ đến mới và nối tiếp nhau, không có khoảng trống hay chồng lấn.", $"validFrom must be {CatalogIds.Iso(until)}, the previous name's validUntil: names are listed oldest first and follow one another without gap or overlap.",
                        "validFrom");
                }
            }

            names.Add(name);
        }

        var aliases = dto.Aliases ?? throw source.Error("aliases phải là một mảng chuỗi, không phải null.", "aliases must be an array of strings, not null.", "aliases");
        for (var i = 0; i < aliases.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(aliases[i])) throw source.Error("Tên gọi khác không được để trống.", "An alias must not be blank.", Index("aliases", i));
        }

        if (dto.GsoCode is not null && string.IsNullOrWhiteSpace(dto.GsoCode))
        {
            throw source.Error("gsoCode phải là null hoặc không để trống.", "gsoCode must be null or not blank.", "gsoCode");
        }

        if (dto.EstablishedOn is { } from && dto.DissolvedOn is { } to && to <= from)
        {
            throw source.Error(
                $"dissolvedOn ({CatalogIds.Iso(to)}) phải sau establishedOn ({CatalogIds.Iso(from)}): dissolvedOn là ngày đầu tiên cơ quan không còn tồn tại.", $"dissolvedOn ({CatalogIds.Iso(to)}) must be after establishedOn ({CatalogIds.Iso(from)}): dissolvedOn is the first day the body no longer exists.",
                "dissolvedOn");
        }

        Succession? succession = null;
        if (dto.Succession is { } s)
        {
            var at = new Sourced<SuccessionDto>(s, source.FileName);
            if (dto.DissolvedOn is not { } dissolved)
            {
                throw at.Error(
                    $"Cơ quan '{dto.Id}' có thông tin kế thừa nhưng không có dissolvedOn: hãy ghi ngày đầu tiên cơ quan không còn tồn tại (đổi tên là một tên mới có ngày, không phải là kế thừa).", $"Body '{dto.Id}' has a succession but no dissolvedOn: give the first day it no longer exists (a rename is a new dated name, not a succession).");
            }

            if (s.EffectiveOn is { } effective && effective != dissolved)
            {
                throw at.Error(
                    $"effectiveOn ({CatalogIds.Iso(effective)}) phải bằng dissolvedOn của cơ quan ({CatalogIds.Iso(dissolved)}); có thể bỏ trường này.", $"effectiveOn ({CatalogIds.Iso(effective)}) must equal the body's dissolvedOn ({CatalogIds.Iso(dissolved)}); it may be left out.",
                    "effectiveOn");
            }

            var ids = s.SuccessorIds ?? throw at.Error("successorIds phải là một mảng, không phải null.", "successorIds must be an array, not null.", "successorIds");
            for (var i = 0; i < ids.Count; i++)
            {
                if (!CatalogIds.IsValid(ids[i]))
                {
                    throw at.Error($"'{ids[i]}' không phải là mã cơ quan hợp lệ: chỉ dùng chữ cái ASCII viết thường, chữ số và '-'.", $"'{ids[i]}' is not a valid body id: use lower-case ASCII letters, digits and '-' only.", Index("successorIds", i));
                }
            }

            if (s.PrimarySuccessorId is { } primary && !ids.Contains(primary, StringComparer.Ordinal))
            {
                throw at.Error($"Cơ quan kế thừa chính '{primary}' không nằm trong danh sách cơ quan kế thừa ({string.Join(", ", ids)}).", $"The primary successor '{primary}' is not among the successors ({string.Join(", ", ids)}).", "primarySuccessorId");
            }

            succession = Guard(at, () => new Succession(s.Kind, dissolved, ids, s.PrimarySuccessorId, s.Confidence, s.Source));
        }
        else if (dto.DissolvedOn is { } dissolved)
        {
            throw source.Error(
                $"Cơ quan '{dto.Id}' giải thể ngày {CatalogIds.Iso(dissolved)} nhưng không có thông tin kế thừa: hãy cho biết cơ quan đó ra sao (kind abolished khi không có cơ quan nào tiếp nhận).", $"Body '{dto.Id}' is dissolved on {CatalogIds.Iso(dissolved)} but has no succession: say what became of it (kind abolished when no body took over).",
                "succession");
        }

        DocumentReceipt? receivesFor = null;
        if (dto.ReceivesFor is { } r)
        {
            var at = new Sourced<ReceivesForDto>(r, source.FileName);
            RequireId(at, r.BodyId, "bodyId");
            if (r.BodyId == dto.Id) throw at.Error($"Cơ quan '{dto.Id}' không thể nhận văn bản thay cho chính mình.", $"Body '{dto.Id}' cannot receive documents for itself.", "bodyId");
            receivesFor = Guard(at, () => new DocumentReceipt(r.BodyId, r.Confidence, r.Source));
        }

        return Guard(source, () => new Body(
            dto.Id, dto.Kind, names, aliases, dto.GsoCode, dto.EstablishedOn, dto.DissolvedOn, succession, receivesFor, dto.Confidence, dto.Source, dto.Order));
    }

    private static void CheckNoCycle(
        List<Sourced<BodyDto>> sources, Dictionary<string, Body> bodies, Dictionary<string, Sourced<BodyDto>> bySource)
    {
        // Iterative depth-first search over every successor edge (no recursion, so a long hostile chain
        // cannot exhaust the stack). A body on the current path is "open"; a finished one is "done".
        var done = new HashSet<string>(StringComparer.Ordinal);
        var open = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var stack = new Stack<(string Id, int Next)>();
        foreach (var root in sources)
        {
            if (done.Contains(root.Dto.Id)) continue;
            stack.Push((root.Dto.Id, 0));
            open.Add(root.Dto.Id);
            path.Add(root.Dto.Id);
            while (stack.Count > 0)
            {
                var (id, next) = stack.Pop();
                var successors = bodies[id].Succession?.SuccessorIds ?? [];
                if (next == successors.Count)
                {
                    open.Remove(id);
                    done.Add(id);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((id, next + 1));
                var child = successors[next];
                if (done.Contains(child)) continue;
                if (open.Contains(child))
                {
                    var cycle = string.Join(" -> ", path.Skip(path.IndexOf(child)).Append(child));
                    var at = bySource[child];
                    throw new Sourced<SuccessionDto>(at.Dto.Succession!, at.FileName).Error(
                        $"Chuỗi kế thừa khép vòng: {cycle}. Cơ quan kế thừa phải có sau cơ quan được kế thừa.", $"Succession cycle: {cycle}. A body's successors must come after it.", "successorIds");
                }

                stack.Push((child, 0));
                open.Add(child);
                path.Add(child);
            }
        }
    }

    private static BodyGroup MapGroup(GroupEntry entry, Dictionary<string, Body> bodies)
    {
        var group = entry.Group;
        var dto = group.Dto;
        var name = MapText(group, dto.Name, "name");
        var rule = MapText(group, dto.InclusionRule, "inclusionRule");
        var members = new List<BodyGroupMember>(entry.Members.Count);
        foreach (var member in entry.Members)
        {
            var m = member.Dto;
            if (!bodies.ContainsKey(m.BodyId))
            {
                throw member.Error($"Không có cơ quan '{m.BodyId}' trong nhóm '{dto.Id}'.", $"Unknown body '{m.BodyId}' in group '{dto.Id}'.", "bodyId");
            }

            members.Add(Guard(member, () => new BodyGroupMember(m.BodyId, m.Confidence, m.Note)));
        }

        return Guard(group, () => new BodyGroup(dto.Id, name, rule, members, dto.Source));
    }

    private static LocalizedText MapText<T>(Sourced<T> owner, LocalizedTextDto? text, string member)
        where T : JsonLocated
    {
        if (text is null) throw owner.Error($"{member} phải là một đối tượng có vi và en, không phải null.", $"{member} must be an object with vi and en, not null.", member);
        if (string.IsNullOrWhiteSpace(text.Vi)) throw owner.Error("Văn bản tiếng Việt không được để trống.", "The Vietnamese text must not be blank.", member + ".vi");
        if (string.IsNullOrWhiteSpace(text.En)) throw owner.Error("Văn bản tiếng Anh không được để trống.", "The English text must not be blank.", member + ".en");
        return new LocalizedText(text.Vi, text.En);
    }

    private static CommuneTerritory[] MapTerritories(CatalogEntries entries, Dictionary<string, Body> bodies)
    {
        var result = new List<CommuneTerritory>(entries.Territories.Count);
        var mainDistrict = new Dictionary<string, Sourced<TerritoryDto>>(StringComparer.Ordinal);
        foreach (var territory in entries.Territories.Values
                     .OrderBy(t => t.Dto.DistrictId, StringComparer.Ordinal)
                     .ThenBy(t => t.Dto.CommuneId, StringComparer.Ordinal))
        {
            var dto = territory.Dto;
            RequireKind(territory, bodies, dto.DistrictId, BodyKind.DistrictPeoplesCommittee, "districtId");
            RequireKind(territory, bodies, dto.CommuneId, BodyKind.CommunePeoplesCommittee, "communeId");
            if (!dto.TakesPartOnly)
            {
                if (mainDistrict.TryGetValue(dto.CommuneId, out var other))
                {
                    throw territory.Error(
                        $"Xã '{dto.CommuneId}' đã có huyện chính '{other.Dto.DistrictId}' ({other.FileName}, {Where(other.Dto).Vi}): "
                        + "hãy ghi takesPartOnly cho huyện mà xã chỉ nhận một phần nhỏ địa bàn.", $"Commune '{dto.CommuneId}' already has its main district '{other.Dto.DistrictId}' ({other.FileName}, {Where(other.Dto).En}): "
                        + "set takesPartOnly for the district it took only a minority of its territory from.",
                        "takesPartOnly");
                }

                mainDistrict.Add(dto.CommuneId, territory);
            }

            var former = dto.FormerCommunes ?? throw territory.Error("formerCommunes phải là một mảng, không phải null.", "formerCommunes must be an array, not null.", "formerCommunes");
            for (var i = 0; i < former.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(former[i])) throw territory.Error("Tên xã cũ không được để trống.", "A former commune's name must not be blank.", Index("formerCommunes", i));
            }

            result.Add(Guard(territory, () => new CommuneTerritory(dto.DistrictId, dto.CommuneId, dto.TakesPartOnly, dto.Confidence)
            {
                FormerCommunes = former,
                Source = dto.Source,
            }));
        }

        return [.. result];
    }

    private static void RequireKind<T>(Sourced<T> owner, Dictionary<string, Body> bodies, string id, BodyKind kind, string member)
        where T : JsonLocated
    {
        if (!bodies.TryGetValue(id, out var body))
        {
            throw owner.Error($"Không có cơ quan '{id}'.", $"Unknown body '{id}'.", member);
        }

        if (body.Kind != kind)
        {
            throw owner.Error($"Cơ quan '{id}' là {KindVi(body.Kind)} ({body.Kind}), không phải {KindVi(kind)} ({kind}).", $"Body '{id}' is a {body.Kind}, not a {kind}.", member);
        }
    }

    private static List<T> RequireList<TOwner, T>(Sourced<TOwner> owner, List<T>? list, string member)
        where TOwner : JsonLocated =>
        list ?? throw owner.Error($"{member} phải là một mảng, không phải null.", $"{member} must be an array, not null.", member);

    private static Sourced<T> Located<TOwner, T>(Sourced<TOwner> owner, T? dto, string member, int index)
        where TOwner : JsonLocated
        where T : JsonLocated =>
        dto is null
            ? throw owner.Error($"Mỗi phần tử của {member} phải là một đối tượng, không phải null.", $"An entry of {member} must be an object, not null.", Index(member, index))
            : new Sourced<T>(dto, owner.FileName);

    /// <summary>Entry <paramref name="index"/> of a list of bodies or groups: located, its id checked, refused when the file has the id twice.</summary>
    private static Sourced<T> WithUniqueId<T>(Sourced<CatalogFileDto> root, List<T> list, string member, int index, string kind, Func<T, string> idOf, Dictionary<string, T> seen)
        where T : JsonLocated
    {
        var entry = Located(root, list[index], member, index);
        var id = idOf(entry.Dto);
        RequireId(entry, id, "id");
        if (!seen.TryAdd(id, entry.Dto))
        {
            throw entry.Error($"Mã {(kind == "body" ? "cơ quan" : kind == "group" ? "nhóm" : kind)} '{id}' bị trùng (định nghĩa lần đầu ở {Where(seen[id]).Vi}).", $"Duplicate {kind} id '{id}' (first defined at {Where(seen[id]).En}).", "id");
        }

        return entry;
    }

    private static void RequireId<T>(Sourced<T> owner, string? id, string member)
        where T : JsonLocated
    {
        if (!CatalogIds.IsValid(id))
        {
            throw owner.Error($"'{id}' không phải là mã hợp lệ: chỉ dùng chữ cái ASCII viết thường, chữ số và '-'.", $"'{id}' is not a valid id: use lower-case ASCII letters, digits and '-' only.", member);
        }
    }

    /// <summary>Runs a constructor that validates its arguments, reporting its objection at the entry's location.</summary>
    private static TResult Guard<T, TResult>(Sourced<T> at, Func<TResult> create)
        where T : JsonLocated
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var reason = PlanRulesInputException.Refused(e);
            throw at.Error(reason.Vi, reason.En);
        }
    }

    private static string Index(string member, int i) => string.Create(CultureInfo.InvariantCulture, $"{member}[{i}]");

    private static LocalizedText Where(JsonLocated dto) =>
        dto.Location.Line == 0
            ? new("$." + dto.Location.Path, "$." + dto.Location.Path)
            : new(
                string.Create(CultureInfo.InvariantCulture, $"dòng {dto.Location.Line}"),
                string.Create(CultureInfo.InvariantCulture, $"line {dto.Location.Line}"));

    private static LocalizedText Lifetime(Body body) =>
        (body.EstablishedOn, body.DissolvedOn) switch
        {
            (null, null) => new("ở mọi thời điểm", "at all dates"),
            ({ } from, null) => new($"từ {CatalogIds.Iso(from)}", $"from {CatalogIds.Iso(from)}"),
            (null, { } to) => new($"đến trước {CatalogIds.Iso(to)}", $"until {CatalogIds.Iso(to)} (exclusive)"),
            ({ } from, { } to) => new($"từ {CatalogIds.Iso(from)} đến trước {CatalogIds.Iso(to)}", $"from {CatalogIds.Iso(from)} until {CatalogIds.Iso(to)} (exclusive)"),
        };

    private static string KindVi(BodyKind kind) => kind switch
    {
        BodyKind.ProvincialPeoplesCommittee => "UBND tỉnh",
        BodyKind.ProvincialDepartment => "sở, ban, ngành tỉnh",
        BodyKind.ProvincialAssociation => "hội, đoàn thể cấp tỉnh",
        BodyKind.DistrictPeoplesCommittee => "UBND cấp huyện",
        BodyKind.CommunePeoplesCommittee => "UBND cấp xã",
        _ => kind.ToString(),
    };
}
