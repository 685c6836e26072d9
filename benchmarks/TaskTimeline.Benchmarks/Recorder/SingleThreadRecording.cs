using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>What one recorded event costs on one thread, beside the timestamp it cannot avoid taking.</summary>
[MemoryDiagnoser]
public class SingleThreadRecording
{
    private const int EventsPerInvoke = 1024;
    private const int LongCapacity = 1 << 20;

    private Timeline _long = null!;
    private int _recordedInLong;

    [GlobalSetup]
    public void Setup() => _long = new Timeline("bench", capacity: LongCapacity);

    /// <summary>The floor: reading the clock is the one thing a recorder must do.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = EventsPerInvoke)]
    public long StopwatchGetTimestamp()
    {
        long sum = 0;
        for (int i = 0; i < EventsPerInvoke; i++) sum += Stopwatch.GetTimestamp();
        return sum;
    }

    /// <summary>
    /// Timeline.Record, the call every suspend, ready, resume and end goes through, into a lesson-sized timeline:
    /// a new default-capacity timeline per 1,024 events, so its creation and first chunks are counted too.
    /// </summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void TimelineRecord_LessonSized() => RecordBatch(new Timeline("bench"));

    /// <summary>The same into one long recording of a million events: every event lands in memory not touched for a while.</summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void TimelineRecord_MillionEvents()
    {
        // A full log only counts drops, which is cheaper: start a fresh one first (amortised over a million events).
        if (_recordedInLong > LongCapacity - EventsPerInvoke) { _long = new Timeline("bench", capacity: LongCapacity); _recordedInLong = 0; }
        RecordBatch(_long);
        _recordedInLong += EventsPerInvoke;
    }

    private static void RecordBatch(Timeline timeline)
    {
        for (int i = 0; i < EventsPerInvoke; i += 4)
        {
            timeline.Record(i, TimelineEventKind.Suspend, "steeping");
            timeline.Record(i, TimelineEventKind.Ready);
            timeline.Record(i, TimelineEventKind.Resume);
            timeline.Record(i, TimelineEventKind.End);
        }
    }
}
