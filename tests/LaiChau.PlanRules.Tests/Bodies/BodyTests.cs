using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed class BodyTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly July1 = new(2025, 7, 1);

    [Theory]
    [InlineData("ubnd-tam-duong")] // a district
    [InlineData("ubnd-tp-lai-chau")] // the city is a district-level unit too
    [InlineData("ubnd-nam-nhun")]
    public void ExistsOn_District_ExistsUntil30JuneNotOn1July(string id)
    {
        var district = BodyCatalog.LaiChau.Get(id);

        Assert.True(district.ExistsOn(new DateOnly(2025, 6, 30)));
        Assert.False(district.ExistsOn(July1));
    }

    [Theory]
    [InlineData("xa-muong-kim")]
    [InlineData("phuong-tan-phong")]
    [InlineData("xa-mu-ca")] // unchanged by the resolution, still dated from 01/7/2025
    public void ExistsOn_Commune_ExistsFrom1JulyNotOn30June(string id)
    {
        var commune = BodyCatalog.LaiChau.Get(id);

        Assert.False(commune.ExistsOn(new DateOnly(2025, 6, 30)));
        Assert.True(commune.ExistsOn(July1));
    }

    [Theory]
    [InlineData("2024-12-14", "Sở Nông nghiệp và Phát triển nông thôn")] // the 2024 report cut-off
    [InlineData("2025-02-28", "Sở Nông nghiệp và Phát triển nông thôn")] // the last day of the old name
    [InlineData("2025-03-01", "Sở Nông nghiệp và Môi trường")] // the first day of the new name
    [InlineData("2025-12-14", "Sở Nông nghiệp và Môi trường")] // the 2025 report cut-off
    public void NameOn_RenamedDepartment_GivesTheNameOfThatDate(string date, string expected)
    {
        var body = BodyCatalog.LaiChau.Get("so-nong-nghiep-moi-truong");

        var name = body.NameOn(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, name);
    }

    [Fact]
    public void NameOn_BeforeTheFirstNameStarts_GivesTheFirstName()
    {
        var body = NewBody(names:
        [
            new BodyName("Tên A", null, March1, July1),
            new BodyName("Tên B", null, July1, null),
        ]);

        Assert.Equal("Tên A", body.NameOn(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void NameOn_AfterTheLastNameEnds_GivesTheLastName()
    {
        var body = NewBody(names:
        [
            new BodyName("Tên A", null, null, March1),
            new BodyName("Tên B", null, March1, July1),
        ]);

        Assert.Equal("Tên B", body.NameOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void DisplayNameOn_2024_GivesTheEnglishOfThe2024Name()
    {
        var body = BodyCatalog.LaiChau.Get("so-nong-nghiep-moi-truong");

        var text = body.DisplayNameOn(new DateOnly(2024, 12, 14));

        Assert.Equal("Department of Agriculture and Rural Development", text.En);
        Assert.Equal("Sở Nông nghiệp và Phát triển nông thôn", text.Vi);
    }

    [Fact]
    public void Constructor_NamesWithAGap_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => NewBody(names:
        [
            new BodyName("Tên A", null, null, March1),
            new BodyName("Tên B", null, July1, null),
        ]));

        Assert.Contains("next one starts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoName_Throws()
    {
        Assert.Throws<ArgumentException>(() => NewBody(names: []));
    }

    [Fact]
    public void Constructor_DissolvedWithoutSuccession_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => NewBody(dissolvedOn: July1));

        Assert.Contains("succession", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SuccessionOnAnotherDayThanDissolution_Throws()
    {
        var succession = new Succession(SuccessionKind.Abolished, March1, [], null, Confidence.Confirmed, null);

        Assert.Throws<ArgumentException>(() => NewBody(dissolvedOn: July1, succession: succession));
    }

    [Fact]
    public void Constructor_DissolvedBeforeEstablished_Throws()
    {
        var succession = new Succession(SuccessionKind.Abolished, March1, [], null, Confidence.Confirmed, null);

        Assert.Throws<ArgumentException>(() => NewBody(establishedOn: July1, dissolvedOn: March1, succession: succession));
    }

    [Theory]
    [InlineData("So-Noi-Vu")] // upper case
    [InlineData("sở-nội-vụ")] // not ASCII
    [InlineData("so noi vu")] // space
    [InlineData("")] // empty
    public void Constructor_InvalidId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => NewBody(id: id));
    }

    [Fact]
    public void Aliases_NfdAlias_IsStoredInNfc()
    {
        var body = NewBody(aliases: ["Sở LĐ-TB&XH".Normalize(System.Text.NormalizationForm.FormD)]);

        Assert.Equal("Sở LĐ-TB&XH".Normalize(System.Text.NormalizationForm.FormC), Assert.Single(body.Aliases));
    }

    [Fact]
    public void ToString_GivesIdAndLatestName()
    {
        var body = BodyCatalog.LaiChau.Get("so-nong-nghiep-moi-truong");

        Assert.Equal("so-nong-nghiep-moi-truong (Sở Nông nghiệp và Môi trường)", body.ToString());
    }

    private static Body NewBody(
        string id = "so-thu",
        BodyName[]? names = null,
        string[]? aliases = null,
        DateOnly? establishedOn = null,
        DateOnly? dissolvedOn = null,
        Succession? succession = null) =>
        new(id, BodyKind.ProvincialDepartment, names ?? [new BodyName("Sở Thử", null, null, null)], aliases ?? [], null,
            establishedOn, dissolvedOn, succession, null, Confidence.Confirmed, null);
}
