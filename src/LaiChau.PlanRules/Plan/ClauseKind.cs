namespace LaiChau.PlanRules.Plan;

/// <summary>
/// What a <see cref="Clause"/> is. The first seven kinds are the body of the plan (its <see cref="PlanDocument.Clauses"/>
/// tree); the last four are the closing parts, reachable by path (<c>NN</c>, <c>NN.3</c>, <c>LUU</c>, <c>KY</c>) but not part
/// of that tree. See <c>docs/clause-paths.md</c>.
/// </summary>
public enum ClauseKind
{
    /// <summary>The preamble (<c>CC</c>): the "Căn cứ" paragraphs and the enacting sentence, as paragraphs <c>CC.p1</c>, <c>CC.p2</c>, ….</summary>
    Preamble = 0,

    /// <summary>A section numbered with a Roman numeral (<c>I</c>, <c>II</c>, <c>III</c>), with its heading.</summary>
    Section = 1,

    /// <summary>A numbered item (<c>1.</c>, <c>1.1.</c>) or lettered item (<c>a)</c>), with a heading or running text (<c>II.1.3</c>, <c>III.1</c>).</summary>
    Item = 2,

    /// <summary>An unnumbered paragraph, numbered in the path by its position (<c>II.1.1.p2</c>).</summary>
    Paragraph = 3,

    /// <summary>
    /// One duty within a clause's text (<c>III.1.d4</c>): its <see cref="Clause.Text"/> is the exact span of the parent's
    /// text that states it. Duties are what obligation templates cite.
    /// </summary>
    Duty = 4,

    /// <summary>
    /// The appendix of specific tasks (<c>II.2.PL</c>): its text is the span of the parent's text that refers to it; its
    /// children are the appendix tasks once an appendix is attached.
    /// </summary>
    Appendix = 5,

    /// <summary>One task of the appendix (<c>II.2.PL.&lt;taskId&gt;</c>); its text is the task's title.</summary>
    AppendixTask = 6,

    /// <summary>The "Nơi nhận" list (<c>NN</c>); its children are the recipients.</summary>
    RecipientList = 7,

    /// <summary>One line of the "Nơi nhận" list (<c>NN.1</c>, <c>NN.2</c>, …).</summary>
    Recipient = 8,

    /// <summary>The archive line "Lưu: …" (<c>LUU</c>), which is not a recipient.</summary>
    Archive = 9,

    /// <summary>The signature block (<c>KY</c>): authority, position and signer, one per line.</summary>
    Signature = 10,
}
