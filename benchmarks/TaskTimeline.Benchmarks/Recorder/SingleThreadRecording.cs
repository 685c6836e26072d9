using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>What one recorded event costs on one thread, beside the timestamp it cannot avoid taking.</summary>
[MemoryDiagnoser]
public class SingleThreadRecording
{
    private const int EventsPerInvoke = 1024;
    private const int Capacity = 1 << 20;

    private Timeline _timeline = null!;
    private int _recorded;

    [GlobalSetup]
    public void Setup() => _timeline = new Timeline("bench", capacity: Capacity);

    /// <summary>The floor: reading the clock is the one thing a recorder must do.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = EventsPerInvoke)]
    public long StopwatchGetTimestamp()
    {
        long sum = 0;
        for (int i = 0; i < EventsPerInvoke; i++) sum += Stopwatch.GetTimestamp();
        return sum;
    }

    /// <summary>Timeline.Record, the call every suspend, ready, resume and end goes through.</summary>
    [Benchmark(OperationsPerInvoke = EventsPerInvoke)]
    public void TimelineRecord()
    {
        // A full log only counts drops, which is cheaper: start a fresh one first (amortised, like a real notebook's many timelines).
        if (_recorded > Capacity - EventsPerInvoke) { _timeline = new Timeline("bench", capacity: Capacity); _recorded = 0; }
        var timeline = _timeline;
        for (int i = 0; i < EventsPerInvoke; i += 4)
        {
            timeline.Record(i, TimelineEventKind.Suspend, "steeping");
            timeline.Record(i, TimelineEventKind.Ready);
            timeline.Record(i, TimelineEventKind.Resume);
            timeline.Record(i, TimelineEventKind.End);
        }
        _recorded += EventsPerInvoke;
    }
}
