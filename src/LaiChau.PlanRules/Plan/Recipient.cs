namespace LaiChau.PlanRules.Plan;

/// <summary>
/// One line of the plan's "Nơi nhận" list: whom the signed plan is sent to. Being a recipient is not being obligated
/// (the obligations come from the "Tổ chức thực hiện" clauses): the provincial radio-TV station is a recipient with no
/// duty, the provincial associations have duties but are not recipients. The archive line "Lưu: …" is not a
/// recipient (<see cref="ArchiveLine"/>).
/// </summary>
/// <param name="Text">The recipient as written, without the list dash, the purpose and the closing ";": <c>Văn phòng Chính phủ</c>.</param>
/// <param name="BodyId">The id of the one body it names (such as <c>van-phong-chinh-phu</c>), or null.</param>
/// <param name="GroupId">The id of the group of bodies it names (such as <c>provincial-departments</c>), or null; not both.</param>
/// <param name="Purpose">The purpose written in brackets after it, such as <c>để b/c</c> (for reporting), or null.</param>
public sealed record Recipient(string Text, string? BodyId, string? GroupId, string? Purpose)
{
    /// <summary>The recipient as written, such as <c>Đài Phát thanh - Truyền hình tỉnh</c>.</summary>
    public string Text { get; } = PlanText.Required(Text, nameof(Text));

    /// <summary>The id of the body it names, or null.</summary>
    public string? BodyId { get; } = PlanText.OptionalId(BodyId, nameof(BodyId));

    /// <summary>The id of the group it names, or null; never set together with <see cref="BodyId"/>.</summary>
    public string? GroupId { get; } = BodyId is not null && GroupId is not null
        ? throw LocalizedArgument.Create(
            $"Nơi nhận '{Text}' nêu một cơ quan ('{BodyId}') hoặc một nhóm ('{GroupId}'), không nêu cả hai.",
            $"The recipient '{Text}' names a body ('{BodyId}') or a group ('{GroupId}'), not both.",
            nameof(GroupId))
        : PlanText.OptionalId(GroupId, nameof(GroupId));

    /// <summary>The purpose in brackets, such as <c>để b/c</c>, or null.</summary>
    public string? Purpose { get; } = PlanText.Optional(Purpose, nameof(Purpose));

    /// <summary>The line as the plan writes it, without the list dash and the closing ";": <c>Văn phòng Chính phủ (để b/c)</c>.</summary>
    /// <returns>The text and, when there is one, the purpose in brackets.</returns>
    public override string ToString() => Purpose is null ? Text : $"{Text} ({Purpose})";
}
