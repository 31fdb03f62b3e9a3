namespace LaiChau.PlanRules.Evidence;

/// <summary>How a report was sent (Decree 09/2019/NĐ-CP: paper or electronic; by hand, post, fax, e-mail, software).
/// Recorded for the record only: the means is never a violation.</summary>
public enum DeliveryMeans
{
    /// <summary>Paper, by hand.</summary>
    Hand,

    /// <summary>Paper, by post.</summary>
    Post,

    /// <summary>Fax.</summary>
    Fax,

    /// <summary>E-mail.</summary>
    Email,

    /// <summary>The document-management or reporting software.</summary>
    Software,

    /// <summary>Any other means.</summary>
    Other,
}
