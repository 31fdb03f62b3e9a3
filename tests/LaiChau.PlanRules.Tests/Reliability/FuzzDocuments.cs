using LaiChau.PlanRules.Tests.Plan;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>The kinds of input file a host hands to the library.</summary>
internal enum FuzzDocumentKind
{
    /// <summary>An evidence file (EvidenceReader), then evaluated.</summary>
    Evidence,

    /// <summary>A plan file (PlanDocument.Load), then evaluated.</summary>
    Plan,

    /// <summary>A catalog file (BodyCatalog.Load), then queried.</summary>
    Catalog,

    /// <summary>Catalog overrides applied to the embedded Lai Châu catalog (BodyCatalog.WithOverrides), then evaluated.</summary>
    CatalogOverrides,

    /// <summary>A calendar file (CalendarOverrides.Load), then applied and queried.</summary>
    Calendar,

    /// <summary>An appendix file (PlanAppendix.Load), then attached to the Lai Châu plan and evaluated.</summary>
    Appendix,
}

/// <summary>
/// The valid documents the malformed-input generator starts from: small, so ten thousand cases run in seconds,
/// and rich enough that every part of each format (dates, ids, enums, nested lists, successions) can be broken.
/// The catalog and appendix are illustrative, written for these tests.
/// </summary>
internal static class FuzzDocuments
{
    /// <summary>A small catalog: a renamed department, two merged ones (so a successor cycle can be made), a district, a commune, a group, a territory.</summary>
    public const string Catalog = """
        {
          "schemaVersion": 1,
          "description": "Danh mục minh họa cho kiểm thử (không phải danh mục thật).",
          "bodies": [
            {
              "id": "so-tai-chinh",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Sở Tài chính", "en": "Department of Finance" } ],
              "aliases": [ "STC" ],
              "confidence": "confirmed"
            },
            {
              "id": "so-ke-hoach-dau-tu",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Sở Kế hoạch và Đầu tư", "en": "Department of Planning and Investment" } ],
              "dissolvedOn": "2025-03-01",
              "succession": { "kind": "absorbedInto", "effectiveOn": "2025-03-01", "successorIds": [ "so-tai-chinh" ], "primarySuccessorId": "so-tai-chinh", "confidence": "unconfirmed" },
              "confidence": "unconfirmed"
            },
            {
              "id": "so-nong-nghiep-moi-truong",
              "kind": "provincialDepartment",
              "names": [
                { "vi": "Sở Nông nghiệp và Phát triển nông thôn", "validUntil": "2025-03-01" },
                { "vi": "Sở Nông nghiệp và Môi trường", "validFrom": "2025-03-01" }
              ],
              "confidence": "confirmed"
            },
            {
              "id": "so-tai-nguyen-moi-truong",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Sở Tài nguyên và Môi trường" } ],
              "dissolvedOn": "2025-03-01",
              "succession": { "kind": "absorbedInto", "successorIds": [ "so-nong-nghiep-moi-truong" ], "confidence": "confirmed" },
              "confidence": "confirmed"
            },
            {
              "id": "ubnd-tam-duong",
              "kind": "districtPeoplesCommittee",
              "names": [ { "vi": "UBND huyện Tam Đường" } ],
              "gsoCode": "106",
              "dissolvedOn": "2025-07-01",
              "succession": { "kind": "abolished", "confidence": "confirmed" },
              "confidence": "confirmed"
            },
            {
              "id": "xa-binh-lu",
              "kind": "communePeoplesCommittee",
              "names": [ { "vi": "UBND xã Bình Lư" } ],
              "establishedOn": "2025-07-01",
              "confidence": "confirmed"
            }
          ],
          "groups": [
            {
              "id": "provincial-departments",
              "name": { "vi": "các sở, ban, ngành tỉnh", "en": "provincial departments" },
              "inclusionRule": { "vi": "Các sở của tỉnh.", "en": "The province's departments." },
              "members": [
                { "bodyId": "so-tai-chinh", "confidence": "confirmed" },
                { "bodyId": "so-ke-hoach-dau-tu", "confidence": "unconfirmed" },
                { "bodyId": "so-nong-nghiep-moi-truong", "confidence": "confirmed", "note": "minh họa" },
                { "bodyId": "so-tai-nguyen-moi-truong", "confidence": "confirmed" }
              ]
            }
          ],
          "territories": [
            { "districtId": "ubnd-tam-duong", "communeId": "xa-binh-lu", "confidence": "partial", "formerCommunes": [ "Bình Lư" ] }
          ]
        }
        """;

    /// <summary>Host corrections to the Lai Châu catalog (the example of docs/catalog-file.md).</summary>
    public const string CatalogOverrides = """
        {
          "schemaVersion": 1,
          "description": "Host corrections (illustrative).",
          "bodies": [
            {
              "id": "cong-an-tinh",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Công an tỉnh Lai Châu", "en": "Lai Châu Provincial Police" } ],
              "aliases": [ "Công an tỉnh" ],
              "confidence": "confirmed",
              "source": "Host decision."
            },
            {
              "id": "so-ngoai-vu",
              "kind": "provincialDepartment",
              "names": [ { "vi": "Sở Ngoại vụ", "en": "Department of Foreign Affairs" } ],
              "dissolvedOn": "2025-03-01",
              "succession": { "kind": "absorbedInto", "successorIds": [ "van-phong-ubnd" ], "confidence": "confirmed", "source": "Quyết định của UBND tỉnh" },
              "confidence": "confirmed"
            }
          ],
          "removeMembers": [
            { "groupId": "provincial-associations", "bodyId": "hoi-nha-bao" }
          ],
          "addMembers": [
            { "groupId": "provincial-departments", "bodyId": "cong-an-tinh", "confidence": "confirmed", "note": "A vertically managed agency, added by the host." }
          ]
        }
        """;

    /// <summary>An appendix of tasks for the Lai Châu plan (illustrative: the real one is not published).</summary>
    public const string Appendix = """
        {
          "schemaVersion": 1,
          "isPublished": true,
          "tasks": [
            {
              "id": "t1",
              "title": "Rà soát chính sách thu hút nguồn nhân lực chất lượng cao",
              "lead": "so-noi-vu",
              "coordinating": [ "so-tai-chinh", "provincial-departments" ],
              "timing": "Quý III/2025",
              "product": "Báo cáo rà soát",
              "parentClause": "II.1.2"
            },
            {
              "id": "t2",
              "title": "Tuyên truyền về vai trò của đội ngũ trí thức",
              "lead": "district-committees",
              "timing": "Thường xuyên"
            },
            {
              "id": "t3",
              "title": "Tổng hợp ý kiến trí thức",
              "lead": "so-y-te",
              "timing": "Hằng năm"
            }
          ]
        }
        """;

    /// <summary>The text of the base document of a kind.</summary>
    public static string Text(FuzzDocumentKind kind) => kind switch
    {
        FuzzDocumentKind.Evidence => ReliabilityData.RichEvidenceJson(),
        FuzzDocumentKind.Plan => File.ReadAllText(PlanTestFiles.PathOf(PlanTestFiles.OtherProvinceFile)),
        FuzzDocumentKind.Catalog => Catalog,
        FuzzDocumentKind.CatalogOverrides => CatalogOverrides,
        FuzzDocumentKind.Calendar => File.ReadAllText(PlanTestFiles.PathOf(Path.Combine("Calendar", "calendar-2027.json"))),
        FuzzDocumentKind.Appendix => Appendix,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
