using System.Text;
using LaiChau.PlanRules.Documents;

namespace LaiChau.PlanRules.Tests.Documents;

public sealed class DocumentNumberFormatExceptionTests
{
    [Fact]
    public void Message_HyphenForSlash_SaysWhatIsWrongAndWhere()
    {
        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse("107-NQ-CP"));

        // Assert
        Assert.Equal("'107-NQ-CP': expected '/' after the number at position 3", error.Message);
        Assert.Equal("107-NQ-CP", error.Input);
        Assert.Equal(3, error.Position);
        Assert.Equal("expected '/' after the number", error.Reason);
    }

    [Fact]
    public void Parse_MalformedNumber_ThrowsAFormatException()
    {
        // Act
        var error = Record.Exception(() => DocumentNumber.Parse("107/"));

        // Assert: hosts that catch FormatException catch this one too.
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void Message_LongInput_IsShortenedButInputIsKept()
    {
        // Arrange
        var text = "107/NQ-CP" + new string('x', 291);

        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(text));

        // Assert
        Assert.Equal(text, error.Input);
        Assert.StartsWith("'107/NQ-CPxxx", error.Message);
        Assert.Contains("…' (300 characters): ", error.Message);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void Input_NfdText_IsReportedInNfc()
    {
        // Arrange
        var nfd = "05/KH-UBND sửa".Normalize(NormalizationForm.FormD);

        // Act
        var error = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(nfd));

        // Assert: Position indexes into the NFC text.
        Assert.Equal("05/KH-UBND sửa", error.Input);
        Assert.Equal(10, error.Position);
        Assert.Equal(' ', error.Input[error.Position]);
    }
}
