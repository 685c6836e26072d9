using BenchmarkDotNet.Attributes;

namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>
/// What one await costs: unrecorded, recorded by <see cref="Timeline.Record"/> (the runtime's task events), and recorded
/// by the older lane wrapper (a recording SynchronizationContext). Also: an unrecorded await after a recording has come and
/// gone, which must cost what it did before the library was used (the task events are switched off again).
/// One operation is an async method that suspends on an incomplete task and resumes inline when it completes.
/// </summary>
[MemoryDiagnoser]
public class AutomaticRecordingCost
{
    private const int AwaitsPerInvoke = 256;
    private Timeline? _recording;
    private Timeline? _lanes;

    [GlobalSetup(Target = nameof(AwaitAfterARecordingEnded))]
    public void RecordOnceAndStop()
    {
        using var once = Timeline.Record("once");
        AwaitMany();
    }

    [IterationSetup(Target = nameof(AwaitRecordedAutomatically))]
    public void StartRecording() => _recording = Timeline.Record("cost");

    [IterationCleanup(Target = nameof(AwaitRecordedAutomatically))]
    public void StopRecording() => _recording?.Dispose();

    [IterationSetup(Target = nameof(AwaitInALane))]
    public void NewLaneTimeline() => _lanes = new Timeline("lanes");

    [Benchmark(Baseline = true, OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitUnrecorded() => AwaitMany();

    [Benchmark(OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitAfterARecordingEnded() => AwaitMany();

    [Benchmark(OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitRecordedAutomatically() => AwaitMany();

    [Benchmark(OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitInALane()
    {
        for (int i = 0; i < AwaitsPerInvoke; i++)
        {
            var gate = new TaskCompletionSource();
            var lane = _lanes!.Lane("await", () => SuspendOn(gate.Task));
            gate.SetResult();
            lane.Wait();
        }
    }

    private static void AwaitMany()
    {
        for (int i = 0; i < AwaitsPerInvoke; i++)
        {
            var gate = new TaskCompletionSource();
            var awaiting = SuspendOn(gate.Task);
            gate.SetResult(); // no RunContinuationsAsynchronously: the continuation runs inline, here
            if (!awaiting.IsCompletedSuccessfully) throw new InvalidOperationException("The await did not resume inline.");
        }
    }

    private static async Task SuspendOn(Task gate) => await gate;
}
