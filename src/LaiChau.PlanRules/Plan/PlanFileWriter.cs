using System.Globalization;
using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Plan;

/// <summary>Writes a plan in the plan-file format (docs/plan-file.md), so that reading it back gives the same plan.</summary>
internal static class PlanFileWriter
{
    public static void Write(PlanDocument plan, TextWriter writer)
    {
        var dto = new PlanFileDto
        {
            SchemaVersion = PlanFileReader.SchemaVersion,
            Id = plan.Id,
            IssuerBodyId = plan.IssuerBodyId,
            IssuerName = plan.IssuerName,
            KindCode = plan.KindCode,
            KindName = plan.KindName,
            Title = plan.Title,
            Number = plan.Number,
            SignedOn = plan.SignedOn,
            DraftYear = plan.DraftYear,
            Place = plan.Place,
            Authority = plan.Authority,
            Position = plan.Position,
            Signer = plan.Signer,
            Note = Text(plan.Note),
            LegalBases = plan.LegalBases.Select(r => Reference(new DocumentReferenceDto(), r)).ToList<DocumentReferenceDto?>(),
            ReferencedDocuments = plan.ReferencedDocuments
                .Select(d => { var dto = Reference(new ReferencedDocumentDto(), d.Reference); dto.ClausePaths = [.. d.ClausePaths]; return dto; })
                .ToList<ReferencedDocumentDto?>(),
            Clauses = plan.Clauses.Select(Clause).ToList<ClauseDto?>(),
            Recipients = plan.Recipients
                .Select(r => new RecipientDto { Text = r.Text, Purpose = r.Purpose, BodyId = r.BodyId, GroupId = r.GroupId })
                .ToList<RecipientDto?>(),
            Archive = new ArchiveDto { Text = plan.Archive.Text, Holders = [.. plan.Archive.Holders] },
            ObligationTemplates = plan.ObligationTemplates.Select(Template).ToList<ObligationTemplateDto?>(),
            Appendix = Appendix(plan.Appendix),
        };
        // Line feeds whatever the host's newline, so that a saved file is the same on every machine.
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        StrictJson.Write(dto, text);
        text.Write('\n');
        writer.Write(text.ToString());
    }

    private static T Reference<T>(T dto, PlanDocumentReference r)
        where T : DocumentReferenceDto
    {
        dto.Number = r.Number;
        dto.KindName = r.KindName;
        dto.IssuerName = r.IssuerName;
        dto.Date = r.Date;
        dto.ShortName = r.ShortName;
        dto.IssuerBodyId = r.IssuerBodyId;
        return dto;
    }

    private static ClauseDto Clause(Clause c)
    {
        var children = c.Children.Where(x => x.Kind != ClauseKind.AppendixTask).Select(Clause).ToList<ClauseDto?>();
        return new ClauseDto
        {
            Path = c.Path,
            Kind = c.Kind,
            Number = c.Number,
            Heading = c.Heading,
            Text = c.Heading is not null || c.Kind == ClauseKind.Preamble ? null : c.Text,
            Children = children.Count == 0 ? null : children,
        };
    }

    private static ObligationTemplateDto Template(ObligationTemplate t) => new()
    {
        Id = t.Id,
        ClausePath = t.ClausePath,
        Kind = t.Kind,
        Frequency = t.Frequency,
        ObligatedGroupIds = t.ObligatedGroupIds.Count == 0 ? null : [.. t.ObligatedGroupIds],
        ObligatedBodyIds = t.ObligatedBodyIds.Count == 0 ? null : [.. t.ObligatedBodyIds],
        Route = t.Route is null ? null : new RouteDto { AddresseeBodyId = t.Route.AddresseeBodyId, ViaBodyId = t.Route.ViaBodyId },
        DeadlinePolicy = t.DeadlinePolicy,
        StatedDeadline = t.StatedDeadline?.Text,
        StatedDeadlines = t.StatedDeadlines.Count == 0 ? null : [.. t.StatedDeadlines.Select(d => d.Text)],
        IsInferred = t.IsInferred,
        Basis = t.Basis,
        Description = Text(t.Description),
    };

    private static AppendixDto Appendix(PlanAppendix a) => new()
    {
        IsPublished = a.IsPublished,
        ClausePath = a.ClausePath,
        Note = Text(a.Note),
        Tasks = a.Tasks.Select(t => new AppendixTaskDto
        {
            Id = t.Id,
            Title = t.Title,
            Lead = t.Lead,
            Coordinating = t.Coordinating.Count == 0 ? null : [.. t.Coordinating],
            Timing = t.Timing.Text,
            Product = t.Product,
            ParentClause = t.ParentClause,
        }).ToList<AppendixTaskDto?>(),
    };

    private static LocalizedTextDto? Text(LocalizedText? text) => text is null ? null : new LocalizedTextDto { Vi = text.Vi, En = text.En };
}
