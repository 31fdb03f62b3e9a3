using System.Text;
using LaiChau.PlanRules.Bodies;
using LaiChau.PlanRules.Calendar;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using LaiChau.PlanRules.Json;
using LaiChau.PlanRules.Plan;
using Microsoft.Extensions.Options;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>
/// The size and depth limits (JsonInputLimits: 16 MiB and 32 by default) hold for every reader, are checked
/// while reading so an oversized upload is never held in memory, and can be raised.
/// </summary>
public class InputLimitTests
{
    public static TheoryData<string> Readers => new() { "evidence", "plan", "catalog", "catalog-overrides", "calendar", "appendix" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_SeekableInputOverTheLimit_IsRefusedBeforeAnyByteIsRead(string reader)
    {
        using var stream = new CountingStream(new MemoryStream(new byte[2048]), seekable: true);

        var e = Assert.Throws<PlanRulesInputException>(() => Read(reader, stream, new JsonInputLimits(maxBytes: 1024)));

        Assert.Equal(0, stream.BytesRead);
        Assert.Contains("1,024 bytes", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.Equal("input.json", e.FileName);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_EndlessStreamWithoutALength_StopsAtTheDefaultLimit(string reader)
    {
        // An upload streamed from the network: no length, and it never ends.
        using var stream = new CountingStream(new EndlessStream("{\"description\": \"" + new string(' ', 1000)), seekable: false);

        var e = Assert.Throws<PlanRulesInputException>(() => Read(reader, stream, limits: null));

        Assert.Contains("16,777,216 bytes", e.LocalizedReason.En, StringComparison.Ordinal);
        Assert.InRange(stream.BytesRead, JsonInputLimits.DefaultMaxBytes, JsonInputLimits.DefaultMaxBytes + 64 * 1024);
    }

    [Fact]
    public void ReadFile_FileOfFiftyMegabytes_IsRefusedWithTheLimitAndHowToRaiseIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"planrules-large-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(50L * 1024 * 1024);
            }

            var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.ReadFile(path));

            Assert.Equal(path, e.FileName);
            Assert.Contains("JsonInputLimits.MaxBytes", e.Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(40, 32, true)] // deeper than the default
    [InlineData(33, 32, true)] // one level too deep
    [InlineData(32, 32, false)] // at the limit: read, then refused for its type, not its depth
    [InlineData(40, 64, false)] // a raised limit lets it through to the type check
    [InlineData(100_000, 32, true)] // far too deep: refused without exhausting the stack
    public void Read_NestingDepth_IsLimitedAndTheLimitCanBeRaised(int depth, int maxDepth, bool refusedForDepth)
    {
        // The root object is level 1; "description" holds depth - 1 nested arrays.
        var json = "{\"schemaVersion\": 1, \"description\": " + new string('[', depth - 1) + new string(']', depth - 1) + "}";

        var e = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "deep.json", new JsonInputLimits(maxDepth: maxDepth)));

        Assert.Equal(refusedForDepth, e.Reason.Contains("depth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Parse_TextWhoseUtf8IsOverTheLimit_IsRefusedLikeTheSameBytesFromAStream()
    {
        // 600 Vietnamese letters are 600 characters but 1,800 UTF-8 bytes: the limit is in bytes, whatever the entry point.
        var json = "{\"schemaVersion\": 1, \"description\": \"" + string.Concat(Enumerable.Repeat("ệ", 600)) + "\"}";
        var limits = new JsonInputLimits(maxBytes: 1024);

        var fromStream = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "evidence.json", limits));
        var fromText = Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Parse(json, "evidence.json", limits));

        Assert.Equal(fromStream.Message, fromText.Message);
    }

    [Fact]
    public void Options_MaxInputBytes_AppliesToThePlanFileTheEvaluatorReads()
    {
        var plan = Path.Combine(AppContext.BaseDirectory, "TestData", "other-province-plan.json");
        var evaluator = new ComplianceEvaluator(Options.Create(new PlanRulesOptions { PlanFile = plan, MaxInputBytes = 4096 }));

        var e = Assert.Throws<PlanRulesInputException>(evaluator.Warm);

        Assert.Equal(plan, e.FileName);
        Assert.Contains("4,096 bytes", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 32)] // no size at all
    [InlineData(1024, 0)] // no depth at all
    [InlineData(1024, 10_001)] // beyond the documented maximum depth
    public void Options_LimitsOutOfRange_AreRejectedWhenTheEvaluatorIsBuilt(long maxBytes, int maxDepth)
    {
        Assert.Throws<OptionsValidationException>(() => ComplianceEvaluator.Create(o => (o.MaxInputBytes, o.MaxJsonDepth) = (maxBytes, maxDepth)));
    }

    private static object Read(string reader, Stream stream, JsonInputLimits? limits) => reader switch
    {
        "evidence" => EvidenceReader.Read(stream, "input.json", limits),
        "plan" => PlanDocument.Load(stream, "input.json", limits),
        "catalog" => BodyCatalog.Load(stream, "input.json", limits),
        "catalog-overrides" => BodyCatalog.LaiChau.WithOverrides(stream, "input.json", limits),
        "calendar" => CalendarOverrides.Load(stream, "input.json", limits),
        "appendix" => PlanAppendix.Load(stream, "input.json", limits),
        _ => throw new ArgumentOutOfRangeException(nameof(reader)),
    };

    /// <summary>Counts the bytes read through it; optionally hides that the inner stream can seek.</summary>
    private sealed class CountingStream(Stream inner, bool seekable) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => seekable;
        public override bool CanWrite => false;
        public override long Length => seekable ? inner.Length : throw new NotSupportedException();
        public override long Position { get => seekable ? inner.Position : throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }
    }
}
