using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class ArchiveLineTests
{
    [Fact]
    public void Equals_SameTextAndHolders_AreEqual()
    {
        // Act / Assert: equality compares the holders by value, not the list instance.
        Assert.Equal(new ArchiveLine("Lưu: VT, Th2", ["VT", "Th2"]), new ArchiveLine("Lưu: VT, Th2", new List<string> { "VT", "Th2" }));
        Assert.NotEqual(new ArchiveLine("Lưu: VT, Th2", ["VT", "Th2"]), new ArchiveLine("Lưu: VT, Th2", ["Th2", "VT"]));
    }

    [Fact]
    public void Constructor_HolderNotInTheLine_Throws()
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => new ArchiveLine("Lưu: VT, Th2", ["VT", "Th1"]));
    }

    [Fact]
    public void Constructor_NoHolder_Throws()
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => new ArchiveLine("Lưu: VT", []));
    }
}
