using System.Text;

namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// A small RFC 4180 reader and writer: fields separated by one character (comma or semicolon), optionally
/// enclosed in double quotes; a quoted field may hold the separator, line breaks and doubled quotes ("").
/// Records end at CRLF, LF or CR. Written by hand because the format is small and every served CSV package
/// would be a run-time dependency of the library for a few dozen lines.
/// </summary>
internal static class Rfc4180
{
    /// <summary>One record: its fields and the 1-based line on which it starts.</summary>
    public readonly record struct Record(IReadOnlyList<string> Fields, int Line);

    /// <summary>Reads every record. A quote inside an unquoted field, text after a closing quote or an unclosed quote is an error.</summary>
    /// <exception cref="FormatException">The text is not RFC 4180 CSV (the message gives the line).</exception>
    public static IEnumerable<Record> Read(TextReader reader, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var afterQuote = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (ch == '\n' || (ch == '\r' && reader.Peek() != '\n')) line++;
                    field.Append(ch);
                }

                continue;
            }

            if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
                fieldStarted = true;
                continue;
            }

            if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                if (fieldStarted || field.Length > 0 || afterQuote || fields.Count > 0)
                {
                    fields.Add(field.ToString());
                    yield return new Record(fields.ToArray(), recordLine);
                }

                fields.Clear();
                field.Clear();
                afterQuote = false;
                fieldStarted = false;
                line++;
                recordLine = line;
                continue;
            }

            if (afterQuote)
            {
                throw new CsvFormatException(
                    FormattableString.Invariant($"Dòng {line}: có chữ sau dấu ngoặc kép đóng; dấu ngoặc kép bên trong một trường đặt trong ngoặc kép phải viết hai lần (\"\")."),
                    FormattableString.Invariant($"Line {line}: text after a closing quote; a quote inside a quoted field is written twice (\"\")."));
            }

            if (ch == '"')
            {
                if (field.Length > 0)
                {
                    throw new CsvFormatException(
                        FormattableString.Invariant($"Dòng {line}: có dấu ngoặc kép trong một trường không đặt trong ngoặc kép; hãy đặt trường trong ngoặc kép và viết dấu ngoặc kép hai lần (\"\")."),
                        FormattableString.Invariant($"Line {line}: a quote inside an unquoted field; enclose the field in quotes and double the quote (\"\")."));
                }

                quoted = true;
                fieldStarted = true;
                continue;
            }

            field.Append(ch);
            fieldStarted = true;
        }

        if (quoted)
        {
            throw new CsvFormatException(
                FormattableString.Invariant($"Dòng {recordLine}: một trường đặt trong ngoặc kép chưa được đóng trước khi hết tệp."),
                FormattableString.Invariant($"Line {recordLine}: a quoted field is not closed before the end of the file."));
        }

        if (fieldStarted || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new Record(fields.ToArray(), recordLine);
        }
    }

    /// <summary>Guesses the separator from a header line: the one of <c>;</c> and <c>,</c> that occurs more often outside quotes (comma on a tie).</summary>
    public static char DetectSeparator(string headerLine)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var ch in headerLine)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == ',') commas++;
            else if (!quoted && ch == ';') semicolons++;
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Writes one record, quoting the fields that need it, ending with CRLF.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields, char separator = ',')
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first) writer.Write(separator);
            first = false;
            writer.Write(Quote(f ?? string.Empty, separator));
        }

        writer.Write("\r\n");
    }

    /// <summary>Quotes a field when it holds the separator, a quote or a line break (or starts or ends with a space).</summary>
    public static string Quote(string field, char separator = ',')
    {
        var needs = field.Length > 0 && (field[0] == ' ' || field[^1] == ' ');
        foreach (var ch in field)
        {
            if (ch == separator || ch is '"' or '\r' or '\n')
            {
                needs = true;
                break;
            }
        }

        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>A malformed CSV text, the reason in Vietnamese and English (the message is the English).</summary>
    internal sealed class CsvFormatException(string vi, string en) : FormatException(en)
    {
        public LocalizedText Text { get; } = new(vi, en);
    }
}
