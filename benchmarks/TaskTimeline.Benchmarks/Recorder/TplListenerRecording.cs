using BenchmarkDotNet.Attributes;

namespace TaskTimeline.Benchmarks.Recorder;

/// <summary>
/// The reference for the recorder's cost: the same await recorded by an in-process EventListener on TplEventSource.
/// One operation is an async method that suspends on an incomplete task and resumes inline on the same thread when it completes,
/// so everything stays on one thread. Per recorded event = (listening − plain) / events per await.
/// </summary>
[MemoryDiagnoser]
public class TplListenerRecording
{
    private const int AwaitsPerInvoke = 256;

    private TplRecordingListener? _listener;

    /// <summary>Records the listener sees per await (found in setup; shown in the log and used for the per-event figure).</summary>
    public static int EventsPerAwait { get; private set; }

    [GlobalSetup(Target = nameof(AwaitRecordedByTplListener))]
    public void StartListening()
    {
        _listener = new TplRecordingListener();
        for (int i = 0; i < 1000; i++) AwaitOnce();
        _listener.Reset();
        for (int i = 0; i < 1000; i++) AwaitOnce();
        if (_listener.Recorded % 1000 != 0 || _listener.Recorded == 0)
            throw new InvalidOperationException($"The TPL listener recorded {_listener.Recorded} events for 1000 awaits; expected a fixed number per await.");
        EventsPerAwait = _listener.Recorded / 1000;
        Console.WriteLine($"// TplListenerRecording: {EventsPerAwait} recorded events per await");
    }

    [GlobalCleanup(Target = nameof(AwaitRecordedByTplListener))]
    public void StopListening() => _listener?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitUnrecorded()
    {
        for (int i = 0; i < AwaitsPerInvoke; i++) AwaitOnce();
    }

    [Benchmark(OperationsPerInvoke = AwaitsPerInvoke)]
    public void AwaitRecordedByTplListener()
    {
        if (_listener!.Count > (1 << 20) - 64 * AwaitsPerInvoke) _listener.Reset();
        for (int i = 0; i < AwaitsPerInvoke; i++) AwaitOnce();
    }

    private static void AwaitOnce()
    {
        var gate = new TaskCompletionSource();
        var awaiting = SuspendOn(gate.Task);
        gate.SetResult(); // no RunContinuationsAsynchronously: the continuation runs inline, here
        if (!awaiting.IsCompletedSuccessfully) throw new InvalidOperationException("The await did not resume inline.");
    }

    private static async Task SuspendOn(Task gate) => await gate;
}
