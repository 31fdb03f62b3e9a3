namespace LaiChau.PlanRules.Bodies;

/// <summary>
/// What kind of body an entry of the <see cref="BodyCatalog"/> is. The kind describes the body;
/// whether it is obligated by a plan is decided by the <see cref="BodyGroup"/>s it belongs to,
/// never by its kind.
/// </summary>
public enum BodyKind
{
    /// <summary>The provincial People's Committee (Ủy ban nhân dân tỉnh), the plan's issuer.</summary>
    ProvincialPeoplesCommittee = 0,

    /// <summary>
    /// A department, board or agency under the provincial People's Committee ("sở, ban, ngành tỉnh"),
    /// including the Office of the People's Committee and the provincial Inspectorate.
    /// </summary>
    ProvincialDepartment = 1,

    /// <summary>A provincial association assigned tasks by the Party and the State ("hội đặc thù").</summary>
    ProvincialAssociation = 2,

    /// <summary>A district-level People's Committee (huyện, thành phố); the level ended on 01/7/2025.</summary>
    DistrictPeoplesCommittee = 3,

    /// <summary>A commune-level People's Committee (xã, phường).</summary>
    CommunePeoplesCommittee = 4,

    /// <summary>A Party body (Ban Chấp hành Trung ương, Bộ Chính trị, Tỉnh ủy, Ban cán sự đảng, ...).</summary>
    PartyBody = 5,

    /// <summary>A central State body (Chính phủ, Văn phòng Chính phủ, a ministry).</summary>
    CentralBody = 6,

    /// <summary>Any other body, for example a recipient of the plan that is not obligated by it.</summary>
    OtherRecipient = 7,
}
