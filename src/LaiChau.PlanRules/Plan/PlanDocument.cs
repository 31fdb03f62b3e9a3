using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan;

/// <summary>
/// A provincial plan as data: its header, legal bases, clauses (each reachable by a path, <c>docs/clause-paths.md</c>),
/// recipients, signature, the duties the rules check (<see cref="ObligationTemplates"/>) and its appendix of tasks.
/// <see cref="LaiChau"/> is the Lai Châu plan implementing Resolution 107/NQ-CP, every clause verbatim from the source;
/// other plans of the same shape are read with <see cref="Load"/> (format: <c>docs/plan-file.md</c>). Immutable and
/// thread-safe; <see cref="WithSignature"/> and <see cref="WithAppendix"/> return changed copies.
/// </summary>
public sealed class PlanDocument
{
    private static readonly Lazy<PlanDocument> LaiChauPlan = new(LoadEmbedded);

    private readonly ReadOnlyCollection<Clause> _all;
    private readonly Dictionary<string, Clause> _index;

    internal PlanDocument(
        string id, string issuerBodyId, string issuerName, string kindCode, string kindName, string title,
        string? number, DateOnly? signedOn, int? draftYear, string place, string authority, string position, string signer,
        LocalizedText? note, IReadOnlyList<PlanDocumentReference> legalBases, IReadOnlyList<ReferencedDocument> referencedDocuments,
        IReadOnlyList<Clause> clauses, IReadOnlyList<Recipient> recipients, ArchiveLine archive,
        IReadOnlyList<ObligationTemplate> obligationTemplates, PlanAppendix appendix)
    {
        Id = id;
        IssuerBodyId = issuerBodyId;
        IssuerName = issuerName;
        KindCode = kindCode;
        KindName = kindName;
        Title = title;
        Number = number;
        SignedOn = signedOn;
        DraftYear = draftYear;
        Place = place;
        Authority = authority;
        Position = position;
        Signer = signer;
        Note = note;
        LegalBases = legalBases;
        ReferencedDocuments = referencedDocuments;
        Recipients = recipients;
        Archive = archive;
        ObligationTemplates = obligationTemplates;
        Appendix = appendix;
        Clauses = Attach(clauses, appendix);

        var all = new List<Clause>();
        foreach (var clause in Clauses)
        {
            AddSelfAndDescendants(clause, all);
        }

        all.AddRange(ClosingParts());
        _all = all.AsReadOnly();
        _index = new Dictionary<string, Clause>(all.Count, StringComparer.Ordinal);
        foreach (var clause in all)
        {
            if (!_index.TryAdd(clause.Path, clause))
            {
                throw LocalizedArgument.Create($"Kế hoạch '{id}' có hai điều khoản tại '{clause.Path}'.", $"The plan '{id}' has two clauses at '{clause.Path}'.", nameof(clauses));
            }
        }

        foreach (var task in appendix.Tasks)
        {
            if (task.ParentClause is { } parent
                && (!_index.TryGetValue(parent, out var p) || p.Kind is not (ClauseKind.Section or ClauseKind.Item or ClauseKind.Paragraph or ClauseKind.Duty)))
            {
                throw LocalizedArgument.Create(
                    $"Nhiệm vụ phụ lục '{task.Id}' thực hiện '{parent}', nhưng đây không phải là mục, khoản, điểm, đoạn hay nhiệm vụ (duty) nào của kế hoạch '{id}'.", $"The appendix task '{task.Id}' carries out '{parent}', which is not a section, item, paragraph or duty of the plan '{id}'.", nameof(appendix));
            }
        }
    }

    /// <summary>The Lai Châu plan implementing Resolution 107/NQ-CP (the draft, unnumbered and undated), read once from the library's embedded <c>Data/lai-chau-plan.json</c>.</summary>
    public static PlanDocument LaiChau => LaiChauPlan.Value;

    /// <summary>The plan's id, such as <c>lai-chau-kh-107-nq-cp-2024</c>.</summary>
    public string Id { get; }

    /// <summary>The issuer's body id, such as <c>ubnd-tinh</c>.</summary>
    public string IssuerBodyId { get; }

    /// <summary>The issuer's name, such as <c>Ủy ban nhân dân tỉnh Lai Châu</c>.</summary>
    public string IssuerName { get; }

    /// <summary>The document type code, <c>KH</c> (kế hoạch).</summary>
    public string KindCode { get; }

    /// <summary>The document type as written above the title, <c>KẾ HOẠCH</c> (addition to the model).</summary>
    public string KindName { get; }

    /// <summary>The title line under <see cref="KindName"/> as written: "Thực hiện Nghị quyết số 107/NQ-CP ngày 09/7/2024 …".</summary>
    public string Title { get; }

    /// <summary>The number, such as <c>152/KH-UBND</c>; null while the plan is a draft ("Số: /KH-UBND").</summary>
    public string? Number { get; }

    /// <summary>The date of signature; null while the plan is a draft ("ngày tháng năm 2024").</summary>
    public DateOnly? SignedOn { get; }

    /// <summary>The year the draft's date line shows (2024 from "ngày tháng năm 2024"), or null.</summary>
    public int? DraftYear { get; }

    /// <summary>True while <see cref="Number"/> or <see cref="SignedOn"/> is not known.</summary>
    public bool IsDraft => Number is null || SignedOn is null;

    /// <summary>The place in the date line, <c>Lai Châu</c>.</summary>
    public string Place { get; }

    /// <summary>The signing authority, <c>TM. ỦY BAN NHÂN DÂN</c> (on behalf of the committee).</summary>
    public string Authority { get; }

    /// <summary>The signer's position, <c>CHỦ TỊCH</c>.</summary>
    public string Position { get; }

    /// <summary>The signer, <c>Lê Văn Lương</c> in the draft.</summary>
    public string Signer { get; }

    /// <summary>A note on the data itself (its source, or that it is illustrative), or null (addition to the model).</summary>
    public LocalizedText? Note { get; }

    /// <summary>The documents of the "Căn cứ" paragraphs, in order.</summary>
    public IReadOnlyList<PlanDocumentReference> LegalBases { get; }

    /// <summary>The documents named in the clauses, each with the paths of the clauses that name it.</summary>
    public IReadOnlyList<ReferencedDocument> ReferencedDocuments { get; }

    /// <summary>The body's top-level clauses: the preamble <c>CC</c> and the sections (<c>I</c>, <c>II</c>, <c>III</c>).</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>The "Nơi nhận" list, in order (<c>NN.1</c>, <c>NN.2</c>, …); the archive line is not in it.</summary>
    public IReadOnlyList<Recipient> Recipients { get; }

    /// <summary>The archive line, <c>Lưu: VT, Th2</c>; not a recipient.</summary>
    public ArchiveLine Archive { get; }

    /// <summary>The duties the rules check, each citing its clause.</summary>
    public IReadOnlyList<ObligationTemplate> ObligationTemplates { get; }

    /// <summary>The appendix of specific tasks (for Lai Châu: not published, no tasks).</summary>
    public PlanAppendix Appendix { get; }

    /// <summary>Reads a plan file (<c>docs/plan-file.md</c>).</summary>
    /// <param name="json">The UTF-8 JSON stream.</param>
    /// <param name="fileName">The file or source name, used in error messages.</param>
    /// <param name="limits">The size and depth limits; <see cref="JsonInputLimits.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanRulesInputException">The file is not valid JSON or not a valid plan (an unknown field, a duplicate or malformed clause path, a template citing a missing clause, …); the message names the file, the JSON path and the line.</exception>
    public static PlanDocument Load(Stream json, string fileName, JsonInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        return PlanFileReader.ReadPlanFile(json, fileName, limits);
    }

    /// <summary>Writes the plan in the plan-file format, indented, so that <see cref="Load"/> reads the same plan back.</summary>
    /// <param name="writer">Where to write; not closed.</param>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        PlanFileWriter.Write(this, writer);
    }

    /// <summary>The clause at <paramref name="path"/>; its words are <see cref="Clause.Text"/>.</summary>
    /// <param name="path">A clause path, such as <c>III.1.d4</c>, <c>NN.7</c> or <c>II.2.PL.3</c>.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no clause at <paramref name="path"/> (or it is not a path); the message names it.</exception>
    public Clause Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (TryFind(path, out var clause)) return clause;
        var problem = ClausePath.Problem(path, out _);
        throw new KeyNotFoundException(problem is null
            ? $"The plan '{Id}' has no clause at '{path}'."
            : $"The plan '{Id}' has no clause at '{path}': it is not a clause path: {problem}");
    }

    /// <summary>Looks up the clause at <paramref name="path"/>.</summary>
    /// <param name="path">A clause path.</param>
    /// <param name="clause">The clause when this returns true.</param>
    /// <returns>True when the plan has a clause there.</returns>
    public bool TryFind(string path, [NotNullWhen(true)] out Clause? clause)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _index.TryGetValue(path, out clause);
    }

    /// <summary>
    /// Every clause in document order: the body depth-first (each clause before its parts: <c>CC</c>, <c>CC.p1</c>, …,
    /// <c>III.2.d3</c>, with appendix tasks under <c>II.2.PL</c>), then the closing parts <c>NN</c>, <c>NN.1</c>, …,
    /// <c>LUU</c>, <c>KY</c>.
    /// </summary>
    /// <returns>The clauses.</returns>
    public IEnumerable<Clause> Descendants() => _all;

    /// <summary>A copy with the signature details changed; a null argument keeps the current value.</summary>
    /// <param name="number">The number, such as <c>152/KH-UBND</c> (its type code must be <see cref="KindCode"/>).</param>
    /// <param name="signedOn">The date of signature.</param>
    /// <param name="authority">The signing authority, such as <c>TM. ỦY BAN NHÂN DÂN</c> or <c>KT. CHỦ TỊCH</c>.</param>
    /// <param name="position">The signer's position, such as <c>CHỦ TỊCH</c> or <c>PHÓ CHỦ TỊCH</c>.</param>
    /// <param name="signer">The signer's name.</param>
    /// <returns>The changed plan; <see cref="IsDraft"/> is false once both number and date are known.</returns>
    /// <exception cref="ArgumentException">A value is blank or has surrounding spaces, or the number is not a number of this kind of document.</exception>
    public PlanDocument WithSignature(string? number = null, DateOnly? signedOn = null, string? authority = null, string? position = null, string? signer = null)
    {
        if (number is not null)
        {
            number = PlanText.Required(number, nameof(number));
            if (PlanFileReader.LocalizedDocumentNumberProblem(number, KindCode) is { } problem)
            {
                throw LocalizedArgument.Create(problem.Vi, problem.En, nameof(number));
            }
        }

        return new PlanDocument(
            Id, IssuerBodyId, IssuerName, KindCode, KindName, Title,
            number ?? Number, signedOn ?? SignedOn, DraftYear, Place,
            PlanText.Optional(authority, nameof(authority)) ?? Authority,
            PlanText.Optional(position, nameof(position)) ?? Position,
            PlanText.Optional(signer, nameof(signer)) ?? Signer,
            Note, LegalBases, ReferencedDocuments, Clauses, Recipients, Archive, ObligationTemplates, Appendix);
    }

    /// <summary>A copy with another appendix, whose tasks become the clauses under its path (<c>II.2.PL.&lt;taskId&gt;</c>).</summary>
    /// <param name="appendix">The appendix, from <see cref="PlanAppendix.Load"/>.</param>
    /// <returns>The changed plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="appendix"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan has no appendix clause at <see cref="PlanAppendix.ClausePath"/>, or a task's parent clause is not a section, item, paragraph or duty of the plan.</exception>
    public PlanDocument WithAppendix(PlanAppendix appendix)
    {
        ArgumentNullException.ThrowIfNull(appendix);
        return new PlanDocument(
            Id, IssuerBodyId, IssuerName, KindCode, KindName, Title, Number, SignedOn, DraftYear, Place, Authority, Position, Signer,
            Note, LegalBases, ReferencedDocuments, Clauses, Recipients, Archive, ObligationTemplates, appendix);
    }

    /// <summary>The id and number, for diagnostics.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({Number ?? "dự thảo / draft"})";

    private static PlanDocument LoadEmbedded()
    {
        const string name = "LaiChau.PlanRules.Data.lai-chau-plan.json";
        using var stream = typeof(PlanDocument).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the library.");
        return Load(stream, "lai-chau-plan.json");
    }

    private static void AddSelfAndDescendants(Clause clause, List<Clause> all)
    {
        all.Add(clause);
        foreach (var child in clause.Children)
        {
            AddSelfAndDescendants(child, all);
        }
    }

    /// <summary>Replaces the children of the appendix clause with the appendix's tasks.</summary>
    private static ReadOnlyCollection<Clause> Attach(IReadOnlyList<Clause> clauses, PlanAppendix appendix)
    {
        var found = false;
        var result = clauses.Select(Replace).ToList().AsReadOnly();
        return found
            ? result
            : throw LocalizedArgument.Create($"Kế hoạch không có điều khoản phụ lục tại '{appendix.ClausePath}', nơi gắn phụ lục.", $"The plan has no appendix clause at '{appendix.ClausePath}', where the appendix attaches.", nameof(appendix));

        Clause Replace(Clause clause)
        {
            if (clause.Path == appendix.ClausePath && clause.Kind == ClauseKind.Appendix)
            {
                found = true;
                return clause.WithChildren(appendix.Tasks
                    .Select(t => new Clause(ClausePath.Parse(t.ClausePath), t.Id, null, t.Title, []))
                    .ToList().AsReadOnly());
            }

            return ClausePath.Parse(clause.Path).IsSelfOrAncestorOf(ClausePath.Parse(appendix.ClausePath))
                ? clause.WithChildren(clause.Children.Select(Replace).ToList().AsReadOnly())
                : clause;
        }
    }

    private IEnumerable<Clause> ClosingParts()
    {
        var recipients = Recipients
            .Select((r, i) => new Clause(ClausePath.Parse("NN." + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), null, null, r.ToString(), []))
            .ToList().AsReadOnly();
        var list = new Clause(ClausePath.Parse("NN"), null, null, "Nơi nhận", recipients);
        yield return list;
        foreach (var recipient in recipients) yield return recipient;
        yield return new Clause(ClausePath.Parse("LUU"), null, null, Archive.Text, []);
        yield return new Clause(ClausePath.Parse("KY"), null, null, $"{Authority}\n{Position}\n{Signer}", []);
    }
}
