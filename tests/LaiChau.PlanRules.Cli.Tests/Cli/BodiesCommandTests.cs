namespace LaiChau.PlanRules.Cli.Tests.Cli;

public sealed class BodiesCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Bodies_OnADate_ShowsNamesOfThatDateAndDissolutions()
    {
        var result = CliRunner.Run("bodies", "--on", "2024-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Danh mục cơ quan ngày 01/06/2024", result.Out);
        Assert.Matches(@"so-nong-nghiep-moi-truong\s+\|\s+Sở Nông nghiệp và Phát triển nông thôn", result.Out);
        Assert.Contains("đang hoạt động (sáp nhập vào Sở Tài chính từ", result.Out); // the cell wraps before the date
        Assert.Contains("chưa thành lập (từ 01/07/2025)", result.Out);
        Assert.Contains("provincial-departments", result.Out);
    }

    [Fact]
    public void Bodies_AfterTheRestructuring_MarksDissolvedBodiesAndSuccessors()
    {
        var result = CliRunner.Run("bodies", "--on", "2025-12-01", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"so-ke-hoach-dau-tu\s+\|.*merged into", result.Out);
        Assert.Matches(@"ubnd-tam-duong\s+\|.*ceased to operate from", result.Out);
    }

    [Fact]
    public void Bodies_WithoutDate_UsesTodayInVietnam()
    {
        Assert.Contains("Body catalog on 13/03/2026", CliRunner.Run("bodies", "--lang", "en").Out);
    }

    [Fact]
    public void Bodies_BadOverrideFile_ExitsTwoNamingIt()
    {
        var path = _dir.Write("bodies.json", "{ \"schemaVersion\": 1, \"bodies\": [ { \"id\": \"Bad Id\" } ] }");

        var result = CliRunner.Run("bodies", "--bodies", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bodies.json", Assert.Single(result.ErrorLines));
    }
}
