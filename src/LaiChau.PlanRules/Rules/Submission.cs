namespace LaiChau.PlanRules.Rules;

/// <summary>
/// A piece of evidence that answers an obligation (a report, an implementation plan, a synthesis, a
/// review), reduced to what the rules judge. Part of the public fact model for host-written rules.
/// </summary>
public sealed class Submission
{
    internal Submission(
        string evidenceId,
        string senderBodyId,
        string? onBehalfOfBodyId,
        DateTimeOffset? instant,
        DateTimeOffset? receivedAt,
        DateOnly judgedOn,
        string? addressee,
        string? deliveredTo,
        string? replaces,
        IReadOnlyCollection<string> taskIds,
        string? documentNumber,
        DateOnly? documentDate)
    {
        EvidenceId = evidenceId;
        SenderBodyId = senderBodyId;
        OnBehalfOfBodyId = onBehalfOfBodyId;
        Instant = instant;
        ReceivedAt = receivedAt;
        JudgedOn = judgedOn;
        Addressee = addressee;
        DeliveredTo = deliveredTo;
        Replaces = replaces;
        TaskIds = taskIds;
        DocumentNumber = documentNumber;
        DocumentDate = documentDate;
    }

    /// <summary>The evidence id.</summary>
    public string EvidenceId { get; }

    /// <summary>The body that sent or issued it.</summary>
    public string SenderBodyId { get; }

    /// <summary>The body on whose behalf it was sent, if not the sender.</summary>
    public string? OnBehalfOfBodyId { get; }

    /// <summary>The instant judged (received, or sent when the policy says so and it is known); null for date-only evidence.</summary>
    public DateTimeOffset? Instant { get; }

    /// <summary>The instant it was received, when known; the first received decides timeliness and route.</summary>
    public DateTimeOffset? ReceivedAt { get; }

    /// <summary>The Vietnam local date judged against the due date.</summary>
    public DateOnly JudgedOn { get; }

    /// <summary>The addressee written on it ("Kính gửi").</summary>
    public string? Addressee { get; }

    /// <summary>The body it was delivered to.</summary>
    public string? DeliveredTo { get; }

    /// <summary>The evidence id it replaces, if any.</summary>
    public string? Replaces { get; }

    /// <summary>The appendix tasks it gives results for.</summary>
    public IReadOnlyCollection<string> TaskIds { get; }

    /// <summary>Its document number, if known.</summary>
    public string? DocumentNumber { get; }

    /// <summary>Its document date, if known.</summary>
    public DateOnly? DocumentDate { get; }

    /// <inheritdoc />
    public override string ToString() => EvidenceId;
}
