using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Obligations;

/// <summary>Turns the appendix tasks a host supplies with its evidence into the plan's appendix, checking each one.</summary>
internal static class AppendixFactory
{
    public static PlanAppendix FromSpecs(IReadOnlyList<AppendixTaskSpec> specs, bool published, string appendixPath)
    {
        var tasks = new List<AppendixTask>(specs.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < specs.Count; i++)
        {
            var path = $"plan.appendixTasks[{i}]";
            var s = specs[i] ?? throw new PlanRulesInputException(new LocalizedText("Một nhiệm vụ phụ lục có giá trị null.", "An appendix task is null."), jsonPath: path);
            if (!PlanText.IsTaskId(s.Id))
            {
                throw new PlanRulesInputException(new LocalizedText($"Mã nhiệm vụ '{s.Id}' phải gồm 1 đến {PlanText.MaxTaskIdLength} ký tự [A-Za-z0-9_-].", $"Task id '{s.Id}' must be 1 to {PlanText.MaxTaskIdLength} of [A-Za-z0-9_-]."), jsonPath: path + ".id");
            }

            if (!ids.Add(s.Id)) throw new PlanRulesInputException(new LocalizedText($"Mã nhiệm vụ '{s.Id}' bị dùng hai lần.", $"Task id '{s.Id}' is used twice."), jsonPath: path + ".id");
            if (string.IsNullOrWhiteSpace(s.Title)) throw new PlanRulesInputException(new LocalizedText("Nhiệm vụ không có tên.", "The task has no title."), jsonPath: path + ".title");
            if (string.IsNullOrWhiteSpace(s.Lead)) throw new PlanRulesInputException(new LocalizedText("Nhiệm vụ không có cơ quan chủ trì.", "The task has no lead."), jsonPath: path + ".lead");
            TaskTiming timing;
            try
            {
                timing = TaskTiming.Parse(s.Timing);
            }
            catch (TaskTimingFormatException e)
            {
                throw new PlanRulesInputException(new LocalizedText(e.MessageVi, e.Message), jsonPath: path + ".timing", innerException: e);
            }

            tasks.Add(new AppendixTask(appendixPath, s.Id, s.Title, s.Lead, [.. s.Coordinating], timing, s.Product, s.ParentClause));
        }

        var note = published
            ? new LocalizedText("Phụ lục nhiệm vụ do đơn vị sử dụng cung cấp.", "Appendix tasks supplied by the host.")
            : new LocalizedText("Phụ lục nhiệm vụ do đơn vị sử dụng cung cấp, không phải phụ lục đã ban hành (minh họa).", "Appendix tasks supplied by the host, not the published appendix (illustrative).");
        return new PlanAppendix(published, appendixPath, note, tasks);
    }
}
