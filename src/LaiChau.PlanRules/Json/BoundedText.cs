using System.Text;

namespace LaiChau.PlanRules.Json;

/// <summary>Reads a <see cref="TextReader"/> to its end in blocks, refusing it as soon as it holds more characters than a limit.</summary>
internal static class BoundedText
{
    /// <summary>
    /// The whole text, or <paramref name="tooLarge"/>'s error once more than <paramref name="maxChars"/> characters were
    /// read (at most one block beyond the limit is ever held). A reader of endless text (<c>/dev/zero</c>) stops there.
    /// </summary>
    public static string Read(TextReader reader, long maxChars, Func<Exception> tooLarge)
    {
        var sb = new StringBuilder();
        var block = new char[16 * 1024];
        int n;
        while ((n = reader.Read(block, 0, block.Length)) > 0)
        {
            if (sb.Length + (long)n > maxChars) throw tooLarge();
            sb.Append(block, 0, n);
        }

        return sb.ToString();
    }
}
