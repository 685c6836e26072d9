#!/usr/bin/env dotnet
// Lesson 5 · Async is not parallel (and a cheatsheet)
//
// Run it from the repository folder: dotnet run apps/05-async-vs-parallel.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/05-async-vs-parallel/ (their paths are printed).
// Generated from notebooks/05-async-vs-parallel.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
#:project ../helpers/TaskTimeline/TaskTimeline.csproj
// Timelines are recorded from the runtime's task events, which a native AOT app turns off.
#:property PublishAot=false
// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false

using TaskTimeline;
using TaskTimeline.Lab;
using System.Diagnostics;
using System.Runtime.CompilerServices;

// # Lesson 5 · Async is not parallel (and a cheatsheet)
//
// The Python tutorial's closing distinction: *async* is cooperative multitasking on one thread, *parallel* is many CPU cores; asyncio does not make CPU-heavy code faster (use multiprocessing). In C# the first half holds, and the second changes: .NET threads run on all your cores at once, so `Task.Run` and `Parallel.For` **can** speed up CPU-bound work, by at most the number of cores that are free. This closing lesson measures it (wall time, CPU time, cores), says when to use async, and ends with a Python ↔ C# cheatsheet.

// ## Goal
//
// - Measure a **CPU-bound** job run in a plain loop, with `Task.Run`, with `Parallel.For`, and as async methods on an **event loop**: wall time, CPU time, and their ratio, the number of cores that were busy.
// - Tell **concurrency** (many things in progress, e.g. waiting) from **parallelism** (many things computing at the same instant).
// - Know **when to use async**, and map every line of the Python tutorial's cheatsheet to C#.

// ## Predict
//
// `CountPrimes(limit)` is pure computation: no I/O, nothing to await. We run one job per core (at least 2, at most 8).
//
// 1. All jobs in a plain loop, one after another: call that wall time *T*. How much CPU time does it use?
// 2. Each job in its own `Task.Run`, awaited with `Task.WhenAll`: about *T*, *T* / cores, or something else? And the CPU time?
// 3. `Parallel.For` over the jobs?
// 4. The jobs as async methods on **one event-loop thread** (the asyncio model)?

// ## Run
//
// `CpuTime()` reads how much processor time this process has used so far, on all its threads and cores together. Around a piece of work, *CPU time ÷ wall time* is the number of cores that were busy with it on average: 1.0 for one thread computing flat out, 2.0 for two threads each computing all the time on two cores.

// ── cell code-06 ──
var runs = new Dictionary<string, (double WallS, double CpuS)>();

int cores = Environment.ProcessorCount;
int jobs = Math.Clamp(cores, 2, 8);
const int Limit = 2_000_000;
var clock = Stopwatch.StartNew();
int primes = CountPrimes(Limit);            // one job alone, for scale
Console.WriteLine($"{cores} cores, {jobs} jobs; one job finds {primes:N0} primes below {Limit:N0} in about {clock.ElapsedMilliseconds} ms.");

[MethodImpl(MethodImplOptions.AggressiveOptimization)]   // fully optimised from the first call, so the JIT doesn't skew the first measurement
static int CountPrimes(int limit)
{
    int count = 0;
    for (int n = 2; n < limit; n++)
    {
        bool prime = true;
        for (int d = 2; d * d <= n; d++)
            if (n % d == 0) { prime = false; break; }
        if (prime) count++;
    }
    return count;
}

static TimeSpan CpuTime()
{
    using var me = Process.GetCurrentProcess();
    return me.TotalProcessorTime;
}
void Report(string run, Stopwatch wall, TimeSpan cpuBefore)
{
    double wallS = wall.Elapsed.TotalSeconds, cpuS = (CpuTime() - cpuBefore).TotalSeconds;
    runs[run] = (wallS, cpuS);
    Console.WriteLine($"{run}: wall {wallS:0.00} s, CPU {cpuS:0.00} s ({cpuS / jobs:0.00} s per job), CPU ÷ wall = {cpuS / wallS:0.0} cores busy");
}

// ### One after another: a plain loop
//
// A plain loop of plain calls: no `async` method, no `Task.Run`, so there is nothing for a recording to draw; the measurement is the point.

// ── cell code-08 ──
clock.Restart();
var cpuBefore = CpuTime();
for (int job = 1; job <= jobs; job++)
    CountPrimes(Limit);
Report("Sequential", clock, cpuBefore);

// ### `Task.Run` for each job, awaited together

// ── cell code-10 ──
var taskRun = Timeline.Record("Task.Run + Task.WhenAll");
clock.Restart();
cpuBefore = CpuTime();
await Task.WhenAll(Enumerable.Range(1, jobs).Select(job => Task.Run(() => CountPrimes(Limit))));
Report("Task.Run", clock, cpuBefore);
Terminal.Show(taskRun.ThreadView());

// ### `Parallel.For`
//
// `Parallel.For` blocks the calling thread until all iterations are done, and uses it as one of the workers. The recording shows the worker tasks it starts for the other iterations (lanes named `Parallel worker`); what the calling thread computes itself is not a lane, since the cell's own code never is.

// ── cell code-12 ──
var parallelFor = Timeline.Record("Parallel.For");
clock.Restart();
cpuBefore = CpuTime();
Parallel.For(0, jobs, job => CountPrimes(Limit));
Report("Parallel.For", clock, cpuBefore);
Terminal.Show(parallelFor.ThreadView());

// ### Async methods on an event loop
//
// `EventLoop.Run` runs code the way `asyncio.run(main())` does: on one thread that also runs every continuation.

// ── cell code-14 ──
async Task<int> CountAfterInput()
{
    await Task.Delay(10);         // a little I/O first: methods that await are concurrent...
    return CountPrimes(Limit);    // ...but computing needs the loop's one thread
}

var onTheLoop = Timeline.Record("Async methods on an event loop");
clock.Restart();
cpuBefore = CpuTime();
await EventLoop.Run(() => Task.WhenAll(Enumerable.Range(1, jobs).Select(job => CountAfterInput())));
Report("Event loop", clock, cpuBefore);
Terminal.Show(onTheLoop);

// ## See the timeline
//
// The three recorded runs on one time scale, and every run's numbers side by side (speed-up = the sequential wall time ÷ this run's):

// ── cell code-16 ──
foreach (var (run, (wallS, cpuS)) in runs)
    Console.WriteLine($"{run,-12} wall {wallS,5:0.00} s   CPU {cpuS,5:0.00} s   CPU ÷ wall {cpuS / wallS,4:0.0}   speed-up ×{runs["Sequential"].WallS / wallS:0.0}");
Console.WriteLine($"{cores} cores, {jobs} jobs");
var (seqWall, seqCpu) = runs["Sequential"];
var (bestRun, (bestWall, bestCpu)) = runs.Where(run => run.Key is "Task.Run" or "Parallel.For").MinBy(run => run.Value.WallS);
Console.WriteLine(seqWall / bestWall >= 1.3
    ? $"{bestRun} finished ×{seqWall / bestWall:0.0} sooner than the plain loop, with {bestCpu / bestWall:0.0} cores busy on average against the loop's {seqCpu / seqWall:0.0}."
    : $"{bestRun} gained only ×{seqWall / bestWall:0.0} over the plain loop ({bestCpu / bestWall:0.0} cores busy against {seqCpu / seqWall:0.0}): other programs had the cores during this run. Run these cells again on an idle machine.");
Terminal.Show(TimelineChart.Compare(taskRun, parallelFor, onTheLoop));

// **What happened.** Read the table by its columns (Predict 1–4):
//
// - **CPU time** (and the *CPU per job* each run printed) moves far less between runs than wall time does: the work does not change, only where and when it runs. (On a busy machine it still moves somewhat: caches and clock speed are shared with the other programs.) The plain loop's computation uses about its wall time, *T*, of CPU; the printed CPU time is higher by what the process's other threads used meanwhile (Predict 1).
// - **CPU ÷ wall** is how many cores were busy on average. The plain loop and the event loop compute on one thread at a time, so the computation keeps one core busy; CPU time counts every thread of the process, and its other threads (the JIT, the garbage collector, the kernel's own work) can add a good part of a core, so the column reads above 1.0 even for them: compare the runs with each other. `Task.Run` and `Parallel.For` can go up to the number of jobs or of free cores, whichever is smaller, and their wall time shrinks by about the same factor: to about *T* ÷ 2 at best on an idle 2-core machine, *T* ÷ 8 with 8 jobs on 64 cores (Predict 2 and 3). The last printed line says what this run got, judged by the speed-up.
// - **The timelines** show the shape, whatever the load: the `Task.Run` jobs were running at the same moment on different threads; on the event loop, one `CountAfterInput()` computed while the other was ready and waited (▒) for the loop's only thread, so they ran one after another, ≈ *T* (Predict 4). That is asyncio's situation, and why the Python tutorial says "❌ CPU-heavy computation".
// - **A busy machine** (CI runs this lesson beside other jobs) takes cores away: CPU ÷ wall then drops for every run, below 1.0 even for the plain loop, and the speed-up depends on what the other programs leave free, anywhere from none to the full factor. Parallel code can only use the cores that are free; compare the CPU ÷ wall column between runs rather than the seconds.
//
// Next to the reference run recorded for this course (`data/05-cpu-parallel.json`: `Task.Run` on this course's 2-core machine while other builds ran; its title carries that run's numbers):

// ── cell code-18 ──
Terminal.Show(TimelineChart.Compare(taskRun.Snapshot(), ReferenceTimeline.Load("05-cpu-parallel")));

// ## Why
//
// ### Async ≠ parallel
//
// | Concept | Meaning | In C# |
// | --- | --- | --- |
// | Async (concurrency) | Many operations in progress at once; while one **waits**, others run | `async`/`await`, `Task.WhenAll`: a waiting task holds no thread |
// | Parallel | Many computations **at the same instant**, on several cores | `Task.Run`, `Parallel.For`/`ForEachAsync`, PLINQ: threads on all cores |
//
// The Python tutorial says "async uses one thread, parallel uses many cores". That is true of asyncio. In .NET, async code has no single thread (continuations run on any pool thread), and the pool's threads run in parallel on every core. So C# code is often **both**: concurrent while it waits, parallel while it computes. Python's `asyncio.to_thread` does not help CPU-bound Python code, because of the global interpreter lock (hence the tutorial's "use multiprocessing"); C#'s `Task.Run` does. Parallelism is bounded by the cores that are free: CPU ÷ wall can never exceed the core count, and a busy machine leaves less.
//
// ### When to use async
//
// | Work | Use | Why |
// | --- | --- | --- |
// | ✅ Network I/O (HTTP, databases, sockets, gRPC) | `async`/`await` all the way | The wait holds no thread; thousands of requests on a few threads |
// | ✅ File I/O | `File.ReadAllTextAsync`, `FileStream` with `useAsync: true` | Frees the calling thread. On Windows the read itself is asynchronous; on Linux and macOS .NET does the blocking read on a thread-pool thread for you |
// | ✅ APIs, scraping, microservices | ASP.NET Core, `HttpClient`, async all the way | A server's threads serve other requests while one waits |
// | ✅ Keeping a UI (or an event loop) responsive | `await`; `await Task.Run(...)` for heavy computation | The UI thread stays free |
// | ❌ CPU-heavy computation on its own | `Parallel.For`, PLINQ, `Task.Run` | `async` alone makes nothing faster; threads on free cores do |
//
// ### Pitfalls
//
// ❌ **BAD** Marking CPU work `async` and expecting it to run in the background: with nothing to await, it runs synchronously on the caller's thread.
//
// ```csharp
// async Task<int> CountAsync() => CountPrimes(1_000_000);   // warning CS1998; the caller is blocked
// ```
//
// ✅ **GOOD** Say where the computation goes: the caller offloads it.
//
// ```csharp
// int count = await Task.Run(() => CountPrimes(1_000_000));
// ```
//
// ❌ **BAD** Long computation on an event loop or UI thread: everything else on that thread waits.
//
// ```csharp
// async Task CrunchAsync()
// {
//     await LoadInputAsync();
//     CountPrimes(50_000_000);        // runs on the loop's (or UI's) thread
// }
// ```
//
// ✅ **GOOD** Offload it with `Task.Run` and await the result (asyncio's `await asyncio.to_thread(...)`, which in C# really runs in parallel).
//
// ```csharp
// async Task CrunchAsync()
// {
//     await LoadInputAsync();
//     await Task.Run(() => CountPrimes(50_000_000));   // the loop's thread is free meanwhile
// }
// ```

// ## Exercises
//
// ### Exercise 1: use the cores
//
// Count the primes below each of these limits (one job per core, as above):

// ── cell code-20b ──
int[] limits = Enumerable.Range(0, jobs).Select(job => Limit - job * 100_000).ToArray();
Console.WriteLine($"Limits: {string.Join(", ", limits.Select(limit => limit.ToString("N0")))}");

// `CountAll` below counts them one after another. Change it so that the counts compute **at the same time**, on different threads, and `counts[i]` is still the count for `limits[i]`. Compare your wall time with the plain loop's. (The cell calls `CountAll` inside `Task.Run` so that the recording sees every thread that computes: the cell's own code is not recorded.)

// ✏️ Exercise (cell ex-use-the-cores): change the code below, then run the app again; the check after it grades your change.
int[] CountAll(int[] limits)
{
    int[] counts = new int[limits.Length];
    for (int i = 0; i < limits.Length; i++)
        counts[i] = CountPrimes(limits[i]);
    return counts;
}

var cpu = Timeline.Record("Count primes below each limit");
clock.Restart();
int[] counts = await Task.Run(() => CountAll(limits));
Console.WriteLine($"Counts: {string.Join(", ", counts.Select(count => count.ToString("N0")))} in {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(cpu);

// **Check:** every count is right and in order, none still computing when the cell ended, and for at least 30% of the run two or more counts were computing at the same time, each on its own thread (read from the timeline, so a busy machine does not change the verdict; the wall time it prints does move with the load).

// ✔ Check (cell check-use-the-cores)
int[] reported = counts.ToArray();
for (int wait = 0; wait < 400 && cpu.IsRecording; wait++) await Task.Delay(50);
int[] expected = limits.Select(CountPrimes).ToArray();
var counted = cpu.Snapshot();
var running = counted.Lanes.SelectMany(lane => lane.Segments.Where(s => s.Phase == SegmentPhase.Running)).ToArray();
var afterTheCell = running.Where(s => s.EndMs > counted.CodeEndMs).ToArray();   // no end known: the cell never waited at all
var edges = running.SelectMany(s => new[] { (At: s.StartMs, Step: 1), (At: s.EndMs, Step: -1) }).OrderBy(e => e.At).ThenBy(e => e.Step);
double together = 0, last = 0;
int runningNow = 0;
foreach (var (at, step) in edges) { if (runningNow >= 2) together += at - last; runningNow += step; last = at; }
Terminal.Show(Check.That("every count, in order, with counts computing on several threads at once", afterTheCell.Length == 0 && reported.SequenceEqual(expected) && together >= 0.3 * counted.TotalMs,
    afterTheCell.Length > 0 ? $"the cell ended at {counted.CodeEndMs:0} ms while the counts were still computing (until {afterTheCell.Max(s => s.EndMs):0} ms): it printed them before they existed; await them"
    : !reported.SequenceEqual(expected) ? $"counts were [{string.Join(", ", reported)}], want [{string.Join(", ", expected)}]"
    : together < 0.3 * counted.TotalMs ? $"two or more recorded computations ran at the same time for {together:0} ms of {counted.TotalMs:0} ms, want at least 30%: they took turns"
    : $"two or more computations ran at the same time for {together:0} ms of {counted.TotalMs:0} ms; counts [{string.Join(", ", reported)}]"));

// ### Exercise 2: keep the loop responsive
//
// On an event loop, `Kettle()` checks the water every 100 ms, and `Crunch()` fetches its input, then computes. The computation holds the loop's only thread, so the kettle's checks wait. Change `Crunch()` so that no computation holds the loop's thread for long, while `crunched` still holds its result when the cell ends.

// ── cell code-23 ──
async Task Kettle()
{
    for (int check = 1; check <= 10; check++)
        await Task.Delay(100);       // check the water every 100 ms
}

// ✏️ Exercise (cell ex-keep-the-loop-free): change the code below, then run the app again; the check after it grades your change.
int crunched = 0;
async Task Crunch()
{
    await Task.Delay(10);            // fetch the input
    crunched = CountPrimes(Limit);   // runs on the thread that resumed Crunch: the loop's
}

var responsive = Timeline.Record("Kettle and crunch on an event loop");
await EventLoop.Run(() => Task.WhenAll(Kettle(), Crunch()));
Console.WriteLine($"Crunch found {crunched:N0} primes");
Terminal.Show(responsive);

// **Check:** `crunched` is right when the cell ends; nothing but the kettle ran on the loop's thread for more than 150 ms at a stretch (the blocking version holds it for the whole computation, hundreds of ms even on a fast machine); and no work `Crunch()` started outlives it (work nobody awaits).

// ✔ Check (cell check-keep-the-loop-free)
int reportedCrunch = crunched;   // what the cell had computed when it finished
for (int wait = 0; wait < 400 && responsive.IsRecording; wait++) await Task.Delay(50);
var loopRun = responsive.Snapshot();
var stretches = loopRun.Lanes.Where(lane => !lane.Name.StartsWith("Kettle"))
    .SelectMany(lane => lane.Segments.Where(s => s.Phase == SegmentPhase.Running && s.ThreadId == responsive.EventLoopThreadId).Select(s => (lane.Name, s.DurationMs)))
    .DefaultIfEmpty(("nothing", 0)).MaxBy(stretch => stretch.DurationMs);
var crunchLane = loopRun.Lanes.FirstOrDefault(lane => lane.Name.StartsWith("Crunch"));
var orphan = crunchLane is null ? null : loopRun.Lanes.FirstOrDefault(lane => lane != crunchLane && lane.StartMs >= crunchLane.StartMs && lane.EndMs > crunchLane.EndMs + 1);
int expectedCrunch = CountPrimes(Limit);
Terminal.Show(Check.That("the loop stays free while Crunch computes its result", reportedCrunch == expectedCrunch && stretches.DurationMs <= 150 && orphan is null,
    reportedCrunch != expectedCrunch ? $"crunched was {reportedCrunch:N0} when the cell ended, want {expectedCrunch:N0}"
    : orphan is not null ? $"'{orphan.Name}' was started by Crunch() and still ran after Crunch() had ended: await it"
    : stretches.DurationMs > 150 ? $"'{stretches.Name}' held the event loop's thread for {stretches.DurationMs:0} ms at a stretch, want ≤ 150 ms: the kettle could not check meanwhile"
    : $"longest stretch on the loop besides the kettle: {stretches.DurationMs:0.0} ms ('{stretches.Name}'); crunched = {reportedCrunch:N0}"));

// ## Cheatsheet: Python asyncio ↔ C#
//
// Every line of the Python tutorial's one-line cheatsheet, then the rest of the course in one table.
//
// | Python asyncio | C# | Note |
// | --- | --- | --- |
// | `async def` → coroutine | `async Task` / `async Task<T>` method → a **hot** `Task` | Calling it runs it up to the first incomplete `await` (Lesson 1) |
// | `await` → yield control | `await` → suspend, return to the caller, resume later as a continuation | A finished task is not even suspended on (Lesson 1) |
// | event loop → scheduler | thread pool (or a `SynchronizationContext`, e.g. a UI thread) | No loop by default; continuations run on any pool thread (Lessons 1, 2) |
// | `asyncio.sleep` → non-blocking | `await Task.Delay(ms)` | Holds no thread (Lesson 2) |
// | `time.sleep` → blocking | `Thread.Sleep(ms)` | Blocks a pool thread: starvation; freezes a loop or UI (Lesson 2) |
// | `gather` → concurrency | `await Task.WhenAll(...)` | Results in order; `.Exception.InnerExceptions` has every failure (Lesson 3) |
// | `asyncio.run(main())` | `await` in a top-level program, or `static async Task Main()` | |
// | `asyncio.create_task(coro)` | just call the method | It is already running |
// | `[coro(x) for x in xs]` (not running yet) | `xs.Select(F)`: a lazy query, run each time it is enumerated | Materialise once with `.ToArray()` or `await Task.WhenAll(...)` (Lesson 4) |
// | `gather(..., return_exceptions=True)` | `Task.WhenAll`, then read each task's `Status` / `Exception` | Lesson 3 |
// | `aiohttp.ClientSession` (shared) | one shared `HttpClient` (its handler owns the pool), or `IHttpClientFactory` | Connection reuse, no socket exhaustion (Lesson 4) |
// | aiohttp's default 100-connection limit | none: `SocketsHttpHandler.MaxConnectionsPerServer` is unlimited | Bound it yourself (Lesson 4) |
// | `asyncio.Semaphore` | `SemaphoreSlim.WaitAsync()` / `Release()`, or `Parallel.ForEachAsync` | Bounded concurrency (Lesson 4) |
// | `asyncio.wait_for(aw, timeout)`: cancels `aw` on timeout | pass a `CancellationToken` from `new CancellationTokenSource(timeout)` to the work, and `await` it | `await task.WaitAsync(timeout)` only stops **waiting**: the task keeps running. Cancellation is cooperative: the work must observe the token |
// | `asyncio.to_thread(f)` / `run_in_executor` | `await Task.Run(f)` | And in C# it runs in parallel (this lesson) |
// | `multiprocessing` for CPU-bound work | `Parallel.For`, PLINQ, `Task.Run` | Threads use every free core; no second process needed (this lesson) |

// ## Further reading
//
// - .NET docs: [Task-based asynchronous programming](https://learn.microsoft.com/dotnet/standard/parallel-programming/task-based-asynchronous-programming) and [Data parallelism (Parallel.For)](https://learn.microsoft.com/dotnet/standard/parallel-programming/data-parallelism-task-parallel-library).
// - .NET docs: [Asynchronous programming scenarios](https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/async-scenarios): "I/O-bound vs CPU-bound".
// - .NET docs: [Task.WaitAsync](https://learn.microsoft.com/dotnet/api/system.threading.tasks.task.waitasync) and [Cancellation in managed threads](https://learn.microsoft.com/dotnet/standard/threading/cancellation-in-managed-threads).
// - Stephen Toub, [How Async/Await Really Works in C#](https://devblogs.microsoft.com/dotnet/how-async-await-really-works/).
// - Stephen Cleary, [There Is No Thread](https://blog.stephencleary.com/2013/11/there-is-no-thread.html) and [Task.Run Etiquette](https://blog.stephencleary.com/2013/10/taskrun-etiquette-and-proper-usage.html).
// - David Fowler, [Async guidance](https://github.com/davidfowl/AspNetCoreDiagnosticScenarios/blob/master/AsyncGuidance.md).
