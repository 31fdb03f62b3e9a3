using System.Collections;
using System.Text;
using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;

namespace LaiChau.PlanRules.Tests.Reliability.Adversarial;

/// <summary>
/// Work and memory that must grow linearly with the input, asserted with counts instead of timings: how many times the
/// evaluation walks the requests and the other evidence lists, and how many bytes reading a hostile input allocates
/// before it is refused.
/// </summary>
public class LinearWorkTests
{
    private static readonly ComplianceEvaluator Evaluator = ComplianceEvaluator.Create();

    [Fact]
    public void AdHocReplies_TheRequestsAreWalkedAFixedNumberOfTimes_NotOncePerReply()
    {
        long Walks(int n)
        {
            var requests = new CountingList<ReportRequest>([.. Enumerable.Range(0, n).Select(i => new ReportRequest
            {
                Id = $"Y{i}", Kind = ReportRequestKind.AdHoc, DocumentNumber = $"{i + 1}/UBND-TH", DocumentDate = new DateOnly(2026, 3, 5),
                Issuer = "ubnd-tinh", Period = 2026, DueOn = new DateOnly(2026, 3, 18), Bodies = ["so-y-te"],
            })]);
            var evidence = new EvidenceSet
            {
                AsOf = new DateOnly(2026, 3, 20),
                Plan = new PlanOverrides { SignedOn = new DateOnly(2024, 10, 15) },
                Policy = new PolicyOverrides { FirstYear = 2024, LastYear = 2026 },
                Requests = requests,
                Reports = [.. Enumerable.Range(0, n).Select(i => new ReceivedReport
                {
                    Id = $"R{i}", Body = "so-y-te", Period = 2026, ReceivedAt = new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.FromHours(7)),
                    DeliveredTo = "so-noi-vu", RequestId = $"Y{i}",
                })],
            };
            Evaluator.Evaluate(evidence);
            return requests.ElementsVisited;
        }

        var small = Walks(200);
        var large = Walks(800);

        // Linear: 4 x the requests and replies, about 4 x the walking (a scan per reply would be 16 x).
        Assert.InRange((double)large / small, 3.0, 5.0);
    }

    // Generators that pile entries of one kind into the evidence: however each entry is filed, the evidence list holding
    // them is walked a fixed number of times, not once per entry (with the limits raised, so that they are evaluated).
    [Theory]
    [InlineData("duplicate-reports", "reports")]
    [InlineData("replacement-chain", "reports")]
    [InlineData("review-milestones", "reviews")]
    [InlineData("progress-without-body", "taskProgress")]
    [InlineData("period-deadline-requests", "requests")]
    public void PiledUpEntries_TheirListIsWalkedAFixedNumberOfTimes_NotOncePerEntry(string generator, string list)
    {
        long Walks(int n)
        {
            var parsed = EvidenceReader.Parse(HostileInputs.Get(generator).Generate(n));
            var (evidence, visited) = list switch
            {
                "reports" => Counted(parsed.Reports, l => parsed with { Reports = l }),
                "reviews" => Counted(parsed.Reviews, l => parsed with { Reviews = l }),
                "taskProgress" => Counted(parsed.TaskProgress, l => parsed with { TaskProgress = l }),
                _ => Counted(parsed.Requests, l => parsed with { Requests = l }),
            };

            HostileInputTests.Raised.Evaluate(evidence);
            return visited();
        }

        var small = Walks(200);
        var large = Walks(800);

        Assert.True(small >= 200, $"the {list} should be read at least once each");
        Assert.InRange((double)large / small, 3.0, 5.0);
    }

    /// <summary>The evidence with one of its lists replaced by a counting copy, and how to read the count.</summary>
    private static (EvidenceSet Evidence, Func<long> Visited) Counted<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, EvidenceSet> with)
    {
        var counting = new CountingList<T>([.. items]);
        return (with(counting), () => counting.ElementsVisited);
    }

    [Theory]
    [InlineData("arrays-in-unknown-member")]
    [InlineData("empty-objects-as-reports")]
    public void HostileShape_RefusedHavingAllocatedASmallMultipleOfTheInput(string name)
    {
        var text = HostileInputs.Get(name).Generate(1_000_000);
        var bytes = Encoding.UTF8.GetBytes(text);
        EvidenceReader.Parse("""{ "schemaVersion": 1 }""", "warm.json"); // JIT the reader first
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<PlanRulesInputException>(() => EvidenceReader.Read(new MemoryStream(bytes), "hostile.json"));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 8L * bytes.Length, $"{allocated:N0} bytes allocated for {bytes.Length:N0} bytes of input");
    }

    [Fact]
    public void Register_EndlessZeroBytesWithAHugeLimit_RefusedAtTheFirstBlock()
    {
        using var zeros = new EndlessStream(string.Empty, filler: 0); // /dev/zero

        var e = Assert.Throws<PlanRulesInputException>(() =>
            IncomingRegisterCsv.Read(zeros, "/dev/zero", new IncomingRegisterCsvOptions { RegisterOf = "so-noi-vu", Period = 2025, MaxBytes = long.MaxValue }));

        Assert.Contains("NUL", e.Reason, StringComparison.Ordinal);
        Assert.True(zeros.Position < 1_000_000, $"read {zeros.Position:N0} bytes");
    }

    [Fact]
    public void Register_EndlessTextThroughATextReader_StopsAtTheLimit()
    {
        var e = Assert.Throws<PlanRulesInputException>(() =>
            IncomingRegisterCsv.Read(new EndlessText(), "endless.csv", new IncomingRegisterCsvOptions { RegisterOf = "so-noi-vu", Period = 2025, MaxBytes = 100_000 }));

        Assert.Contains("limit", e.LocalizedReason.En, StringComparison.Ordinal);
    }

    /// <summary>A list that counts the elements its enumerators and indexer hand out.</summary>
    private sealed class CountingList<T>(List<T> items) : IReadOnlyList<T>
    {
        public long ElementsVisited { get; private set; }

        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                ElementsVisited++;
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var item in items)
            {
                ElementsVisited++;
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A text reader that never ends: "a,b\n" forever.</summary>
    private sealed class EndlessText : TextReader
    {
        public override int Read(char[] buffer, int index, int count)
        {
            for (var i = 0; i < count; i++) buffer[index + i] = "a,b\n"[i % 4];
            return count;
        }
    }
}
