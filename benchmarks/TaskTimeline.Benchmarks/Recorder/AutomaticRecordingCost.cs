using BenchmarkDotNet.Attributes;

namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>
/// What one await costs: unrecorded, recorded by <see cref="Timeline.Record"/> (the runtime's task events), and recorded
/// by the older lane wrapper (a recording SynchronizationContext). Also: an unrecorded await after a recording has come and
/// gone, which must cost what it did before the library was used (the task events are switched off again).
/// One operation is an async method that suspends on an incomplete task and resumes inline when it completes: every await is
/// a new call, so a recorded one is also a new lane (named, nested). The "...InOneMethod" pair awaits 256 times in one call:
/// one lane, so what a later await of an existing lane costs.
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

    [IterationSetup(Targets = new[] { nameof(AwaitRecordedAutomatically), nameof(AwaitInOneMethodRecorded) })]
    public void StartRecording() => _recording = Timeline.Record("cost");

    [IterationCleanup(Targets = new[] { nameof(AwaitRecordedAutomatically), nameof(AwaitInOneMethodRecorded) })]
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

    [Benchmark(OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitInOneMethodUnrecorded() => AwaitManyInOneMethod();

    [Benchmark(OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitInOneMethodRecorded() => AwaitManyInOneMethod();

    private static void AwaitManyInOneMethod()
    {
        var gates = new TaskCompletionSource[AwaitsPerInvoke];
        for (int i = 0; i < gates.Length; i++) gates[i] = new TaskCompletionSource();
        var awaiting = SuspendOnEach(gates);
        foreach (var gate in gates) gate.SetResult(); // each continuation runs inline, up to the next await
        if (!awaiting.IsCompletedSuccessfully) throw new InvalidOperationException("The awaits did not resume inline.");
    }

    private static async Task SuspendOnEach(TaskCompletionSource[] gates)
    {
        foreach (var gate in gates) await gate.Task;
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
