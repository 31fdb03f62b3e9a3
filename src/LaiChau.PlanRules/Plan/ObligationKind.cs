namespace LaiChau.PlanRules.Plan;

/// <summary>What an <see cref="ObligationTemplate"/> requires the obligated bodies to do.</summary>
public enum ObligationKind
{
    /// <summary>
    /// Report the results of carrying out the plan periodically: every year ("Định kỳ hàng năm, báo cáo kết quả …"), or
    /// every half-year or quarter when the template's <see cref="ObligationTemplate.Frequency"/> says so ("định kỳ 6 tháng").
    /// The name is kept for the yearly report, the usual case.
    /// </summary>
    AnnualReport = 0,

    /// <summary>Issue one's own plan to carry out the plan ("xây dựng kế hoạch triển khai thực hiện").</summary>
    ImplementationPlan = 1,

    /// <summary>Organise study and dissemination ("tổ chức nghiên cứu, học tập quán triệt").</summary>
    StudyAndDissemination = 2,

    /// <summary>Inspect, supervise and urge the subordinate units ("tăng cường kiểm tra, giám sát, đôn đốc").</summary>
    Inspection = 3,

    /// <summary>Gather the bodies' reports into one for the addressee (the yearly synthesis by the Department of Home Affairs).</summary>
    Synthesis = 4,

    /// <summary>Advise on the preliminary and final reviews ("tham mưu … sơ kết, tổng kết").</summary>
    Review = 5,

    /// <summary>
    /// An ad hoc report ("báo cáo đột xuất", Decree 09/2019/NĐ-CP Art. 4) requested outside the yearly cycle. No
    /// template of the Lai Châu plan has this kind; the compliance layer makes such obligations from the requests it is
    /// given (addition to the model).
    /// </summary>
    AdHocReport = 6,
}
