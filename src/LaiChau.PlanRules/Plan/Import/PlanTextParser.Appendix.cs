using System.Globalization;
using System.Text.RegularExpressions;
using LaiChau.PlanRules.Json;
using Newtonsoft.Json.Linq;

namespace LaiChau.PlanRules.Plan.Import;

/// <summary>The appendix: the clause that refers to it, the rows of its table, and the catalog draft of the bodies named.</summary>
internal sealed partial class PlanTextParser
{
    /// <summary>Adds the appendix clause (<c>PL</c>) for the first reference to an appendix; returns its path, or null.</summary>
    private string? AttachAppendix(List<Node> clauses)
    {
        foreach (var node in clauses.Where(c => c.Kind == ClauseKind.Section).SelectMany(c => c.SelfAndDescendants()))
        {
            if (node.IsSpan || node.Kind == ClauseKind.Section) continue;
            var m = AppendixInParentheses().Match(node.Words) is { Success: true } p ? p.Groups["t"] : AppendixMention().Match(node.Words).Groups[0];
            if (!m.Success) continue;
            var owner = node.Kind == ClauseKind.Paragraph ? node.Parent! : node;
            var appendix = new Node(ClauseKind.Appendix, null, node.Line) { Words = ImportText.TrimSeparators(m.Value), Segment = "PL" };
            owner.Add(appendix);
            return appendix.Path;
        }

        return null;
    }

    private AppendixDto Appendix(string? path, List<SourceLine> rows, List<string> noteLines)
    {
        var tasks = new List<AppendixTaskDto?>();
        var columns = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var cells = row.Text.Trim('|').Split('|').Select(c => c.Trim()).ToList();
            if (cells.All(c => c.Length == 0 || c.All(ch => ch is '-' or ':' or ' ')))
            {
                Target(row, "appendix (table rule)");
                continue;
            }

            if (columns.Count == 0 || IsHeader(cells))
            {
                columns = Columns(cells);
                if (columns.ContainsKey("title") && columns.ContainsKey("lead") && columns.ContainsKey("timing"))
                {
                    Target(row, "appendix (table header)");
                }
                else
                {
                    columns.Clear();
                    Review(row, new LocalizedText("Dòng bảng đứng trước mọi dòng tiêu đề nêu các cột nhiệm vụ, cơ quan chủ trì ('chủ trì') và thời gian ('thời gian').", "A table row before any header naming the task, the lead body ('chủ trì') and the time ('thời gian') columns."));
                }

                continue;
            }

            if (path is null)
            {
                Review(row, new LocalizedText("Dòng của phụ lục, nhưng văn bản không nhắc đến phụ lục nào ('có phụ lục …'); nhiệm vụ không được nhập.", "An appendix row, but the text refers to no appendix ('có phụ lục …'); the task is not imported."));
                continue;
            }

            var task = Task(cells, columns, row, tasks.Count + 1);
            if (task is not null)
            {
                tasks.Add(task);
                Target(row, string.Create(CultureInfo.InvariantCulture, $"appendix.tasks[{tasks.Count - 1}] ({path}.{task.Id})"));
            }
        }

        var heading = string.Join(" ", noteLines);
        return new AppendixDto
        {
            IsPublished = tasks.Count > 0,
            ClausePath = path,
            Note = tasks.Count == 0
                ? null
                : new LocalizedTextDto
                {
                    Vi = heading.Length > 0 ? heading : "Phụ lục danh mục công việc kèm theo kế hoạch (nhập từ văn bản).",
                    En = "The appendix of specific tasks, imported from the text" + (heading.Length > 0 ? $" (\"{heading}\")." : "."),
                },
            Tasks = tasks,
        };
    }

    private static bool IsHeader(List<string> cells) => Columns(cells) is { } c && c.ContainsKey("title") && c.ContainsKey("lead");

    private static Dictionary<string, int> Columns(List<string> cells)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i].ToLowerInvariant();
            var key = c switch
            {
                "tt" or "stt" or "số tt" => "id",
                _ when c.Contains("chủ trì", StringComparison.Ordinal) => "lead",
                _ when c.Contains("phối hợp", StringComparison.Ordinal) => "coordinating",
                _ when c.Contains("thời gian", StringComparison.Ordinal) || c.Contains("thời hạn", StringComparison.Ordinal) => "timing",
                _ when c.Contains("sản phẩm", StringComparison.Ordinal) || c.Contains("kết quả", StringComparison.Ordinal) => "product",
                _ when c.Contains("nhiệm vụ", StringComparison.Ordinal) || c.Contains("nội dung", StringComparison.Ordinal) || c.Contains("công việc", StringComparison.Ordinal) => "title",
                _ => null,
            };
            if (key is not null) columns.TryAdd(key, i);
        }

        return columns;
    }

    private AppendixTaskDto? Task(List<string> cells, Dictionary<string, int> columns, SourceLine row, int index)
    {
        string? Cell(string key) => columns.TryGetValue(key, out var i) && i < cells.Count && cells[i].Length > 0 ? cells[i] : null;
        var title = Cell("title");
        var leadText = Cell("lead");
        var timingText = Cell("timing");
        if (title is null || leadText is null || timingText is null)
        {
            Review(row, new LocalizedText("Dòng phụ lục thiếu nhiệm vụ, cơ quan chủ trì hoặc thời gian; nhiệm vụ không được nhập.", "An appendix row without a task, a lead body or a time; the task is not imported."));
            return null;
        }

        if (!TaskTiming.TryParse(timingText, out _))
        {
            Review(row, new LocalizedText($"Thời gian '{timingText}' không thuộc các dạng của docs/appendix-timing.md; nhiệm vụ không được nhập.", $"The time '{timingText}' is not one of the forms of docs/appendix-timing.md; the task is not imported."));
            return null;
        }

        var lead = Named(leadText, row.Number).FirstOrDefault();
        if (lead is null)
        {
            Review(row, new LocalizedText($"Cơ quan chủ trì '{leadText}' không khớp cơ quan hay nhóm nào; nhiệm vụ không được nhập.", $"The lead '{leadText}' names no body or group; the task is not imported."));
            return null;
        }

        var coordinating = Cell("coordinating") is { } co ? Named(co, row.Number).Where(b => b != lead).Distinct().ToList() : [];
        var idText = Cell("id");
        var id = idText is not null && PlanText.IsTaskId(idText.TrimEnd('.')) ? idText.TrimEnd('.') : index.ToString(CultureInfo.InvariantCulture);
        return new AppendixTaskDto
        {
            Id = id,
            Title = title,
            Lead = lead,
            Coordinating = coordinating.Count == 0 ? null : [.. coordinating],
            Timing = timingText,
            Product = Cell("product"),
        };
    }

    /// <summary>The ids of the groups and bodies a cell names; unknown body-like names are drafted and listed.</summary>
    private List<string> Named(string cell, int lineNumber)
    {
        var s = Subject(cell, 0, cell.Length, lineNumber);
        var order = _names.FindAll(cell).Select(m => m.Id).ToList();
        return [.. s.Groups.Concat(s.Bodies).OrderBy(id => order.IndexOf(id) is var i && i < 0 ? int.MaxValue : i)];
    }

    /// <summary>A catalog file (docs/catalog-file.md) with the bodies and groups the text names, to complete.</summary>
    private string CatalogDraft()
    {
        var bodies = new JArray();
        foreach (var (id, (name, line, kind)) in _namedBodies.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var known = _catalog.TryGet(id, out var body) ? body : null;
            var vocabularyKind = _vocabulary.Bodies.FirstOrDefault(b => b.BodyId == id)?.Kind;
            var bodyKind = known?.Kind ?? vocabularyKind ?? kind ?? LaiChau.PlanRules.Bodies.BodyKind.OtherRecipient;
            bodies.Add(new JObject
            {
                ["id"] = id,
                ["kind"] = char.ToLowerInvariant(bodyKind.ToString()[0]) + bodyKind.ToString()[1..],
                ["names"] = new JArray(new JObject { ["vi"] = known?.Names[^1].Vi ?? name }),
                ["confidence"] = "unconfirmed",
                ["source"] = string.Create(CultureInfo.InvariantCulture, $"Named in {Path.GetFileName(_fileName)}, line {line}, as \"{name}\"."),
            });
        }

        var groups = new JArray();
        foreach (var id in _usedGroups.Order(StringComparer.Ordinal))
        {
            var g = _vocabulary.Groups.First(v => v.GroupId == id);
            groups.Add(new JObject
            {
                ["id"] = id,
                ["name"] = new JObject { ["vi"] = g.Name?.Vi ?? id, ["en"] = g.Name?.En ?? id },
                ["inclusionRule"] = new JObject { ["vi"] = g.InclusionRule?.Vi ?? "Cần rà soát.", ["en"] = g.InclusionRule?.En ?? "To review." },
                ["members"] = new JArray(),
                ["source"] = $"Named in {Path.GetFileName(_fileName)}; list its members.",
            });
        }

        var file = new JObject
        {
            ["schemaVersion"] = 1,
            ["description"] = $"Draft catalog of the bodies and groups named in {Path.GetFileName(_fileName)} (planrules plan import): confirm each entry, add the groups' members, then load it with --catalog (it replaces the shipped Lai Châu catalog).",
            ["bodies"] = bodies,
            ["groups"] = groups,
        };
        return StrictJson.Serialize(file) + "\n";
    }

    [GeneratedRegex(@"\((?<t>[^()]*[Pp]hụ lục[^()]*)\)")]
    private static partial Regex AppendixInParentheses();

    [GeneratedRegex(@"[Pp]hụ lục[^.;,()]*")]
    private static partial Regex AppendixMention();
}
