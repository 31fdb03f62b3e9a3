using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan;

/// <summary>
/// Reads plan files and appendix files (docs/plan-file.md): parses them through <see cref="StrictJson"/>, checks
/// every rule the format states, and maps them to the public types. Every error is a
/// <see cref="PlanRulesInputException"/> naming the file, the JSON path and the line.
/// </summary>
internal static partial class PlanFileReader
{
    /// <summary>The one schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The kinds a clause of the file may have; the others are derived (tasks) or have their own fields.</summary>
    private static readonly ClauseKind[] FileKinds =
        [ClauseKind.Preamble, ClauseKind.Section, ClauseKind.Item, ClauseKind.Paragraph, ClauseKind.Duty, ClauseKind.Appendix];

    public static PlanDocument ReadPlanFile(Stream json, string fileName, JsonInputLimits? limits)
    {
        var dto = StrictJson.Read<PlanFileDto>(json, fileName, limits);
        return new Reader(fileName).Plan(dto);
    }

    public static PlanAppendix ReadAppendixFile(Stream json, string fileName, JsonInputLimits? limits)
    {
        var dto = StrictJson.Read<AppendixFileDto>(json, fileName, limits);
        var reader = new Reader(fileName);
        reader.SchemaVersion(dto.SchemaVersion, dto);
        return reader.Appendix(dto);
    }

    /// <summary>Why <paramref name="number"/> is not a number for a document of kind <paramref name="kindCode"/> ("152/KH-UBND"), or null.</summary>
    public static string? DocumentNumberProblem(string number, string kindCode) =>
        NumberPattern().Match(number) is { Success: true } m && m.Groups["kind"].Value == kindCode
            ? null
            : $"'{number}' is not a number of a {kindCode} document: write it as on the document, such as '152/{kindCode}-UBND'.";

    /// <summary>The note of an appendix file that gives none.</summary>
    public static LocalizedText DefaultAppendixNote(bool isPublished) => isPublished
        ? new LocalizedText("Phụ lục danh mục công việc kèm theo kế hoạch.", "The appendix listing the plan's specific tasks.")
        : new LocalizedText(
            "Kế hoạch có nhắc đến phụ lục danh mục công việc nhưng phụ lục chưa được công bố; chưa có nhiệm vụ cụ thể nào để theo dõi.",
            "The plan refers to an appendix of specific tasks that has not been published; there are no specific tasks to track.");

    [GeneratedRegex(@"^[0-9]{1,6}/(?<kind>[A-Za-zĐđ]+)-[A-Za-z0-9Đđ-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[A-Za-zĐđ]{1,6}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KindCodePattern();

    private sealed class Reader(string fileName)
    {
        private readonly Dictionary<string, (Clause Clause, JsonLocated At)> _clauses = new(StringComparer.Ordinal);

        public PlanRulesInputException Error(string reason, JsonLocated at, string? member = null)
        {
            var location = at.Location;
            var objectPath = location.Path;
            var path = member is null ? objectPath : objectPath.Length == 0 ? member : objectPath + "." + member;
            return location.Line == 0
                ? new PlanRulesInputException(reason, fileName, path)
                : new PlanRulesInputException(reason, fileName, path, location.Line, location.Column);
        }

        public void SchemaVersion(int? version, JsonLocated at)
        {
            if (version is null)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture,
                    $"The field 'schemaVersion' is required; this library reads version {PlanFileReader.SchemaVersion}."), at, "schemaVersion");
            }

            if (version != PlanFileReader.SchemaVersion)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture,
                    $"Schema version {version} is not supported; this library reads version {PlanFileReader.SchemaVersion}."), at, "schemaVersion");
            }
        }

        public PlanDocument Plan(PlanFileDto dto)
        {
            SchemaVersion(dto.SchemaVersion, dto);
            var id = Id(dto.Id, dto, "id");
            var kindCode = Required(dto.KindCode, dto, "kindCode");
            if (!KindCodePattern().IsMatch(kindCode))
            {
                throw Error($"The kind code '{kindCode}' is not a document type code such as 'KH' (letters only).", dto, "kindCode");
            }

            var number = Optional(dto.Number, dto, "number");
            if (number is not null && DocumentNumberProblem(number, kindCode) is { } numberProblem)
            {
                throw Error(numberProblem, dto, "number");
            }

            if (dto.DraftYear is < 1000 or > 9999)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"The draft year {dto.DraftYear} is not a four-digit year."), dto, "draftYear");
            }

            var legalBases = List(dto.LegalBases, dto, "legalBases", required: true)
                .Select(e => Reference(e.Item, e.At)).ToList();
            Unique(legalBases.Select(r => r.Number), dto.LegalBases!, "legal basis number");

            var clauses = Clauses(List(dto.Clauses, dto, "clauses", required: true), parent: null);
            if (clauses.Count == 0) throw Error("A plan has at least one clause.", dto, "clauses");

            var referenced = ReferencedDocuments(dto, legalBases);
            var recipients = List(dto.Recipients, dto, "recipients", required: true).Select(e => Recipient(e.Item)).ToList();
            var archive = Archive(dto.Archive ?? throw Error("The field 'archive' (the \"Lưu:\" line) is required.", dto, "archive"));
            var templates = List(dto.ObligationTemplates, dto, "obligationTemplates", required: true).Select(e => Template(e.Item)).ToList();
            Unique(templates.Select(t => t.Id), dto.ObligationTemplates!, "template id");

            var appendixDto = dto.Appendix ?? throw Error("The field 'appendix' is required (isPublished false when the plan's appendix is not available).", dto, "appendix");
            var appendix = Appendix(appendixDto);
            CheckAttachable(appendix, appendixDto);

            return new PlanDocument(
                id: id,
                issuerBodyId: Id(dto.IssuerBodyId, dto, "issuerBodyId"),
                issuerName: Required(dto.IssuerName, dto, "issuerName"),
                kindCode: kindCode,
                kindName: Required(dto.KindName, dto, "kindName"),
                title: Required(dto.Title, dto, "title"),
                number: number,
                signedOn: dto.SignedOn,
                draftYear: dto.DraftYear,
                place: Required(dto.Place, dto, "place"),
                authority: Required(dto.Authority, dto, "authority"),
                position: Required(dto.Position, dto, "position"),
                signer: Required(dto.Signer, dto, "signer"),
                note: dto.Note is null ? null : Text(dto.Note),
                legalBases: legalBases.AsReadOnly(),
                referencedDocuments: referenced.AsReadOnly(),
                clauses: clauses,
                recipients: recipients.AsReadOnly(),
                archive: archive,
                obligationTemplates: templates.AsReadOnly(),
                appendix: appendix);
        }

        public PlanAppendix Appendix(AppendixDto dto)
        {
            var isPublished = dto.IsPublished ?? throw Error("The field 'isPublished' is required.", dto, "isPublished");
            var pathText = Optional(dto.ClausePath, dto, "clausePath") ?? PlanAppendix.DefaultClausePath;
            var pathProblem = ClausePath.Problem(pathText, out var path);
            if (pathProblem is not null) throw Error($"'{pathText}' is not a clause path: {pathProblem}", dto, "clausePath");
            if (path.Kind != ClauseKind.Appendix)
            {
                throw Error($"'{pathText}' is not the path of an appendix: it must end in '.PL', such as 'II.2.PL'.", dto, "clausePath");
            }

            var tasks = new List<AppendixTask>();
            foreach (var (task, _) in List(dto.Tasks, dto, "tasks", required: false))
            {
                tasks.Add(Task(pathText, task));
            }

            if (!isPublished && tasks.Count > 0)
            {
                throw Error("An appendix that is not published has no tasks; set isPublished to true or remove the tasks.", dto, "tasks");
            }

            Unique(tasks.Select(t => t.Id), dto.Tasks ?? [], "task id");
            var note = dto.Note is null ? DefaultAppendixNote(isPublished) : Text(dto.Note);
            return new PlanAppendix(isPublished, pathText, note, tasks.AsReadOnly());
        }

        private AppendixTask Task(string appendixPath, AppendixTaskDto dto)
        {
            var id = Required(dto.Id, dto, "id");
            if (!PlanText.IsTaskId(id))
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"The task id '{id}' is not 1 to {PlanText.MaxTaskIdLength} of A–Z, a–z, 0–9, '_' and '-' (a task id is a path segment: no dots or spaces)."), dto, "id");
            }

            var lead = Id(dto.Lead, dto, "lead");
            var coordinating = Ids(dto.Coordinating, dto, "coordinating");
            if (coordinating.Contains(lead, StringComparer.Ordinal))
            {
                throw Error($"The lead '{lead}' is also listed as coordinating.", dto, "coordinating");
            }

            var timingText = Required(dto.Timing, dto, "timing");
            TaskTiming timing;
            try
            {
                timing = TaskTiming.Parse(timingText);
            }
            catch (TaskTimingFormatException e)
            {
                throw Error(e.Message, dto, "timing");
            }

            var parent = Optional(dto.ParentClause, dto, "parentClause");
            if (parent is not null)
            {
                var problem = ClausePath.Problem(parent, out var parentPath);
                if (problem is not null) throw Error($"'{parent}' is not a clause path: {problem}", dto, "parentClause");
                if (!IsBodyParent(parentPath.Kind))
                {
                    throw Error($"The parent clause '{parent}' is a {parentPath.Kind}; a task carries out a section, item, paragraph or duty.", dto, "parentClause");
                }
            }

            return new AppendixTask(appendixPath, id, Required(dto.Title, dto, "title"), lead, coordinating, timing,
                Optional(dto.Product, dto, "product"), parent);
        }

        private static bool IsBodyParent(ClauseKind kind) =>
            kind is ClauseKind.Section or ClauseKind.Item or ClauseKind.Paragraph or ClauseKind.Duty;

        private void CheckAttachable(PlanAppendix appendix, AppendixDto dto)
        {
            if (!_clauses.TryGetValue(appendix.ClausePath, out var target))
            {
                throw Error($"The plan has no appendix clause at '{appendix.ClausePath}': add a clause of kind 'appendix' there, or set appendix.clausePath.", dto, "clausePath");
            }

            var others = _clauses.Values.Where(c => c.Clause.Kind == ClauseKind.Appendix && c.Clause.Path != appendix.ClausePath).ToList();
            if (others.Count > 0)
            {
                throw Error($"The plan has a second appendix clause '{others[0].Clause.Path}'; a plan has one appendix, at '{target.Clause.Path}'.", others[0].At);
            }

            var tasks = dto.Tasks ?? [];
            for (var i = 0; i < appendix.Tasks.Count; i++)
            {
                var parent = appendix.Tasks[i].ParentClause;
                if (parent is not null && !_clauses.ContainsKey(parent))
                {
                    throw Error($"The parent clause '{parent}' of task '{appendix.Tasks[i].Id}' is not a clause of the plan.", tasks[i]!, "parentClause");
                }
            }
        }

        private IReadOnlyList<Clause> Clauses(List<(ClauseDto Item, JsonLocated At)> items, (string Path, ClauseKind Kind, string? Number)? parent)
        {
            var result = new List<Clause>(items.Count);
            var (paragraphs, duties) = (0, 0);
            var parentPath = parent?.Path;
            foreach (var (dto, _) in items)
            {
                var pathText = Required(dto.Path, dto, "path");
                var problem = ClausePath.Problem(pathText, out var path);
                if (problem is not null) throw Error($"'{pathText}' is not a clause path: {problem}", dto, "path");
                if (_clauses.TryGetValue(pathText, out var first))
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture,
                        $"The clause path '{pathText}' is used twice (first at line {first.At.Location.Line})."), dto, "path");
                }

                var kind = dto.Kind ?? throw Error($"The field 'kind' of clause '{pathText}' is required.", dto, "kind");
                if (!FileKinds.Contains(kind))
                {
                    throw Error(kind == ClauseKind.AppendixTask
                        ? "Appendix tasks are listed in 'appendix.tasks', not as clauses."
                        : $"A clause of kind '{kind}' is not written in 'clauses': recipients, the archive line and the signature have their own fields.", dto, "kind");
                }

                if (path.Kind != kind)
                {
                    throw Error($"The clause '{pathText}' has kind '{Camel(kind)}' but its path names a {Camel(path.Kind)}.", dto, "kind");
                }

                var actualParent = path.Parent?.ToString();
                if (actualParent != parentPath)
                {
                    throw Error(parentPath is null
                        ? $"The clause '{pathText}' is listed at the top level, where only the preamble CC and sections (I, II, …) stand."
                        : $"The clause '{pathText}' is listed under '{parentPath}'; its path must be '{parentPath}.' and one segment.", dto, "path");
                }

                var last = path.Segments[^1];
                var expected = kind switch
                {
                    ClauseKind.Paragraph => "p" + (++paragraphs).ToString(CultureInfo.InvariantCulture),
                    ClauseKind.Duty => "d" + (++duties).ToString(CultureInfo.InvariantCulture),
                    _ => last,
                };
                if (last != expected)
                {
                    throw Error($"This is {(kind == ClauseKind.Paragraph ? "paragraph" : "duty")} {expected[1..]} of '{parentPath}', so its path is '{parentPath}.{expected}', not '{pathText}'.", dto, "path");
                }

                var number = Optional(dto.Number, dto, "number");
                var heading = Optional(dto.Heading, dto, "heading");
                var text = Optional(dto.Text, dto, "text");
                CheckNumber(kind, number, last, parent, dto);
                CheckWords(kind, heading, text, dto);

                var childItems = List(dto.Children, dto, "children", required: false);
                if (childItems.Count > 0 && kind is ClauseKind.Duty or ClauseKind.Appendix)
                {
                    throw Error(kind == ClauseKind.Appendix
                        ? "The appendix clause has no children in the file: its tasks are listed in 'appendix.tasks'."
                        : "A duty has no parts.", dto, "children");
                }

                if (kind == ClauseKind.Preamble && childItems.Count == 0)
                {
                    throw Error("The preamble has at least one paragraph (CC.p1).", dto, "children");
                }

                var children = Clauses(childItems, (pathText, kind, number));
                var clause = new Clause(path, number, heading, text, children);
                _clauses[pathText] = (clause, dto);
                foreach (var (childDto, _) in childItems)
                {
                    var child = children.First(c => c.Path == childDto.Path);
                    if (Clause.IsSpan(child.Kind) && !clause.FullText.Contains(child.Text, StringComparison.Ordinal))
                    {
                        throw Error($"The text of '{child.Path}' does not occur in the text of '{clause.Path}': a {Camel(child.Kind)}'s text is the exact words of the clause that states it.", childDto, "text");
                    }
                }

                result.Add(clause);
            }

            return result.AsReadOnly();
        }

        private void CheckNumber(ClauseKind kind, string? number, string segment, (string Path, ClauseKind Kind, string? Number)? parent, ClauseDto dto)
        {
            switch (kind)
            {
                case ClauseKind.Section:
                    if (number != segment) throw Error($"The section '{segment}' must have the number '{segment}', as its path says.", dto, "number");
                    break;
                case ClauseKind.Item:
                    if (number is null) throw Error($"The item '{dto.Path}' needs its number as written, such as '1', '1.2' or 'a'.", dto, "number");
                    var derived = number == "đ" ? "dd"
                        : parent?.Kind == ClauseKind.Item && parent.Value.Number is { } p && number.StartsWith(p + ".", StringComparison.Ordinal) ? number[(p.Length + 1)..]
                        : number;
                    if (derived != segment)
                    {
                        throw Error($"The item numbered '{number}' under '{parent?.Path}' must have the path '{parent?.Path}.{derived}' (items are reached by their last number, or letter; 'dd' for 'đ').", dto, "path");
                    }

                    break;
                default:
                    if (number is not null) throw Error($"A {Camel(kind)} has no number.", dto, "number");
                    break;
            }
        }

        private void CheckWords(ClauseKind kind, string? heading, string? text, ClauseDto dto)
        {
            switch (kind)
            {
                case ClauseKind.Preamble:
                    if (heading is not null || text is not null)
                    {
                        throw Error("The preamble has no heading or text of its own: its words are its paragraphs (CC.p1, CC.p2, …).", dto, heading is not null ? "heading" : "text");
                    }

                    break;
                case ClauseKind.Section:
                    if (heading is null) throw Error("A section needs its heading, such as 'MỤC ĐÍCH, YÊU CẦU'.", dto, "heading");
                    if (text is not null) throw Error("A section has a heading, not a text: put its words in paragraphs or items.", dto, "text");
                    break;
                case ClauseKind.Item:
                    if ((heading is null) == (text is null))
                    {
                        throw Error("An item has either a heading (its words are in its parts) or a text (its running words), exactly one.", dto, heading is null ? "text" : "heading");
                    }

                    break;
                default:
                    if (heading is not null) throw Error($"A {Camel(kind)} has a text, not a heading.", dto, "heading");
                    if (text is null) throw Error($"A {Camel(kind)} needs its text, verbatim.", dto, "text");
                    break;
            }
        }

        private List<ReferencedDocument> ReferencedDocuments(PlanFileDto dto, List<PlanDocumentReference> legalBases)
        {
            var result = new List<ReferencedDocument>();
            foreach (var (item, _) in List(dto.ReferencedDocuments, dto, "referencedDocuments", required: false))
            {
                var reference = Reference(item, item);
                var basis = legalBases.FirstOrDefault(b => b.Number == reference.Number);
                if (basis is not null && basis != reference)
                {
                    throw Error($"The referenced document '{reference.Number}' differs from the legal basis of the same number; give the same details.", item);
                }

                var paths = new List<string>();
                foreach (var (pathText, index) in (item.ClausePaths ?? []).Select((p, i) => (p, i)))
                {
                    var member = string.Create(CultureInfo.InvariantCulture, $"clausePaths[{index}]");
                    var path = Required(pathText, item, member);
                    if (!_clauses.TryGetValue(path, out var cited))
                    {
                        throw Error($"The clause '{path}' that names '{reference.Number}' is not a clause of the plan.", item, member);
                    }

                    if (!cited.Clause.FullText.Contains(reference.Number, StringComparison.Ordinal))
                    {
                        throw Error($"The clause '{path}' does not name '{reference.Number}' in its text.", item, member);
                    }

                    paths.Add(path);
                }

                result.Add(Make(() => new ReferencedDocument(reference, paths), item));
            }

            Unique(result.Select(r => r.Reference.Number), dto.ReferencedDocuments ?? [], "referenced document number");
            return result;
        }

        private PlanDocumentReference Reference(DocumentReferenceDto dto, JsonLocated at)
        {
            Required(dto.Number, at, "number");
            Required(dto.KindName, at, "kindName");
            Required(dto.IssuerName, at, "issuerName");
            OptionalId(dto.IssuerBodyId, at, "issuerBodyId");
            Optional(dto.ShortName, at, "shortName");
            return Make(() => new PlanDocumentReference(dto.Number!, dto.KindName!, dto.IssuerName!, dto.Date, dto.ShortName, dto.IssuerBodyId), at);
        }

        private Recipient Recipient(RecipientDto dto)
        {
            Required(dto.Text, dto, "text");
            Optional(dto.Purpose, dto, "purpose");
            OptionalId(dto.BodyId, dto, "bodyId");
            OptionalId(dto.GroupId, dto, "groupId");
            return Make(() => new Recipient(dto.Text!, dto.BodyId, dto.GroupId, dto.Purpose), dto);
        }

        private ArchiveLine Archive(ArchiveDto dto)
        {
            var text = Required(dto.Text, dto, "text");
            var holders = List(dto.Holders, dto, "holders", required: true).Select(h => h.Item).ToList();
            return Make(() => new ArchiveLine(text, holders), dto);
        }

        private ObligationTemplate Template(ObligationTemplateDto dto)
        {
            var id = Id(dto.Id, dto, "id");
            var clausePath = Required(dto.ClausePath, dto, "clausePath");
            if (!_clauses.TryGetValue(clausePath, out var cited))
            {
                var problem = ClausePath.Problem(clausePath, out _);
                throw Error(problem is null
                    ? $"The template '{id}' cites the clause '{clausePath}', which the plan does not have."
                    : $"The template '{id}' cites '{clausePath}', which is not a clause path: {problem}", dto, "clausePath");
            }

            var kind = dto.Kind ?? throw Error($"The field 'kind' of template '{id}' is required.", dto, "kind");
            var frequency = dto.Frequency ?? throw Error($"The field 'frequency' of template '{id}' is required.", dto, "frequency");
            var groups = Ids(dto.ObligatedGroupIds, dto, "obligatedGroupIds");
            var bodies = Ids(dto.ObligatedBodyIds, dto, "obligatedBodyIds");
            if (groups.Count == 0 && bodies.Count == 0)
            {
                throw Error($"The template '{id}' obligates no one: give obligatedGroupIds or obligatedBodyIds.", dto);
            }

            ExpectedRoute? route = null;
            if (dto.Route is { } r)
            {
                Id(r.AddresseeBodyId, r, "addresseeBodyId");
                OptionalId(r.ViaBodyId, r, "viaBodyId");
                route = Make(() => new ExpectedRoute(r.AddresseeBodyId!, r.ViaBodyId), r);
            }

            var policy = OptionalId(dto.DeadlinePolicy, dto, "deadlinePolicy");
            TaskTiming? stated = null;
            if (Optional(dto.StatedDeadline, dto, "statedDeadline") is { } statedText)
            {
                try
                {
                    stated = TaskTiming.Parse(statedText);
                }
                catch (TaskTimingFormatException e)
                {
                    throw Error(e.Message, dto, "statedDeadline");
                }
            }

            var statedParts = StatedDeadlines(dto, id, frequency, stated);
            var isInferred = dto.IsInferred ?? false;
            var basis = Required(dto.Basis, dto, "basis");
            if (!isInferred && !Ancestry(cited.Clause.Path).Any(c => c.FullText.Contains(basis, StringComparison.Ordinal)))
            {
                throw Error($"The basis of template '{id}' is not a quote of '{clausePath}' or of a clause that contains it: quote the plan's words verbatim, or set isInferred and give the reasoning.", dto, "basis");
            }

            var description = dto.Description is null
                ? throw Error($"The field 'description' (vi, en) of template '{id}' is required.", dto, "description")
                : Text(dto.Description);
            return new ObligationTemplate(id, clausePath, kind, frequency, groups, bodies, route, policy, stated, isInferred, basis, description)
            {
                StatedDeadlines = statedParts,
            };
        }

        /// <summary>
        /// The stated deadlines of a half-yearly or quarterly template, one per part of the year in order, each a yearly form
        /// ("trước ngày 15/6 hằng năm"); none for other frequencies. A single <c>statedDeadline</c> cannot say which part it
        /// is for, so such a template refuses it.
        /// </summary>
        private IReadOnlyList<TaskTiming> StatedDeadlines(ObligationTemplateDto dto, string id, ObligationFrequency frequency, TaskTiming? stated)
        {
            var perYear = SubPeriod.Of(frequency).Count;
            if (dto.StatedDeadlines is null)
            {
                if (perYear > 0 && stated is not null)
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture,
                        $"The template '{id}' is {frequency}: give its deadlines in 'statedDeadlines', one per part of the year ({perYear}), such as [\"trước ngày 15/6 hằng năm\", \"trước ngày 15/12 hằng năm\"]; one 'statedDeadline' cannot say which part it is for."), dto, "statedDeadline");
                }

                return [];
            }

            if (perYear == 0)
            {
                throw Error($"The template '{id}' is {frequency}: 'statedDeadlines' is for half-yearly and quarterly templates; use 'statedDeadline'.", dto, "statedDeadlines");
            }

            if (stated is not null) throw Error($"The template '{id}' gives both 'statedDeadline' and 'statedDeadlines': keep one.", dto, "statedDeadline");
            if (dto.StatedDeadlines.Count != perYear)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"The template '{id}' gives {dto.StatedDeadlines.Count} stated deadlines; a {frequency} template gives {perYear}, one per part of the year in order."), dto, "statedDeadlines");
            }

            var result = new List<TaskTiming>();
            for (var i = 0; i < perYear; i++)
            {
                var member = string.Create(CultureInfo.InvariantCulture, $"statedDeadlines[{i}]");
                var text = Required(dto.StatedDeadlines[i], dto, member);
                TaskTiming timing;
                try
                {
                    timing = TaskTiming.Parse(text);
                }
                catch (TaskTimingFormatException e)
                {
                    throw Error(e.Message, dto, member);
                }

                if (timing.Kind is not (TimingKind.DayOfYear or TimingKind.BeforeDayOfYear))
                {
                    throw Error($"'{text}' is not a day of every year ('trước ngày 15/6 hằng năm', '15/6 hằng năm'): a part of every year needs one.", dto, member);
                }

                result.Add(timing);
            }

            return result;
        }

        private IEnumerable<Clause> Ancestry(string path)
        {
            for (ClausePath? p = ClausePath.Parse(path); p is not null; p = p.Value.Parent)
            {
                yield return _clauses[p.Value.ToString()].Clause;
            }
        }

        private LocalizedText Text(LocalizedTextDto dto) => new(Required(dto.Vi, dto, "vi"), Required(dto.En, dto, "en"));

        private string Required(string? value, JsonLocated at, string member)
        {
            var problem = PlanText.RequiredProblem(value);
            return problem is null ? value! : throw Error($"The field '{member}' {problem}.", at, member);
        }

        private string? Optional(string? value, JsonLocated at, string member) => value is null ? null : Required(value, at, member);

        private string Id(string? value, JsonLocated at, string member)
        {
            var text = Required(value, at, member);
            return PlanText.IsId(text)
                ? text
                : throw Error($"'{text}' is not an id: use lowercase ASCII letters and digits joined by single hyphens, such as 'so-noi-vu'.", at, member);
        }

        private string? OptionalId(string? value, JsonLocated at, string member) => value is null ? null : Id(value, at, member);

        private IReadOnlyList<string> Ids(List<string?>? values, JsonLocated at, string member)
        {
            var result = new List<string>();
            foreach (var (value, index) in (values ?? []).Select((v, i) => (v, i)))
            {
                var id = Id(value, at, string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]"));
                if (result.Contains(id, StringComparer.Ordinal))
                {
                    throw Error($"'{id}' is listed twice.", at, string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]"));
                }

                result.Add(id);
            }

            return result.AsReadOnly();
        }

        /// <summary>The entries of a list, each with where it stands; a null entry is an error.</summary>
        private List<(T Item, JsonLocated At)> List<T>(List<T?>? values, JsonLocated at, string member, bool required)
            where T : class
        {
            if (values is null)
            {
                return required ? throw Error($"The field '{member}' is required (an empty list [] when there is none).", at, member) : [];
            }

            var result = new List<(T, JsonLocated)>(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i] ?? throw Error("An entry of the list is null.", at, string.Create(CultureInfo.InvariantCulture, $"{member}[{i}]"));
                if (value is string s && PlanText.RequiredProblem(s) is { } problem)
                {
                    throw Error($"An entry of the list {problem}.", at, string.Create(CultureInfo.InvariantCulture, $"{member}[{i}]"));
                }

                result.Add((value, value as JsonLocated ?? at));
            }

            return result;
        }

        private void Unique<T>(IEnumerable<string> keys, List<T?> items, string what)
            where T : class
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var key in keys)
            {
                if (!seen.Add(key))
                {
                    throw items[index] is JsonLocated at
                        ? Error($"The {what} '{key}' is used twice.", at)
                        : new PlanRulesInputException($"The {what} '{key}' is used twice.", fileName);
                }

                index++;
            }
        }

        /// <summary>Builds a public value, turning its own validation failure into an input error at <paramref name="at"/>.</summary>
        private T Make<T>(Func<T> build, JsonLocated at)
        {
            try
            {
                return build();
            }
            catch (ArgumentException e)
            {
                var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
                throw Error(message, at);
            }
        }

        private static string Camel(ClauseKind kind)
        {
            var name = kind.ToString();
            return char.ToLowerInvariant(name[0]) + name[1..];
        }
    }
}
