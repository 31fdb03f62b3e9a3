using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class ClauseTests
{
    private static readonly PlanDocument LaiChau = PlanDocument.LaiChau;

    [Fact]
    public void Section_HasRomanNumberAndHeadingAsText()
    {
        // Act
        var section = LaiChau.Find("III");

        // Assert
        Assert.Equal((ClauseKind.Section, "III", "TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"), (section.Kind, section.Number, section.Heading, section.Text));
    }

    [Fact]
    public void Item_WithRunningText_HasNoHeading()
    {
        // Act
        var item = LaiChau.Find("I.2");

        // Assert
        Assert.Equal("2", item.Number);
        Assert.Null(item.Heading);
        Assert.StartsWith("Các cơ quan, đơn vị, địa phương nhất là người đứng đầu", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FullText_ItemWithParagraphs_IsLaidOutAsInTheSource()
    {
        // Arrange: 1.2 ends its first paragraph with "như:" and goes on in a second one; both are kept.
        var item = LaiChau.Find("II.1.2");

        // Act
        var full = item.FullText;

        // Assert
        Assert.Equal("1.2", item.Number);
        Assert.Equal(
            $"1.2. {item.Heading}\n\n{LaiChau.Find("II.1.2.p1").Text}\n\n{LaiChau.Find("II.1.2.p2").Text}", full);
        Assert.EndsWith("các chính sách của tỉnh như:", LaiChau.Find("II.1.2.p1").Text, StringComparison.Ordinal);
        Assert.StartsWith("Chính sách thu hút, tạo nguồn cán bộ", LaiChau.Find("II.1.2.p2").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FullText_ItemWithDuties_DoesNotRepeatTheDuties()
    {
        // Act
        var item = LaiChau.Find("III.1");

        // Assert: the duties are spans of the item's text, so its full text is its number and text only.
        Assert.Equal("1. " + item.Text, item.FullText);
        Assert.Equal(item.Children[3].Text, item.Children[3].FullText);
    }

    [Fact]
    public void Preamble_TextIsItsParagraphsJoined()
    {
        // Act
        var preamble = LaiChau.Find("CC");

        // Assert
        Assert.Null(preamble.Number);
        Assert.Null(preamble.Heading);
        Assert.Equal(string.Join("\n\n", preamble.Children.Select(c => c.Text)), preamble.Text);
        Assert.Equal(4, preamble.Children.Count);
        Assert.StartsWith("Ủy ban nhân dân tỉnh ban hành Kế hoạch", preamble.Children[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AppendixReference_IsTheSpanOfII2ThatMentionsIt()
    {
        // Act
        var appendix = LaiChau.Find("II.2.PL");

        // Assert
        Assert.Equal(ClauseKind.Appendix, appendix.Kind);
        Assert.Equal("có phụ lục danh mục công việc kèm theo", appendix.Text);
        Assert.Contains($"({appendix.Text})", LaiChau.Find("II.2.p1").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FullText_RecipientList_IsADashList()
    {
        // Act
        var list = LaiChau.Find("NN").FullText;

        // Assert
        Assert.StartsWith("Nơi nhận:\n- Văn phòng Chính phủ (để b/c)\n- Bộ Nội vụ (để b/c)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Lưu", list, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Duty_ShowsPathAndText()
    {
        // Act / Assert
        Assert.Equal("III.1.d1: tổ chức nghiên cứu, học tập quán triệt", LaiChau.Find("III.1.d1").ToString());
    }

    [Fact]
    public void FullText_LetteredItem_UsesABracketLabel()
    {
        // Act
        var item = PlanTestFiles.LoadOtherProvince().Find("II.1.a");

        // Assert
        Assert.Equal("a) Quán triệt, tuyên truyền về vai trò của đội ngũ trí thức.", item.FullText);
    }
}
