using System.Text.RegularExpressions;
using LaiChau.PlanRules.Plan;

namespace LaiChau.PlanRules.Tests.Plan;

public sealed class PlanDocumentTests
{
    private static readonly PlanDocument LaiChau = PlanDocument.LaiChau;

    /// <summary>
    /// Every clause of the source text (preamble paragraphs, sections I–III, their items and unnumbered paragraphs),
    /// with the path the grammar gives it, read from the source by a small parser of its own: a row per clause, so a
    /// clause that is missing or altered in the data fails on its own.
    /// </summary>
    public static TheoryData<string, string> SourceClauses()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, text) in ReadSourceStructure()) data.Add(path, text);
        return data;
    }

    [Theory]
    [MemberData(nameof(SourceClauses))]
    public void Find_EveryClauseOfTheSource_HasTheSourceWordsAtItsPath(string path, string text)
    {
        // Act
        var clause = LaiChau.Find(path);

        // Assert
        Assert.Equal(text, clause.Text);
    }

    [Fact]
    public void Descendants_LaiChauBody_HoldsNoClauseTheSourceDoesNotHave()
    {
        // Arrange: the paths of the source's own clauses, plus the duties and the appendix reference (spans of them).
        var expected = ReadSourceStructure().Select(c => c.Path).Prepend("CC").ToHashSet();

        // Act
        var actual = LaiChau.Descendants()
            .Where(c => c.Kind is not (ClauseKind.Duty or ClauseKind.Appendix or ClauseKind.AppendixTask or ClauseKind.RecipientList
                or ClauseKind.Recipient or ClauseKind.Archive or ClauseKind.Signature))
            .Select(c => c.Path)
            .ToHashSet();

        // Assert
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public void FullText_LaiChauBody_ReproducesTheSourceBetweenTitleAndNoiNhan()
    {
        // Arrange: the source body; the one normalisation is the dot the source leaves out after "1.4".
        var source = PlanTestFiles.SourceText();
        var start = source.IndexOf("Căn cứ Nghị quyết số 45-NQ/TW", StringComparison.Ordinal);
        var end = source.IndexOf("Nơi nhận:", StringComparison.Ordinal);
        var expected = source[start..end].Trim().Replace("1.4 Tăng cường", "1.4. Tăng cường", StringComparison.Ordinal);

        // Act
        var actual = string.Join("\n\n", LaiChau.Clauses.Select(c => c.FullText));

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Clauses_LaiChau_AreThePreambleAndSectionsOneToThree()
    {
        // Act
        var top = LaiChau.Clauses.Select(c => (c.Path, c.Kind)).ToList();

        // Assert
        Assert.Equal([("CC", ClauseKind.Preamble), ("I", ClauseKind.Section), ("II", ClauseKind.Section), ("III", ClauseKind.Section)], top);
    }

    [Theory]
    // Why each row: the four "Căn cứ" documents in the order the preamble cites them, with the issuer stored (not
    // derived from "/TW", which the Central Committee and the Politburo share) and the short name as written.
    [InlineData(0, "45-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng khóa XIII", "2023-11-24", "Nghị quyết số 45-NQ/TW", "ban-chap-hanh-trung-uong")]
    [InlineData(1, "20-KH/TW", "Kế hoạch", "Bộ Chính trị", "2023-11-28", "Kế hoạch số 20-KH/TW", "bo-chinh-tri")]
    [InlineData(2, "107/NQ-CP", "Nghị quyết", "Chính phủ", "2024-07-09", "Nghị quyết số 107/NQ-CP", "chinh-phu")]
    [InlineData(3, "44-CTr/TU", "Chương trình hành động", "Ban Thường vụ Tỉnh ủy", "2024-03-28", "Chương trình hành động số 44-CTr/TU", "ban-thuong-vu-tinh-uy")]
    public void LegalBases_LaiChau_AreTheFourCanCuDocumentsInOrder(
        int index, string number, string kindName, string issuerName, string date, string shortName, string issuerBodyId)
    {
        // Act
        var basis = LaiChau.LegalBases[index];

        // Assert
        Assert.Equal(4, LaiChau.LegalBases.Count);
        Assert.Equal(new PlanDocumentReference(number, kindName, issuerName, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), shortName, issuerBodyId), basis);
        Assert.Contains($"(sau đây gọi tắt là {shortName})", LaiChau.Find("CC").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencedDocuments_271KhBcsd_IsNamedInI3II2AndIII1ButIsNoLegalBasis()
    {
        // Act
        var reference = Assert.Single(LaiChau.ReferencedDocuments, d => d.Reference.Number == "271-KH/BCSD");

        // Assert
        Assert.Equal(new PlanDocumentReference("271-KH/BCSD", "Kế hoạch", "Ban cán sự đảng UBND tỉnh", new DateOnly(2024, 5, 27), null, "ban-can-su-dang-ubnd-tinh"), reference.Reference);
        Assert.Equal(["I.3", "II.2.p1", "III.1"], reference.ClausePaths);
        Assert.DoesNotContain(LaiChau.LegalBases, b => b.Number == "271-KH/BCSD");
    }

    [Fact]
    public void ReferencedDocuments_LaiChau_EachCitedClauseNamesTheDocument()
    {
        // Act
        var pairs = LaiChau.ReferencedDocuments.SelectMany(d => d.ClausePaths.Select(p => (d.Reference.Number, Path: p))).ToList();

        // Assert
        Assert.Equal(17, pairs.Count);
        Assert.All(pairs, p => Assert.Contains(p.Number, LaiChau.Find(p.Path).Text, StringComparison.Ordinal));
    }

    [Theory]
    // Why each row: the four duties of III.1 and the three of III.2 the templates cite; each is the exact span of
    // its item's words, and the key phrase shows it is the right one.
    [InlineData("III.1.d1", "III.1", "tổ chức nghiên cứu, học tập quán triệt")]
    [InlineData("III.1.d2", "III.1", "xây dựng kế hoạch triển khai thực hiện")]
    [InlineData("III.1.d3", "III.1", "tăng cường kiểm tra, giám sát, đôn đốc")]
    [InlineData("III.1.d4", "III.1", "Định kỳ hàng năm, báo cáo kết quả thực hiện các nhiệm vụ tại Kế hoạch này về UBND tỉnh (qua Sở Nội vụ) theo quy định")]
    [InlineData("III.2.d1", "III.2", "chủ trì, phối hợp")]
    [InlineData("III.2.d2", "III.2", "Theo dõi, đôn đốc")]
    [InlineData("III.2.d3", "III.2", "định kỳ, đột xuất tham mưu UBND tỉnh sơ kết, tổng kết")]
    public void Find_Duty_IsASpanOfItsItemText(string path, string parentPath, string phrase)
    {
        // Act
        var duty = LaiChau.Find(path);

        // Assert
        Assert.Equal(ClauseKind.Duty, duty.Kind);
        Assert.StartsWith(phrase, duty.Text, StringComparison.Ordinal);
        Assert.Contains(duty.Text, LaiChau.Find(parentPath).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_III1_HasExactlyFourDuties()
    {
        // Act
        var duties = LaiChau.Find("III.1").Children;

        // Assert
        Assert.Equal(["III.1.d1", "III.1.d2", "III.1.d3", "III.1.d4"], duties.Select(d => d.Path));
    }

    [Theory]
    // Why each row: a well-formed path the plan does not have, a path one past the last paragraph, and text that is
    // no path at all: the message names the path in every case.
    [InlineData("III.3")]
    [InlineData("II.1.2.p3")]
    [InlineData("III.1.d5")]
    [InlineData("iii.1")]
    public void Find_UnknownPath_ThrowsNamingThePath(string path)
    {
        // Act
        var error = Assert.Throws<KeyNotFoundException>(() => LaiChau.Find(path));

        // Assert
        Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFind_UnknownPath_ReturnsFalse()
    {
        // Act
        var found = LaiChau.TryFind("IV", out var clause);

        // Assert
        Assert.False(found);
        Assert.Null(clause);
    }

    [Fact]
    public void Recipients_LaiChau_AreTheNoiNhanLinesWithoutTheArchiveLine()
    {
        // Act
        var lines = LaiChau.Recipients.Select(r => r.ToString()).ToList();

        // Assert
        Assert.Equal(
            [
                "Văn phòng Chính phủ (để b/c)", "Bộ Nội vụ (để b/c)", "TT. Tỉnh ủy (để b/c)", "Chủ tịch, các PCT UBND tỉnh",
                "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Đài Phát thanh - Truyền hình tỉnh", "VP UBND tỉnh: V, CB, HCC, Th1",
            ],
            lines);
        Assert.DoesNotContain(LaiChau.Recipients, r => r.Text.StartsWith("Lưu", StringComparison.Ordinal));
    }

    [Theory]
    // Why each row: every recipient that maps to a body or a group, and the one that maps to neither.
    [InlineData(0, "van-phong-chinh-phu", null)]
    [InlineData(1, "bo-noi-vu", null)]
    [InlineData(2, "thuong-truc-tinh-uy", null)]
    [InlineData(3, null, null)]
    [InlineData(4, null, "provincial-departments")]
    [InlineData(5, null, "district-committees")]
    [InlineData(6, "dai-phat-thanh-truyen-hinh", null)]
    [InlineData(7, "van-phong-ubnd", null)]
    public void Recipients_LaiChau_MapToBodiesAndGroups(int index, string? bodyId, string? groupId)
    {
        // Act
        var recipient = LaiChau.Recipients[index];

        // Assert
        Assert.Equal(bodyId, recipient.BodyId);
        Assert.Equal(groupId, recipient.GroupId);
        Assert.Equal(index < 3 ? "để b/c" : null, recipient.Purpose);
    }

    [Fact]
    public void Recipients_LaiChau_IncludeTheRadioTvStationButNoAssociation()
    {
        // Act
        var radio = LaiChau.Recipients.SingleOrDefault(r => r.BodyId == "dai-phat-thanh-truyen-hinh");

        // Assert: the station gets the plan but has no duty; the associations have duties but do not get it.
        Assert.NotNull(radio);
        Assert.DoesNotContain(LaiChau.ObligationTemplates, t => t.ObligatedBodyIds.Contains("dai-phat-thanh-truyen-hinh"));
        Assert.DoesNotContain(LaiChau.Recipients, r => r.GroupId == "provincial-associations" || r.Text.Contains("Hội", StringComparison.Ordinal));
        Assert.Contains(LaiChau.ObligationTemplates, t => t.ObligatedGroupIds.Contains("provincial-associations"));
    }

    [Fact]
    public void Archive_LaiChau_IsTheLuuLineKeptApart()
    {
        // Act
        var archive = LaiChau.Archive;

        // Assert
        Assert.Equal("Lưu: VT, Th2", archive.Text);
        Assert.Equal(["VT", "Th2"], archive.Holders);
        Assert.Equal("Lưu: VT, Th2", LaiChau.Find("LUU").Text);
    }

    [Theory]
    // Why each row: the closing parts are reachable by path too: the list, a recipient, the archive line, the signature.
    [InlineData("NN", ClauseKind.RecipientList, "Nơi nhận")]
    [InlineData("NN.7", ClauseKind.Recipient, "Đài Phát thanh - Truyền hình tỉnh")]
    [InlineData("NN.1", ClauseKind.Recipient, "Văn phòng Chính phủ (để b/c)")]
    [InlineData("LUU", ClauseKind.Archive, "Lưu: VT, Th2")]
    [InlineData("KY", ClauseKind.Signature, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Lương")]
    public void Find_ClosingPart_GivesItsText(string path, ClauseKind kind, string text)
    {
        // Act
        var clause = LaiChau.Find(path);

        // Assert
        Assert.Equal(kind, clause.Kind);
        Assert.Equal(text, clause.Text);
    }

    [Fact]
    public void Header_LaiChau_IsTheUnnumberedUndatedDraft()
    {
        // Assert
        Assert.Equal("lai-chau-kh-107-nq-cp-2024", LaiChau.Id);
        Assert.Equal("ubnd-tinh", LaiChau.IssuerBodyId);
        Assert.Equal("Ủy ban nhân dân tỉnh Lai Châu", LaiChau.IssuerName);
        Assert.Equal("KH", LaiChau.KindCode);
        Assert.Equal("KẾ HOẠCH", LaiChau.KindName);
        Assert.StartsWith("Thực hiện Nghị quyết số 107/NQ-CP ngày 09/7/2024 của Chính phủ", LaiChau.Title, StringComparison.Ordinal);
        Assert.Null(LaiChau.Number);
        Assert.Null(LaiChau.SignedOn);
        Assert.Equal(2024, LaiChau.DraftYear);
        Assert.True(LaiChau.IsDraft);
        Assert.Equal("Lai Châu", LaiChau.Place);
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Lương"), (LaiChau.Authority, LaiChau.Position, LaiChau.Signer));
    }

    [Fact]
    public void LaiChau_ReadTwice_IsTheSameInstance()
    {
        // Act / Assert
        Assert.Same(PlanDocument.LaiChau, PlanDocument.LaiChau);
    }

    [Fact]
    public void WithSignature_NumberAndDate_IsNoLongerADraft()
    {
        // Act
        var signed = LaiChau.WithSignature(number: "152/KH-UBND", signedOn: new DateOnly(2024, 8, 20));

        // Assert
        Assert.False(signed.IsDraft);
        Assert.Equal("152/KH-UBND", signed.Number);
        Assert.Equal(new DateOnly(2024, 8, 20), signed.SignedOn);
        Assert.Equal("Lê Văn Lương", signed.Signer);
        Assert.True(LaiChau.IsDraft);
        Assert.Null(LaiChau.Number);
    }

    [Fact]
    public void WithSignature_NumberOnly_IsStillADraft()
    {
        // Act
        var numbered = LaiChau.WithSignature(number: "152/KH-UBND");

        // Assert
        Assert.True(numbered.IsDraft);
    }

    [Fact]
    public void WithSignature_OtherSigner_ChangesTheSignatureAndKeepsTheRest()
    {
        // Act
        var changed = LaiChau.WithSignature(authority: "KT. CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", signer: "Hà Quang Trung");

        // Assert
        Assert.Equal("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Quang Trung", changed.Find("KY").Text);
        Assert.Null(changed.Number);
        Assert.Equal(PlanTestFiles.SaveToString(LaiChau).Replace("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").Replace("\"CHỦ TỊCH\"", "\"PHÓ CHỦ TỊCH\"").Replace("Lê Văn Lương", "Hà Quang Trung"),
            PlanTestFiles.SaveToString(changed));
    }

    [Theory]
    // Why each row: a number of another kind of document, a number without its symbol, and spaces around it.
    [InlineData("152/QĐ-UBND")]
    [InlineData("152")]
    [InlineData(" 152/KH-UBND")]
    public void WithSignature_BadNumber_Throws(string number)
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => LaiChau.WithSignature(number: number));
    }

    [Fact]
    public void Save_ThenLoad_GivesTheSamePlan()
    {
        // Arrange
        var saved = PlanTestFiles.SaveToString(LaiChau);

        // Act
        var loaded = PlanTestFiles.LoadText(saved, "saved.json");

        // Assert
        Assert.Equal(saved, PlanTestFiles.SaveToString(loaded));
        Assert.Equal(LaiChau.Descendants().Select(c => (c.Path, c.Kind, c.Number, c.Heading, c.Text)),
            loaded.Descendants().Select(c => (c.Path, c.Kind, c.Number, c.Heading, c.Text)));
        Assert.Equal(LaiChau.LegalBases, loaded.LegalBases);
        Assert.Equal(LaiChau.ReferencedDocuments, loaded.ReferencedDocuments);
        Assert.Equal(LaiChau.Recipients, loaded.Recipients);
        Assert.Equal(LaiChau.Archive, loaded.Archive);
    }

    [Fact]
    public void Save_EmbeddedFile_IsWrittenBackUnchanged()
    {
        // Arrange: the embedded data file, as shipped.
        using var resource = typeof(PlanDocument).Assembly.GetManifestResourceStream("LaiChau.PlanRules.Data.lai-chau-plan.json")!;
        using var reader = new StreamReader(resource);
        var shipped = reader.ReadToEnd().ReplaceLineEndings("\n");

        // Act
        var saved = PlanTestFiles.SaveToString(LaiChau);

        // Assert: the data file is in the writer's own form, so a Save diff shows only real changes.
        Assert.Equal(shipped, saved);
    }

    [Fact]
    public void Load_OtherProvincePlan_ReadsItsOwnNumberingAndStatedDeadline()
    {
        // Act
        var plan = PlanTestFiles.LoadOtherProvince();

        // Assert
        Assert.Equal("illustrative-other-province", plan.Id);
        Assert.Contains("MINH HỌA", plan.Title, StringComparison.Ordinal);
        Assert.False(plan.IsDraft);
        var report = Assert.Single(plan.ObligationTemplates, t => t.Kind == ObligationKind.AnnualReport);
        Assert.Equal("IV.2.d2", report.ClausePath);
        Assert.Equal(["provincial-departments", "commune-committees"], report.ObligatedGroupIds);
        Assert.NotNull(report.StatedDeadline);
        Assert.Equal(TimingKind.BeforeDayOfYear, report.StatedDeadline.Kind);
        Assert.Equal("trước ngày 15/12 hằng năm", report.StatedDeadline.Text);
        Assert.Equal(new DateOnly(2025, 12, 14), report.StatedDeadline.DueDate(2025, TimingPolicy.Default));
        Assert.Contains(plan.Recipients, r => r.Text == "UBND các xã, phường" && r.GroupId == "commune-committees");
        Assert.EndsWith("trong Quý IV/2025", plan.Find("IV.2.d1").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_OtherProvincePlan_RoundTripsWithItsAppendix()
    {
        // Arrange
        var plan = PlanTestFiles.LoadOtherProvince();
        var saved = PlanTestFiles.SaveToString(plan);

        // Act
        var loaded = PlanTestFiles.LoadText(saved);

        // Assert
        Assert.Equal(saved, PlanTestFiles.SaveToString(loaded));
        Assert.Equal(4, loaded.Appendix.Tasks.Count);
        Assert.Equal("Sơ kết thực hiện Kế hoạch", loaded.Find("II.2.PL.4").Text);
    }

    [Fact]
    public void Descendants_LaiChau_AreUniqueFindableAndInDocumentOrder()
    {
        // Act
        var paths = LaiChau.Descendants().Select(c => c.Path).ToList();

        // Assert
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.All(paths, p => Assert.Equal(p, LaiChau.Find(p).Path));
        Assert.Equal(["CC", "CC.p1"], paths.Take(2));
        Assert.True(paths.IndexOf("II.1.5.p3") < paths.IndexOf("II.2") && paths.IndexOf("III.2.d3") < paths.IndexOf("NN"));
        Assert.Equal(["LUU", "KY"], paths.TakeLast(2));
    }

    [Fact]
    public void Appendix_LaiChau_IsNotPublishedAndHasNoTasks()
    {
        // Act
        var appendix = LaiChau.Appendix;

        // Assert
        Assert.False(appendix.IsPublished);
        Assert.Empty(appendix.Tasks);
        Assert.Equal("II.2.PL", appendix.ClausePath);
        Assert.Contains("không được công bố", appendix.Note.Vi, StringComparison.Ordinal);
        Assert.Contains("not published", appendix.Note.En, StringComparison.Ordinal);
        Assert.Empty(LaiChau.Find("II.2.PL").Children);
    }

    /// <summary>Reads the body of the source into (path, text) pairs by the clause-path grammar.</summary>
    private static List<(string Path, string Text)> ReadSourceStructure()
    {
        var source = PlanTestFiles.SourceText();
        var paragraphs = Regex.Split(source, @"\n\s*\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var first = paragraphs.FindIndex(p => p.StartsWith("Căn cứ", StringComparison.Ordinal));
        var result = new List<(string, string)>();
        var counts = new Dictionary<string, int>();
        string? section = null, item1 = null, item2 = null;
        var owner = "CC";
        foreach (var p in paragraphs.Skip(first).TakeWhile(p => p != "Nơi nhận:"))
        {
            Match m;
            if ((m = Regex.Match(p, @"^(I|II|III)\. (.+)$")).Success)
            {
                section = m.Groups[1].Value;
                (item1, item2, owner) = (null, null, section);
                result.Add((section, m.Groups[2].Value));
            }
            else if ((m = Regex.Match(p, @"^(\d+)\.(\d+)\.? (.+)$")).Success)
            {
                item2 = $"{item1}.{m.Groups[2].Value}";
                owner = item2;
                result.Add((item2, m.Groups[3].Value));
            }
            else if ((m = Regex.Match(p, @"^(\d+)\. (.+)$")).Success)
            {
                item1 = $"{section}.{m.Groups[1].Value}";
                (item2, owner) = (null, item1);
                result.Add((item1, m.Groups[2].Value));
            }
            else
            {
                counts[owner] = counts.GetValueOrDefault(owner) + 1;
                result.Add(($"{owner}.p{counts[owner]}", p));
            }
        }

        return result;
    }
}
