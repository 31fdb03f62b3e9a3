namespace LaiChau.PlanRules.Obligations;

/// <summary>The ids of the catalog groups the plan's duties name.</summary>
internal static class GroupIds
{
    /// <summary>Các sở, ban, ngành tỉnh.</summary>
    public const string Departments = "provincial-departments";

    /// <summary>Các tổ chức Hội cấp tỉnh được Đảng, Nhà nước giao nhiệm vụ.</summary>
    public const string Associations = "provincial-associations";

    /// <summary>UBND huyện, thành phố (abolished 01/7/2025).</summary>
    public const string Districts = "district-committees";

    /// <summary>UBND các xã, phường (from 01/7/2025).</summary>
    public const string Communes = "commune-committees";
}
