using System.Globalization;
using System.Text;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Evidence;

/// <summary>
/// Imports the incoming-documents register (sổ đăng ký văn bản đến, Decree 30/2020/NĐ-CP form: ngày đến, số đến,
/// tác giả, số ký hiệu, ngày văn bản, trích yếu, ...) exported as CSV, as <see cref="ReceivedReport"/>s
/// (docs/csv-import.md). UTF-8 with or without a byte-order mark; comma or semicolon separators, detected from
/// the header line; RFC 4180 quoting; dates dd/MM/yyyy or yyyy-MM-dd. Headers may be Vietnamese (with or
/// without diacritics) or English. Every problem is a <see cref="PlanRulesInputException"/> naming the file,
/// the row and column (<see cref="PlanRulesInputException.CsvRow"/> and <see cref="PlanRulesInputException.CsvColumn"/>, for example row 5, column Số đến)
/// and the line.
/// </summary>
public static class IncomingRegisterCsv
{
    private enum Column
    {
        ReceivedOn,
        ReceivedTime,
        Number,
        Sender,
        DocumentNumber,
        DocumentDate,
        Summary,
        Period,
        Addressee,
        Means,
        Ignored,
    }

    private static readonly (Column Column, string[] Names)[] Headers =
    [
        (Column.ReceivedOn, ["Ngày đến", "Ngày nhận", "received on", "received", "date received", "received date"]),
        (Column.ReceivedTime, ["Giờ đến", "Giờ nhận", "time received", "received time", "received at"]),
        (Column.Number, ["Số đến", "Số văn bản đến", "incoming number", "register number", "number received"]),
        (Column.Sender, ["Tác giả", "Cơ quan gửi", "Nơi gửi", "Cơ quan ban hành", "sender", "author", "from"]),
        (Column.DocumentNumber, ["Số ký hiệu", "Số, ký hiệu", "Số và ký hiệu", "Số ký hiệu văn bản", "document number", "reference"]),
        (Column.DocumentDate, ["Ngày văn bản", "Ngày tháng văn bản", "Ngày, tháng văn bản", "document date"]),
        (Column.Summary, ["Trích yếu", "Trích yếu nội dung", "Tên loại và trích yếu nội dung", "summary", "subject"]),
        (Column.Period, ["Kỳ báo cáo", "Kỳ", "Năm báo cáo", "period", "reporting period"]),
        (Column.Addressee, ["Nơi gửi đến", "Kính gửi", "Nơi nhận", "addressee", "to"]),
        (Column.Means, ["Hình thức gửi", "Phương thức gửi", "Hình thức", "means", "delivery means"]),
        (Column.Ignored, ["STT", "Số TT", "Số thứ tự", "Đơn vị hoặc người nhận", "Đơn vị, người nhận", "Ký nhận", "Ghi chú", "Số tờ", "Mức độ khẩn", "Độ khẩn", "Độ mật", "No", "notes", "remarks"]),
    ];

    private static readonly Dictionary<string, Column> ByKey = IndexHeaders();

    private static readonly Dictionary<string, DeliveryMeans> MeansByKey = new(StringComparer.Ordinal)
    {
        [Key("trực tiếp")] = DeliveryMeans.Hand, [Key("tay")] = DeliveryMeans.Hand, [Key("hand")] = DeliveryMeans.Hand,
        [Key("bưu điện")] = DeliveryMeans.Post, [Key("bưu chính")] = DeliveryMeans.Post, [Key("post")] = DeliveryMeans.Post,
        [Key("fax")] = DeliveryMeans.Fax,
        [Key("thư điện tử")] = DeliveryMeans.Email, [Key("email")] = DeliveryMeans.Email, [Key("e-mail")] = DeliveryMeans.Email,
        [Key("phần mềm")] = DeliveryMeans.Software, [Key("điện tử")] = DeliveryMeans.Software, [Key("hệ thống")] = DeliveryMeans.Software,
        [Key("software")] = DeliveryMeans.Software, [Key("khác")] = DeliveryMeans.Other, [Key("other")] = DeliveryMeans.Other,
    };

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Reads a register from a UTF-8 stream (with or without a byte-order mark).</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="fileName">The file name used in error messages.</param>
    /// <param name="options">Whose register it is, the period, the catalog.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="PlanRulesInputException">The file is malformed; the message names the row, the column and the line.</exception>
    public static IReadOnlyList<ReceivedReport> Read(Stream stream, string fileName, IncomingRegisterCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(options);
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes) throw TooLarge(fileName, options.MaxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // A NUL byte is never in CSV text: a binary file or /dev/zero is refused at its first block.
            if (chunk.AsSpan(0, n).IndexOf((byte)0) >= 0) throw NotText(fileName);
            buffer.Write(chunk, 0, n);
            if (buffer.Length > options.MaxBytes) throw TooLarge(fileName, options.MaxBytes);
        }

        string text;
        try
        {
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new PlanRulesInputException(new LocalizedText("Tệp không phải là văn bản UTF-8; hãy lưu lại dưới dạng \"CSV UTF-8\".", "The file is not UTF-8 text; save it as \"CSV UTF-8\"."), fileName, innerException: e);
        }

        using var reader = new StringReader(text);
        return Read(reader, fileName, options);
    }

    /// <summary>Reads a register from text (a leading byte-order mark character is skipped).</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="fileName">The file name used in error messages.</param>
    /// <param name="options">Whose register it is, the period, the catalog.</param>
    /// <returns>The reports, in file order.</returns>
    /// <exception cref="PlanRulesInputException">The file is malformed; the message names the row, the column and the line.</exception>
    public static IReadOnlyList<ReceivedReport> Read(TextReader reader, string fileName, IncomingRegisterCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(options);
        var catalog = options.Catalog ?? throw new ArgumentException("Catalog is required.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.RegisterOf) || !catalog.TryGet(options.RegisterOf, out _))
        {
            throw new PlanRulesInputException(
                new LocalizedText(
                    $"registerOf '{options.RegisterOf}' không phải là mã cơ quan, đơn vị trong danh mục (ví dụ so-noi-vu hoặc ubnd-tinh).",
                    $"registerOf '{options.RegisterOf}' is not a body id of the catalog (for example so-noi-vu or ubnd-tinh)."),
                fileName);
        }

        // Counted in characters while reading (a character is at least one UTF-8 byte), so endless text stops at the limit.
        var text = Json.BoundedText.Read(reader, options.MaxBytes, () => TooLarge(fileName, options.MaxBytes));
        if (text.Contains('\0', StringComparison.Ordinal)) throw NotText(fileName);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var firstBreak = text.IndexOfAny(['\r', '\n']);
        var separator = Rfc4180.DetectSeparator(firstBreak < 0 ? text : text[..firstBreak]);

        List<Rfc4180.Record> records;
        try
        {
            using var body = new StringReader(text);
            records = Rfc4180.Read(body, separator).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
        }
        catch (FormatException e)
        {
            throw new PlanRulesInputException(e is Rfc4180.CsvFormatException csv ? csv.Text : new LocalizedText("Tệp CSV sai định dạng (" + e.Message.TrimEnd('.') + ").", e.Message), fileName, innerException: e);
        }

        if (records.Count == 0) throw new PlanRulesInputException(new LocalizedText("Tệp trống: cần có dòng tiêu đề (xem docs/csv-import.md).", "The file is empty: a header line is required (docs/csv-import.md)."), fileName, lineNumber: 1);
        var header = records[0];
        var columns = ReadHeader(header, fileName);
        var reports = new List<ReceivedReport>(records.Count - 1);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < records.Count; i++)
        {
            var row = new Row(records[i], i + 1, columns, header.Fields, fileName);
            row.CheckCombiningMarks();
            var report = ReadRow(row, options, catalog);
            if (ids.TryGetValue(report.Id, out var earlier))
            {
                throw row.Error(
                    Column.Number,
                    string.Create(CultureInfo.InvariantCulture, $"Số đến '{report.Id}' bị ghi hai lần (hàng {earlier} và hàng {row.Number})."),
                    string.Create(CultureInfo.InvariantCulture, $"Số đến '{report.Id}' is used twice (rows {earlier} and {row.Number})."));
            }

            ids[report.Id] = row.Number;
            reports.Add(report);
        }

        return reports;
    }

    private static Dictionary<Column, int> ReadHeader(Rfc4180.Record header, string fileName)
    {
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (name.Length == 0) continue;
            if (CombiningMarks.HasOverlongRun(name)) throw PlanRulesInputException.InCsv(CombiningMarks.Reason, fileName, 1, null, header.Line);
            if (!ByKey.TryGetValue(Key(name), out var column))
            {
                throw PlanRulesInputException.InCsv(
                    new LocalizedText(
                    $"Không nhận ra cột '{name}'. Các cột được chấp nhận: Ngày đến, Giờ đến, Số đến, Tác giả (Cơ quan gửi), Số ký hiệu, Ngày văn bản, Trích yếu, Kỳ báo cáo, Nơi gửi đến (Kính gửi), Hình thức gửi, và các cột STT, Đơn vị hoặc người nhận, Ký nhận, Ghi chú của sổ (xem docs/csv-import.md).",
                    $"Unknown column '{name}'. Known columns: Ngày đến, Giờ đến, Số đến, Tác giả (Cơ quan gửi), Số ký hiệu, Ngày văn bản, Trích yếu, Kỳ báo cáo, Nơi gửi đến (Kính gửi), Hình thức gửi, and the register's STT, Đơn vị hoặc người nhận, Ký nhận, Ghi chú (docs/csv-import.md)."),
                    fileName, 1, name, header.Line);
            }

            if (column == Column.Ignored) continue;
            if (!columns.TryAdd(column, i))
            {
                throw PlanRulesInputException.InCsv(
                    new LocalizedText(
                        $"Cột '{name}' trùng với cột '{header.Fields[columns[column]].Trim()}'.",
                        $"Column '{name}' repeats column '{header.Fields[columns[column]].Trim()}'."),
                    fileName, 1, name, header.Line);
            }
        }

        foreach (var (required, label) in new[] { (Column.ReceivedOn, "Ngày đến"), (Column.Number, "Số đến"), (Column.Sender, "Tác giả") })
        {
            if (!columns.ContainsKey(required))
            {
                throw PlanRulesInputException.InCsv(
                    new LocalizedText(
                        $"Dòng tiêu đề thiếu cột '{label}' (docs/csv-import.md liệt kê các tên cột được chấp nhận).",
                        $"The header has no '{label}' column (docs/csv-import.md lists the accepted names)."),
                    fileName, 1, null, header.Line);
            }
        }

        return columns;
    }

    private static ReceivedReport ReadRow(Row row, IncomingRegisterCsvOptions options, BodyCatalog catalog)
    {
        var id = row.Required(Column.Number);
        var receivedOn = row.Date(Column.ReceivedOn) ?? throw row.Error(Column.ReceivedOn, "Ngày đến để trống.", "The received date is empty.");
        var receivedAt = VietnamTime.StartOfDay(receivedOn);
        if (row.Get(Column.ReceivedTime) is { } time)
        {
            if (!TimeOnly.TryParseExact(time, ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "H'h'mm", "H'g'mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                throw row.Error(Column.ReceivedTime, $"'{time}' không phải là giờ: hãy ghi HH:mm, ví dụ 14:30.", $"'{time}' is not a time: write HH:mm, for example 14:30.");
            }

            receivedAt = new DateTimeOffset(receivedOn.ToDateTime(t), VietnamTime.Offset);
        }

        var senderText = row.Required(Column.Sender);
        var sender = catalog.FindByName(senderText, receivedOn)
            ?? throw row.Error(
                Column.Sender,
                $"'{senderText}' không khớp với cơ quan, đơn vị nào trong danh mục, hoặc khớp với nhiều hơn một: hãy ghi mã (ví dụ so-tai-chinh) hoặc tên đầy đủ.",
                $"'{senderText}' matches no body of the catalog, or more than one: write its id (for example so-tai-chinh) or its full name.");

        int period;
        int? half = null, quarter = null;
        if (row.Get(Column.Period) is { } partText && TaskTiming.TryParse(partText, out var part) && part.Kind is TimingKind.HalfYear or TimingKind.Quarter)
        {
            // "6 tháng đầu năm 2025", "Quý III/2025": a half-yearly or quarterly report, never taken for the year's.
            period = part.Year!.Value;
            (half, quarter) = (part.Half, part.Quarter);
            if (period is < 1990 or > 2200) throw row.Error(Column.Period, $"'{partText}' không phải là kỳ báo cáo trong khoảng 1990 đến 2200.", $"'{partText}' is not a reporting period between 1990 and 2200.");
        }
        else if (row.Get(Column.Period) is { } periodText)
        {
            var digits = new string(periodText.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out period) || period is < 1990 or > 2200
                || periodText.Any(ch => char.IsDigit(ch) && !char.IsAsciiDigit(ch)))
            {
                throw row.Error(
                    Column.Period,
                    $"'{periodText}' không phải là kỳ báo cáo: hãy ghi năm, ví dụ 2025 hoặc Năm 2025, hoặc nửa năm, quý, ví dụ 6 tháng đầu năm 2025, Quý III/2025.",
                    $"'{periodText}' is not a reporting period: write the year, for example 2025 or Năm 2025, or the half or quarter, 6 tháng đầu năm 2025, Quý III/2025.");
            }
        }
        else
        {
            period = options.Period ?? throw row.Error(
                row.Has(Column.Period) ? Column.Period : null,
                "Chưa ghi kỳ báo cáo: hãy điền cột 'Kỳ báo cáo' hoặc cho biết kỳ (CLI: --period); kỳ báo cáo không bao giờ được suy ra từ ngày tháng.",
                "The reporting period is not stated: fill the 'Kỳ báo cáo' column or give the period (CLI: --period); it is never guessed from a date.");
        }

        BodyId? addressee = null;
        if (row.Get(Column.Addressee) is { } toText)
        {
            addressee = new BodyId(catalog.FindByName(toText, receivedOn)?.Id
                ?? throw row.Error(
                    Column.Addressee,
                    $"'{toText}' không khớp với cơ quan, đơn vị nào trong danh mục, hoặc khớp với nhiều hơn một: hãy ghi mã (ví dụ ubnd-tinh) hoặc tên đầy đủ.",
                    $"'{toText}' matches no body of the catalog, or more than one: write its id (for example ubnd-tinh) or its full name."));
        }

        DeliveryMeans? means = null;
        if (row.Get(Column.Means) is { } meansText)
        {
            means = MeansByKey.TryGetValue(Key(meansText), out var m) ? m
                : throw row.Error(
                    Column.Means,
                    $"'{meansText}' không phải là hình thức gửi: trực tiếp, bưu điện, fax, thư điện tử, phần mềm hoặc khác.",
                    $"'{meansText}' is not a means of sending: trực tiếp, bưu điện, fax, thư điện tử, phần mềm or khác.");
        }

        return new ReceivedReport
        {
            Id = id,
            Body = sender.Id,
            Period = period,
            Half = half,
            Quarter = quarter,
            ReceivedAt = receivedAt,
            Addressee = addressee?.Value,
            DeliveredTo = options.RegisterOf,
            Means = means,
            DocumentNumber = row.Get(Column.DocumentNumber),
            DocumentDate = row.Date(Column.DocumentDate),
        };
    }

    private static Dictionary<string, Column> IndexHeaders()
    {
        // Spellings that differ only by punctuation or diacritics ("Số ký hiệu", "Số, ký hiệu") share a key.
        var byKey = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var (column, names) in Headers)
        {
            foreach (var name in names)
            {
                if (byKey.TryGetValue(Key(name), out var other) && other != column)
                {
                    throw new InvalidOperationException($"Header '{name}' is listed for {other} and {column}.");
                }

                byKey[Key(name)] = column;
            }
        }

        return byKey;
    }

    /// <summary>A header's comparison key: lower case, without diacritics (đ as d), punctuation as single spaces.</summary>
    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch == 'đ' ? 'd' : ch;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static PlanRulesInputException NotText(string fileName) =>
        new(new LocalizedText("Tệp chứa byte NUL: đây không phải là văn bản CSV (hãy lưu sổ dưới dạng \"CSV UTF-8\").", "The file holds NUL bytes: it is not CSV text (save the register as \"CSV UTF-8\")."), fileName);

    private static PlanRulesInputException TooLarge(string fileName, long max) =>
        new(
            new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"Tệp lớn hơn giới hạn {max:N0} byte; hãy nâng giới hạn (CLI: --max-bytes) để đọc."),
                string.Create(CultureInfo.InvariantCulture, $"The file is larger than the limit of {max:N0} bytes; raise the limit (CLI: --max-bytes) to read it.")),
            fileName);

    private readonly record struct BodyId(string Value);

    private sealed class Row(Rfc4180.Record record, int number, Dictionary<Column, int> columns, IReadOnlyList<string> header, string fileName)
    {
        public int Number => number;

        public bool Has(Column column) => columns.ContainsKey(column);

        /// <summary>The trimmed, NFC-normalised cell, or null when the column is absent or the cell empty.</summary>
        public string? Get(Column column)
        {
            if (!columns.TryGetValue(column, out var i) || i >= record.Fields.Count) return null;
            var v = record.Fields[i].Trim();
            return v.Length == 0 ? null : v.Normalize(NormalizationForm.FormC);
        }

        /// <summary>Refuses a cell, read or not, with more combining marks in a row than normalisation may take.</summary>
        public void CheckCombiningMarks()
        {
            for (var i = 0; i < record.Fields.Count; i++)
            {
                if (CombiningMarks.HasOverlongRun(record.Fields[i]))
                {
                    throw PlanRulesInputException.InCsv(CombiningMarks.Reason, fileName, number, i < header.Count ? header[i].Trim() : null, record.Line);
                }
            }
        }

        public string Required(Column column) => Get(column) ?? throw Error(column, "Ô này để trống.", "The cell is empty.");

        public DateOnly? Date(Column column)
        {
            if (Get(column) is not { } s) return null;
            if (DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            throw Error(column, $"'{s}' không phải là ngày: hãy ghi dd/MM/yyyy (ví dụ 16/12/2025) hoặc yyyy-MM-dd, và là ngày có thật.", $"'{s}' is not a date: write dd/MM/yyyy (for example 16/12/2025) or yyyy-MM-dd, and a day that exists.");
        }

        public PlanRulesInputException Error(Column? column, string vi, string en)
        {
            var name = column is { } c && columns.TryGetValue(c, out var i) ? header[i].Trim() : null;
            return PlanRulesInputException.InCsv(new LocalizedText(vi, en), fileName, number, name, record.Line);
        }
    }
}
