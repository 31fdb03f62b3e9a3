using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class ClausePathTests
{
    [Theory]
    // Why each row: one per segment kind of the grammar, in the contexts the plans use.
    [InlineData("CC", ClauseKind.Preamble)] // the preamble
    [InlineData("CC.p4", ClauseKind.Paragraph)] // the enacting sentence
    [InlineData("III", ClauseKind.Section)] // a Roman section
    [InlineData("XXXIX", ClauseKind.Section)] // the largest Roman number accepted
    [InlineData("II.1.3", ClauseKind.Item)] // item "1.3." reached by its last number
    [InlineData("II.1.1.p2", ClauseKind.Paragraph)] // an unnumbered paragraph of an item
    [InlineData("III.1.d4", ClauseKind.Duty)] // the reporting duty
    [InlineData("III.p1", ClauseKind.Paragraph)] // a paragraph straight under a section
    [InlineData("IV.2.a", ClauseKind.Item)] // a lettered item "a)"
    [InlineData("IV.2.dd", ClauseKind.Item)] // the item "đ)"
    [InlineData("II.2.PL", ClauseKind.Appendix)] // the appendix
    [InlineData("II.2.PL.t-3_b", ClauseKind.AppendixTask)] // a task id with '-' and '_'
    [InlineData("II.2.p1.PL", ClauseKind.Appendix)] // an appendix referred to in a paragraph
    [InlineData("II.2.p1.d2", ClauseKind.Duty)] // a duty within a paragraph
    [InlineData("NN", ClauseKind.RecipientList)] // the recipients
    [InlineData("NN.12", ClauseKind.Recipient)] // one recipient
    [InlineData("LUU", ClauseKind.Archive)] // the archive line
    [InlineData("KY", ClauseKind.Signature)] // the signature
    public void Parse_ValidPath_GivesItsKind(string text, ClauseKind kind)
    {
        // Act
        var path = ClausePath.Parse(text);

        // Assert
        Assert.Equal(kind, path.Kind);
        Assert.Equal(text, path.ToString());
    }

    [Theory]
    // Why each row: each rule of the grammar broken once.
    [InlineData("")] // empty
    [InlineData("iii.1")] // paths are case-sensitive: sections are upper-case Roman numerals
    [InlineData("IIII")] // not a canonical Roman numeral
    [InlineData("II.01")] // leading zero
    [InlineData("II..1")] // empty segment
    [InlineData("II.1.")] // trailing dot
    [InlineData("CC.1")] // the preamble holds paragraphs only
    [InlineData("CC.p1.d1")] // preamble paragraphs have no parts
    [InlineData("III.1.d0")] // ordinals start at 1
    [InlineData("III.1.d1.x")] // a duty has no parts
    [InlineData("II.1.p1.p2")] // a paragraph holds no paragraphs
    [InlineData("II.1.p1.3")] // a paragraph holds no items
    [InlineData("II.2.PL.a.b")] // an appendix task has no parts
    [InlineData("II.2.PL.t 1")] // no spaces in a task id
    [InlineData("II.1.đ")] // ASCII only: đ is written dd
    [InlineData("NN.0")] // recipients count from 1
    [InlineData("LUU.1")] // the archive line has no parts
    [InlineData("KY.p1")] // the signature has no parts
    [InlineData("PL")] // the appendix belongs to a section, item or paragraph
    public void Parse_InvalidPath_ThrowsFormatException(string text)
    {
        // Act
        var error = Assert.Throws<FormatException>(() => ClausePath.Parse(text));

        // Assert
        Assert.Contains($"'{text}' is not a clause path", error.Message, StringComparison.Ordinal);
        Assert.False(ClausePath.TryParse(text, out _));
    }

    [Fact]
    public void Parse_TooLong_ThrowsFormatException()
    {
        // Arrange
        var text = "II.2.PL." + new string('a', ClausePath.MaxLength);

        // Act / Assert
        Assert.Throws<FormatException>(() => ClausePath.Parse(text));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        // Act / Assert
        Assert.False(ClausePath.TryParse(null, out var path));
        Assert.Equal(default, path);
    }

    [Fact]
    public void Parent_Duty_IsItsItemUpToTheSection()
    {
        // Arrange
        var path = ClausePath.Parse("III.1.d4");

        // Act
        var parent = path.Parent;

        // Assert
        Assert.Equal(ClausePath.Parse("III.1"), parent);
        Assert.Equal(ClausePath.Parse("III"), parent!.Value.Parent);
        Assert.Null(parent.Value.Parent!.Value.Parent);
    }

    [Fact]
    public void Segments_AppendixTask_AreTheDottedParts()
    {
        // Act
        var segments = ClausePath.Parse("II.2.PL.t1").Segments;

        // Assert
        Assert.Equal(["II", "2", "PL", "t1"], segments);
    }

    [Fact]
    public void Equals_SameText_AreEqualWithEqualHashCodes()
    {
        // Arrange
        var a = ClausePath.Parse("II.1.1.p2");
        var b = ClausePath.Parse("II.1.1" + ".p2");

        // Act / Assert
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ClausePath.Parse("II.1.1.p1"));
    }

    [Fact]
    public void Default_IsEmpty()
    {
        // Arrange
        var path = default(ClausePath);

        // Act / Assert
        Assert.Empty(path.Segments);
        Assert.Equal(string.Empty, path.ToString());
        Assert.Null(path.Parent);
    }

    [Theory]
    // Why each row: itself, a descendant, a sibling that shares a prefix of characters but not of segments, a parent.
    [InlineData("III.1", "III.1", true)]
    [InlineData("III.1", "III.1.d4", true)]
    [InlineData("II.1", "II.10", false)]
    [InlineData("III.1.d4", "III.1", false)]
    public void IsSelfOrAncestorOf_Pairs_FollowsSegments(string ancestor, string other, bool expected)
    {
        // Act
        var actual = ClausePath.Parse(ancestor).IsSelfOrAncestorOf(ClausePath.Parse(other));

        // Assert
        Assert.Equal(expected, actual);
    }
}
