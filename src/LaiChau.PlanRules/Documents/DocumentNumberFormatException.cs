using System.Globalization;

namespace LaiChau.PlanRules.Documents;

/// <summary>
/// Thrown when a document number (<see cref="DocumentNumber.Parse"/>) or a citation
/// (<see cref="DocumentReference.ParseCitation"/>) is malformed. The message says what is wrong and
/// where, for example <c>'107-NQ-CP': expected '/' after the number at position 3</c>.
/// </summary>
public sealed class DocumentNumberFormatException : FormatException
{
    private const int MaxShownLength = 60;

    internal DocumentNumberFormatException(string input, int position, string reason)
        : base(Compose(input, position, reason))
    {
        Input = input;
        Position = position;
        Reason = reason;
    }

    /// <summary>The text that was parsed, after Unicode NFC normalisation (<see cref="Position"/> indexes into it).</summary>
    public string Input { get; }

    /// <summary>
    /// The 0-based index in <see cref="Input"/> of the character where the problem was found; equal to
    /// the length of the text when the text ended too early.
    /// </summary>
    public int Position { get; }

    /// <summary>What is wrong, without the input and the position, for example <c>expected '/' after the number</c>.</summary>
    public string Reason { get; }

    private static string Compose(string input, int position, string reason)
    {
        string shown;
        if (input.Length <= MaxShownLength)
        {
            shown = "'" + input + "'";
        }
        else
        {
            var cut = char.IsHighSurrogate(input[MaxShownLength - 1]) ? MaxShownLength - 1 : MaxShownLength;
            shown = string.Create(CultureInfo.InvariantCulture, $"'{input[..cut]}…' ({input.Length} characters)");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{shown}: {reason} at position {position}");
    }
}
