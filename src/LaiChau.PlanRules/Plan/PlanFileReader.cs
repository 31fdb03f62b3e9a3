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
    public static string? DocumentNumberProblem(string number, string kindCode) => LocalizedDocumentNumberProblem(number, kindCode)?.En;

    /// <summary>Like <see cref="DocumentNumberProblem"/>, in Vietnamese and English.</summary>
    internal static LocalizedText? LocalizedDocumentNumberProblem(string number, string kindCode) =>
        NumberPattern().Match(number) is { Success: true } m && m.Groups["kind"].Value == kindCode
            ? null
            : new(
                $"'{number}' không phải là số hiệu của văn bản loại {kindCode}: hãy ghi như trên văn bản, ví dụ '152/{kindCode}-UBND'.",
                $"'{number}' is not a number of a {kindCode} document: write it as on the document, such as '152/{kindCode}-UBND'.");

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

        public PlanRulesInputException Error(string vi, string en, JsonLocated at, string? member = null)
        {
            var reason = new LocalizedText(vi, en);
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
                throw Error(
                    string.Create(CultureInfo.InvariantCulture, $"Trường 'schemaVersion' là bắt buộc; thư viện này đọc phiên bản {PlanFileReader.SchemaVersion}."),
                    string.Create(CultureInfo.InvariantCulture,
                    $"The field 'schemaVersion' is required; this library reads version {PlanFileReader.SchemaVersion}."), at, "schemaVersion");
            }

            if (version != PlanFileReader.SchemaVersion)
            {
                throw Error(
                    string.Create(CultureInfo.InvariantCulture, $"Không hỗ trợ phiên bản lược đồ {version}; thư viện này đọc phiên bản {PlanFileReader.SchemaVersion}."),
                    string.Create(CultureInfo.InvariantCulture,
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
                throw Error($"Mã loại văn bản '{kindCode}' không phải là mã loại văn bản như 'KH' (chỉ gồm chữ cái).", $"The kind code '{kindCode}' is not a document type code such as 'KH' (letters only).", dto, "kindCode");
            }

            var number = Optional(dto.Number, dto, "number");
            if (number is not null && LocalizedDocumentNumberProblem(number, kindCode) is { } numberProblem)
            {
                throw Error(numberProblem.Vi, numberProblem.En, dto, "number");
            }

            if (dto.DraftYear is < 1000 or > 9999)
            {
                throw Error(
                    string.Create(CultureInfo.InvariantCulture, $"Năm dự thảo {dto.DraftYear} không phải là năm có bốn chữ số."),
                    string.Create(CultureInfo.InvariantCulture, $"The draft year {dto.DraftYear} is not a four-digit year."), dto, "draftYear");
            }

            var legalBases = List(dto.LegalBases, dto, "legalBases", required: true)
                .Select(e => Reference(e.Item, e.At)).ToList();
            Unique(legalBases.Select(r => r.Number), dto.LegalBases!, new("số hiệu căn cứ pháp lý", "legal basis number"));

            var clauses = Clauses(List(dto.Clauses, dto, "clauses", required: true), parent: null);
            if (clauses.Count == 0) throw Error("Kế hoạch phải có ít nhất một điều khoản.", "A plan has at least one clause.", dto, "clauses");

            var referenced = ReferencedDocuments(dto, legalBases);
            var recipients = List(dto.Recipients, dto, "recipients", required: true).Select(e => Recipient(e.Item)).ToList();
            var archive = Archive(dto.Archive ?? throw Error("Trường 'archive' (dòng \"Lưu:\") là bắt buộc.", "The field 'archive' (the \"Lưu:\" line) is required.", dto, "archive"));
            var templates = List(dto.ObligationTemplates, dto, "obligationTemplates", required: true).Select(e => Template(e.Item)).ToList();
            Unique(templates.Select(t => t.Id), dto.ObligationTemplates!, new("mã mẫu nghĩa vụ", "template id"));

            var appendixDto = dto.Appendix ?? throw Error("Trường 'appendix' là bắt buộc (ghi isPublished là false khi chưa có phụ lục của kế hoạch).", "The field 'appendix' is required (isPublished false when the plan's appendix is not available).", dto, "appendix");
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
            var isPublished = dto.IsPublished ?? throw Error("Trường 'isPublished' là bắt buộc.", "The field 'isPublished' is required.", dto, "isPublished");
            var pathText = Optional(dto.ClausePath, dto, "clausePath") ?? PlanAppendix.DefaultClausePath;
            var pathProblem = ClausePath.LocalizedProblem(pathText, out var path);
            if (pathProblem is not null) throw Error($"'{pathText}' không phải là đường dẫn điều khoản: {pathProblem.Vi}", $"'{pathText}' is not a clause path: {pathProblem.En}", dto, "clausePath");
            if (path.Kind != ClauseKind.Appendix)
            {
                throw Error($"'{pathText}' không phải là đường dẫn của phụ lục: đường dẫn phải kết thúc bằng '.PL', ví dụ 'II.2.PL'.", $"'{pathText}' is not the path of an appendix: it must end in '.PL', such as 'II.2.PL'.", dto, "clausePath");
            }

            var tasks = new List<AppendixTask>();
            foreach (var (task, _) in List(dto.Tasks, dto, "tasks", required: false))
            {
                tasks.Add(Task(pathText, task));
            }

            if (!isPublished && tasks.Count > 0)
            {
                throw Error("Phụ lục chưa được công bố thì không có nhiệm vụ; hãy ghi isPublished là true hoặc bỏ các nhiệm vụ.", "An appendix that is not published has no tasks; set isPublished to true or remove the tasks.", dto, "tasks");
            }

            Unique(tasks.Select(t => t.Id), dto.Tasks ?? [], new("mã nhiệm vụ", "task id"));
            var note = dto.Note is null ? DefaultAppendixNote(isPublished) : Text(dto.Note);
            return new PlanAppendix(isPublished, pathText, note, tasks.AsReadOnly());
        }

        private AppendixTask Task(string appendixPath, AppendixTaskDto dto)
        {
            var id = Required(dto.Id, dto, "id");
            if (!PlanText.IsTaskId(id))
            {
                throw Error(
                    string.Create(CultureInfo.InvariantCulture, $"Mã nhiệm vụ '{id}' phải gồm 1 đến {PlanText.MaxTaskIdLength} ký tự A–Z, a–z, 0–9, '_' và '-' (mã nhiệm vụ là một đoạn của đường dẫn: không có dấu chấm hay khoảng trắng)."),
                    string.Create(CultureInfo.InvariantCulture, $"The task id '{id}' is not 1 to {PlanText.MaxTaskIdLength} of A–Z, a–z, 0–9, '_' and '-' (a task id is a path segment: no dots or spaces)."), dto, "id");
            }

            var lead = Id(dto.Lead, dto, "lead");
            var coordinating = Ids(dto.Coordinating, dto, "coordinating");
            if (coordinating.Contains(lead, StringComparer.Ordinal))
            {
                throw Error($"Cơ quan chủ trì '{lead}' cũng được ghi là cơ quan phối hợp.", $"The lead '{lead}' is also listed as coordinating.", dto, "coordinating");
            }

            var timingText = Required(dto.Timing, dto, "timing");
            TaskTiming timing;
            try
            {
                timing = TaskTiming.Parse(timingText);
            }
            catch (TaskTimingFormatException e)
            {
                throw Error(e.MessageVi, e.Message, dto, "timing");
            }

            var parent = Optional(dto.ParentClause, dto, "parentClause");
            if (parent is not null)
            {
                var problem = ClausePath.LocalizedProblem(parent, out var parentPath);
                if (problem is not null) throw Error($"'{parent}' không phải là đường dẫn điều khoản: {problem.Vi}", $"'{parent}' is not a clause path: {problem.En}", dto, "parentClause");
                if (!IsBodyParent(parentPath.Kind))
                {
                    throw Error($"Điều khoản cha '{parent}' là {KindVi(parentPath.Kind)}; nhiệm vụ thực hiện một mục, khoản, điểm, đoạn hoặc nhiệm vụ (duty).", $"The parent clause '{parent}' is a {parentPath.Kind}; a task carries out a section, item, paragraph or duty.", dto, "parentClause");
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
                throw Error($"Kế hoạch không có điều khoản phụ lục tại '{appendix.ClausePath}': hãy thêm một điều khoản loại 'appendix' ở đó, hoặc ghi appendix.clausePath.", $"The plan has no appendix clause at '{appendix.ClausePath}': add a clause of kind 'appendix' there, or set appendix.clausePath.", dto, "clausePath");
            }

            var others = _clauses.Values.Where(c => c.Clause.Kind == ClauseKind.Appendix && c.Clause.Path != appendix.ClausePath).ToList();
            if (others.Count > 0)
            {
                throw Error($"Kế hoạch có điều khoản phụ lục thứ hai '{others[0].Clause.Path}'; một kế hoạch chỉ có một phụ lục, tại '{target.Clause.Path}'.", $"The plan has a second appendix clause '{others[0].Clause.Path}'; a plan has one appendix, at '{target.Clause.Path}'.", others[0].At);
            }

            var tasks = dto.Tasks ?? [];
            for (var i = 0; i < appendix.Tasks.Count; i++)
            {
                var parent = appendix.Tasks[i].ParentClause;
                if (parent is not null && !_clauses.ContainsKey(parent))
                {
                    throw Error($"Điều khoản cha '{parent}' của nhiệm vụ '{appendix.Tasks[i].Id}' không phải là điều khoản của kế hoạch.", $"The parent clause '{parent}' of task '{appendix.Tasks[i].Id}' is not a clause of the plan.", tasks[i]!, "parentClause");
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
                var problem = ClausePath.LocalizedProblem(pathText, out var path);
                if (problem is not null) throw Error($"'{pathText}' không phải là đường dẫn điều khoản: {problem.Vi}", $"'{pathText}' is not a clause path: {problem.En}", dto, "path");
                if (_clauses.TryGetValue(pathText, out var first))
                {
                    throw Error(
                        string.Create(CultureInfo.InvariantCulture, $"Đường dẫn điều khoản '{pathText}' bị dùng hai lần (lần đầu ở dòng {first.At.Location.Line})."),
                        string.Create(CultureInfo.InvariantCulture,
                        $"The clause path '{pathText}' is used twice (first at line {first.At.Location.Line})."), dto, "path");
                }

                var kind = dto.Kind ?? throw Error($"Trường 'kind' của điều khoản '{pathText}' là bắt buộc.", $"The field 'kind' of clause '{pathText}' is required.", dto, "kind");
                if (!FileKinds.Contains(kind))
                {
                    throw Error(
                        kind == ClauseKind.AppendixTask
                            ? "Nhiệm vụ của phụ lục được liệt kê trong 'appendix.tasks', không phải trong 'clauses'."
                            : $"Điều khoản loại '{kind}' không ghi trong 'clauses': nơi nhận, dòng lưu và chữ ký có trường riêng.",
                        kind == ClauseKind.AppendixTask
                        ? "Appendix tasks are listed in 'appendix.tasks', not as clauses."
                        : $"A clause of kind '{kind}' is not written in 'clauses': recipients, the archive line and the signature have their own fields.", dto, "kind");
                }

                if (path.Kind != kind)
                {
                    throw Error($"Điều khoản '{pathText}' có loại '{Camel(kind)}' ({KindVi(kind)}) nhưng đường dẫn của nó chỉ một {KindVi(path.Kind)} ('{Camel(path.Kind)}').", $"The clause '{pathText}' has kind '{Camel(kind)}' but its path names a {Camel(path.Kind)}.", dto, "kind");
                }

                var actualParent = path.Parent?.ToString();
                if (actualParent != parentPath)
                {
                    throw Error(
                        parentPath is null
                            ? $"Điều khoản '{pathText}' được ghi ở cấp cao nhất, nơi chỉ có phần căn cứ CC và các mục (I, II, …)."
                            : $"Điều khoản '{pathText}' được ghi dưới '{parentPath}'; đường dẫn của nó phải là '{parentPath}.' thêm một đoạn.",
                        parentPath is null
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
                    throw Error($"Đây là {(kind == ClauseKind.Paragraph ? "đoạn" : "nhiệm vụ (duty)")} thứ {expected[1..]} của '{parentPath}', nên đường dẫn là '{parentPath}.{expected}', không phải '{pathText}'.", $"This is {(kind == ClauseKind.Paragraph ? "paragraph" : "duty")} {expected[1..]} of '{parentPath}', so its path is '{parentPath}.{expected}', not '{pathText}'.", dto, "path");
                }

                var number = Optional(dto.Number, dto, "number");
                var heading = Optional(dto.Heading, dto, "heading");
                var text = Optional(dto.Text, dto, "text");
                CheckNumber(kind, number, last, parent, dto);
                CheckWords(kind, heading, text, dto);

                var childItems = List(dto.Children, dto, "children", required: false);
                if (childItems.Count > 0 && kind is ClauseKind.Duty or ClauseKind.Appendix)
                {
                    throw Error(
                        kind == ClauseKind.Appendix
                            ? "Điều khoản phụ lục không có phần con trong tệp: các nhiệm vụ của nó được liệt kê trong 'appendix.tasks'."
                            : "Một nhiệm vụ (duty) không có phần con.",
                        kind == ClauseKind.Appendix
                        ? "The appendix clause has no children in the file: its tasks are listed in 'appendix.tasks'."
                        : "A duty has no parts.", dto, "children");
                }

                if (kind == ClauseKind.Preamble && childItems.Count == 0)
                {
                    throw Error("Phần căn cứ phải có ít nhất một đoạn (CC.p1).", "The preamble has at least one paragraph (CC.p1).", dto, "children");
                }

                var children = Clauses(childItems, (pathText, kind, number));
                var clause = new Clause(path, number, heading, text, children);
                _clauses[pathText] = (clause, dto);
                foreach (var (childDto, _) in childItems)
                {
                    var child = children.First(c => c.Path == childDto.Path);
                    if (Clause.IsSpan(child.Kind) && !clause.FullText.Contains(child.Text, StringComparison.Ordinal))
                    {
                        throw Error($"Nội dung của '{child.Path}' không có trong nội dung của '{clause.Path}': nội dung của một {KindVi(child.Kind)} là nguyên văn lời của điều khoản nêu nó.", $"The text of '{child.Path}' does not occur in the text of '{clause.Path}': a {Camel(child.Kind)}'s text is the exact words of the clause that states it.", childDto, "text");
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
                    if (number != segment) throw Error($"Mục '{segment}' phải có số '{segment}', như đường dẫn của nó.", $"The section '{segment}' must have the number '{segment}', as its path says.", dto, "number");
                    break;
                case ClauseKind.Item:
                    if (number is null) throw Error($"Khoản, điểm '{dto.Path}' cần có số như văn bản ghi, ví dụ '1', '1.2' hoặc 'a'.", $"The item '{dto.Path}' needs its number as written, such as '1', '1.2' or 'a'.", dto, "number");
                    var derived = number == "đ" ? "dd"
                        : parent?.Kind == ClauseKind.Item && parent.Value.Number is { } p && number.StartsWith(p + ".", StringComparison.Ordinal) ? number[(p.Length + 1)..]
                        : number;
                    if (derived != segment)
                    {
                        throw Error($"Khoản, điểm số '{number}' dưới '{parent?.Path}' phải có đường dẫn '{parent?.Path}.{derived}' (khoản, điểm được gọi theo số hoặc chữ cuối cùng; 'dd' thay cho 'đ').", $"The item numbered '{number}' under '{parent?.Path}' must have the path '{parent?.Path}.{derived}' (items are reached by their last number, or letter; 'dd' for 'đ').", dto, "path");
                    }

                    break;
                default:
                    if (number is not null) throw Error($"Một {KindVi(kind)} ('{Camel(kind)}') không có số.", $"A {Camel(kind)} has no number.", dto, "number");
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
                        throw Error("Phần căn cứ không có tiêu đề hay nội dung riêng: lời văn của nó là các đoạn (CC.p1, CC.p2, …).", "The preamble has no heading or text of its own: its words are its paragraphs (CC.p1, CC.p2, …).", dto, heading is not null ? "heading" : "text");
                    }

                    break;
                case ClauseKind.Section:
                    if (heading is null) throw Error("Mục cần có tiêu đề, ví dụ 'MỤC ĐÍCH, YÊU CẦU'.", "A section needs its heading, such as 'MỤC ĐÍCH, YÊU CẦU'.", dto, "heading");
                    if (text is not null) throw Error("Mục có tiêu đề, không có nội dung: hãy đưa lời văn vào các đoạn hoặc khoản, điểm.", "A section has a heading, not a text: put its words in paragraphs or items.", dto, "text");
                    break;
                case ClauseKind.Item:
                    if ((heading is null) == (text is null))
                    {
                        throw Error("Khoản, điểm có tiêu đề (lời văn nằm ở các phần con) hoặc nội dung (lời văn liền), đúng một trong hai.", "An item has either a heading (its words are in its parts) or a text (its running words), exactly one.", dto, heading is null ? "text" : "heading");
                    }

                    break;
                default:
                    if (heading is not null) throw Error($"Một {KindVi(kind)} ('{Camel(kind)}') có nội dung, không có tiêu đề.", $"A {Camel(kind)} has a text, not a heading.", dto, "heading");
                    if (text is null) throw Error($"Một {KindVi(kind)} ('{Camel(kind)}') cần có nội dung, ghi nguyên văn.", $"A {Camel(kind)} needs its text, verbatim.", dto, "text");
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
                    throw Error($"Văn bản được dẫn chiếu '{reference.Number}' khác với căn cứ pháp lý cùng số hiệu; hãy ghi cùng thông tin.", $"The referenced document '{reference.Number}' differs from the legal basis of the same number; give the same details.", item);
                }

                var paths = new List<string>();
                foreach (var (pathText, index) in (item.ClausePaths ?? []).Select((p, i) => (p, i)))
                {
                    var member = string.Create(CultureInfo.InvariantCulture, $"clausePaths[{index}]");
                    var path = Required(pathText, item, member);
                    if (!_clauses.TryGetValue(path, out var cited))
                    {
                        throw Error($"Điều khoản '{path}' nêu '{reference.Number}' không phải là điều khoản của kế hoạch.", $"The clause '{path}' that names '{reference.Number}' is not a clause of the plan.", item, member);
                    }

                    if (!cited.Clause.FullText.Contains(reference.Number, StringComparison.Ordinal))
                    {
                        throw Error($"Điều khoản '{path}' không nêu '{reference.Number}' trong nội dung.", $"The clause '{path}' does not name '{reference.Number}' in its text.", item, member);
                    }

                    paths.Add(path);
                }

                result.Add(Make(() => new ReferencedDocument(reference, paths), item));
            }

            Unique(result.Select(r => r.Reference.Number), dto.ReferencedDocuments ?? [], new("số hiệu văn bản được dẫn chiếu", "referenced document number"));
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
                var problem = ClausePath.LocalizedProblem(clausePath, out _);
                throw Error(
                    problem is null
                        ? $"Mẫu nghĩa vụ '{id}' dẫn chiếu điều khoản '{clausePath}', nhưng kế hoạch không có điều khoản này."
                        : $"Mẫu nghĩa vụ '{id}' dẫn chiếu '{clausePath}', nhưng đây không phải là đường dẫn điều khoản: {problem.Vi}",
                    problem is null
                    ? $"The template '{id}' cites the clause '{clausePath}', which the plan does not have."
                    : $"The template '{id}' cites '{clausePath}', which is not a clause path: {problem.En}", dto, "clausePath");
            }

            var kind = dto.Kind ?? throw Error($"Trường 'kind' của mẫu nghĩa vụ '{id}' là bắt buộc.", $"The field 'kind' of template '{id}' is required.", dto, "kind");
            var frequency = dto.Frequency ?? throw Error($"Trường 'frequency' của mẫu nghĩa vụ '{id}' là bắt buộc.", $"The field 'frequency' of template '{id}' is required.", dto, "frequency");
            var groups = Ids(dto.ObligatedGroupIds, dto, "obligatedGroupIds");
            var bodies = Ids(dto.ObligatedBodyIds, dto, "obligatedBodyIds");
            if (groups.Count == 0 && bodies.Count == 0)
            {
                throw Error($"Mẫu nghĩa vụ '{id}' không giao cho ai: hãy ghi obligatedGroupIds hoặc obligatedBodyIds.", $"The template '{id}' obligates no one: give obligatedGroupIds or obligatedBodyIds.", dto);
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
                    throw Error(e.MessageVi, e.Message, dto, "statedDeadline");
                }
            }

            var statedParts = StatedDeadlines(dto, id, frequency, stated);
            var isInferred = dto.IsInferred ?? false;
            var basis = Required(dto.Basis, dto, "basis");
            if (!isInferred && !Ancestry(cited.Clause.Path).Any(c => c.FullText.Contains(basis, StringComparison.Ordinal)))
            {
                throw Error($"Căn cứ của mẫu nghĩa vụ '{id}' không phải là trích dẫn của '{clausePath}' hoặc của điều khoản chứa nó: hãy trích nguyên văn lời của kế hoạch, hoặc ghi isInferred và nêu lập luận.", $"The basis of template '{id}' is not a quote of '{clausePath}' or of a clause that contains it: quote the plan's words verbatim, or set isInferred and give the reasoning.", dto, "basis");
            }

            var description = dto.Description is null
                ? throw Error($"Trường 'description' (vi, en) của mẫu nghĩa vụ '{id}' là bắt buộc.", $"The field 'description' (vi, en) of template '{id}' is required.", dto, "description")
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
                    throw Error(
                        string.Create(CultureInfo.InvariantCulture, $"Mẫu nghĩa vụ '{id}' có tần suất {FrequencyVi(frequency)}: hãy ghi các hạn trong 'statedDeadlines', mỗi phần của năm một hạn ({perYear}), ví dụ [\"trước ngày 15/6 hằng năm\", \"trước ngày 15/12 hằng năm\"]; một 'statedDeadline' không cho biết hạn đó dành cho phần nào."),
                        string.Create(CultureInfo.InvariantCulture,
                        $"The template '{id}' is {frequency}: give its deadlines in 'statedDeadlines', one per part of the year ({perYear}), such as [\"trước ngày 15/6 hằng năm\", \"trước ngày 15/12 hằng năm\"]; one 'statedDeadline' cannot say which part it is for."), dto, "statedDeadline");
                }

                return [];
            }

            if (perYear == 0)
            {
                throw Error($"Mẫu nghĩa vụ '{id}' có tần suất {FrequencyVi(frequency)}: 'statedDeadlines' dành cho mẫu 6 tháng và hằng quý; hãy dùng 'statedDeadline'.", $"The template '{id}' is {frequency}: 'statedDeadlines' is for half-yearly and quarterly templates; use 'statedDeadline'.", dto, "statedDeadlines");
            }

            if (stated is not null) throw Error($"Mẫu nghĩa vụ '{id}' ghi cả 'statedDeadline' và 'statedDeadlines': hãy giữ một.", $"The template '{id}' gives both 'statedDeadline' and 'statedDeadlines': keep one.", dto, "statedDeadline");
            if (dto.StatedDeadlines.Count != perYear)
            {
                throw Error(
                    string.Create(CultureInfo.InvariantCulture, $"Mẫu nghĩa vụ '{id}' ghi {dto.StatedDeadlines.Count} hạn; mẫu có tần suất {FrequencyVi(frequency)} ghi {perYear} hạn, mỗi phần của năm một hạn, theo thứ tự."),
                    string.Create(CultureInfo.InvariantCulture, $"The template '{id}' gives {dto.StatedDeadlines.Count} stated deadlines; a {frequency} template gives {perYear}, one per part of the year in order."), dto, "statedDeadlines");
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
                    throw Error(e.MessageVi, e.Message, dto, member);
                }

                if (timing.Kind is not (TimingKind.DayOfYear or TimingKind.BeforeDayOfYear))
                {
                    throw Error($"'{text}' không phải là một ngày của mỗi năm ('trước ngày 15/6 hằng năm', '15/6 hằng năm'): mỗi phần của năm cần một ngày như vậy.", $"'{text}' is not a day of every year ('trước ngày 15/6 hằng năm', '15/6 hằng năm'): a part of every year needs one.", dto, member);
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
            return problem is null ? value! : throw Error($"Trường '{member}' {PlanText.RequiredProblemVi(value)}.", $"The field '{member}' {problem}.", at, member);
        }

        private string? Optional(string? value, JsonLocated at, string member) => value is null ? null : Required(value, at, member);

        private string Id(string? value, JsonLocated at, string member)
        {
            var text = Required(value, at, member);
            return PlanText.IsId(text)
                ? text
                : throw Error($"'{text}' không phải là mã: hãy dùng chữ cái ASCII viết thường và chữ số, nối bằng một dấu gạch nối, ví dụ 'so-noi-vu'.", $"'{text}' is not an id: use lowercase ASCII letters and digits joined by single hyphens, such as 'so-noi-vu'.", at, member);
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
                    throw Error($"'{id}' được ghi hai lần.", $"'{id}' is listed twice.", at, string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]"));
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
                return required ? throw Error($"Trường '{member}' là bắt buộc (ghi danh sách rỗng [] khi không có).", $"The field '{member}' is required (an empty list [] when there is none).", at, member) : [];
            }

            var result = new List<(T, JsonLocated)>(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i] ?? throw Error("Một phần tử của danh sách có giá trị null.", "An entry of the list is null.", at, string.Create(CultureInfo.InvariantCulture, $"{member}[{i}]"));
                if (value is string s && PlanText.RequiredProblem(s) is { } problem)
                {
                    throw Error($"Một phần tử của danh sách {PlanText.RequiredProblemVi(s)}.", $"An entry of the list {problem}.", at, string.Create(CultureInfo.InvariantCulture, $"{member}[{i}]"));
                }

                result.Add((value, value as JsonLocated ?? at));
            }

            return result;
        }

        private void Unique<T>(IEnumerable<string> keys, List<T?> items, LocalizedText what)
            where T : class
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var key in keys)
            {
                if (!seen.Add(key))
                {
                    var vi = $"{char.ToUpperInvariant(what.Vi[0])}{what.Vi[1..]} '{key}' bị dùng hai lần.";
                    throw items[index] is JsonLocated at
                        ? Error(vi, $"The {what.En} '{key}' is used twice.", at)
                        : new PlanRulesInputException(new LocalizedText(vi, $"The {what.En} '{key}' is used twice."), fileName);
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
                var reason = PlanRulesInputException.Refused(e);
                throw Error(reason.Vi, reason.En, at);
            }
        }

        private static string FrequencyVi(ObligationFrequency frequency) => frequency switch
        {
            ObligationFrequency.HalfYearly => "6 tháng",
            ObligationFrequency.Quarterly => "hằng quý",
            ObligationFrequency.Annual => "hằng năm",
            ObligationFrequency.Once => "một lần",
            ObligationFrequency.Milestones => "theo mốc",
            _ => frequency.ToString(),
        };

        private static string KindVi(ClauseKind kind) => kind switch
        {
            ClauseKind.Preamble => "phần căn cứ",
            ClauseKind.Section => "mục",
            ClauseKind.Item => "khoản, điểm",
            ClauseKind.Paragraph => "đoạn",
            ClauseKind.Duty => "nhiệm vụ (duty)",
            ClauseKind.Appendix => "phụ lục",
            ClauseKind.AppendixTask => "nhiệm vụ của phụ lục",
            ClauseKind.RecipientList => "danh sách nơi nhận",
            ClauseKind.Recipient => "nơi nhận",
            ClauseKind.Archive => "dòng lưu",
            ClauseKind.Signature => "chữ ký",
            _ => Camel(kind),
        };

        private static string Camel(ClauseKind kind)
        {
            var name = kind.ToString();
            return char.ToLowerInvariant(name[0]) + name[1..];
        }
    }
}
