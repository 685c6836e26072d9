#!/usr/bin/env dotnet
// Lesson 2 · `Thread.Sleep` vs `Task.Delay`
//
// Run it from the repository folder: dotnet run apps/02-sleep-vs-delay.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/02-sleep-vs-delay/ (their paths are printed).
// Generated from notebooks/02-sleep-vs-delay.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
#:project ../helpers/TaskTimeline/TaskTimeline.csproj
// Timelines are recorded from the runtime's task events, which a native AOT app turns off.
#:property PublishAot=false
// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false
// The lesson pins its packages as the notebook does (#r "nuget: Id, Version"), not in the repository's Directory.Packages.props.
#:property ManagePackageVersionsCentrally=false
#:package Nito.AsyncEx.Context@5.1.2

using TaskTimeline;
using TaskTimeline.Lab;
using System.Diagnostics;
using System.Threading;
using Nito.AsyncEx;

// # Lesson 2 · `Thread.Sleep` vs `Task.Delay`
//
// The Python tutorial warns that `time.sleep()` inside async code "blocks the entire event loop". C# has the same two calls: `Thread.Sleep` blocks the thread it runs on, `await Task.Delay` suspends the method and holds no thread. But C# code usually runs on the **thread pool**, not on one event-loop thread, so the damage looks different. This lesson measures both worlds.

// ## Goal
//
// - See what three brews that block with `Thread.Sleep` cost on the **thread pool**: each takes a pool thread of its own, and when the pool has fewer free threads than brews, a brew that is ready **waits to start** (thread-pool *starvation*), until the pool adds a thread.
// - Measure how **slowly** the pool adds threads when many brews block.
// - Run the Python tutorial's blocking example literally, and the real bug it stands for: a blocking call **before the first `await`** turns `Task.WhenAll(A(), B(), C())` sequential.
// - See the Python tutorial's warning come true on a **single-threaded loop**, ours and .NET's real ones: one `Thread.Sleep` freezes every lane.
// - Fix all of it with `await Task.Delay`.

// ## Predict
//
// Each brew below first awaits a short "boil water" step (50 ms), then steeps for 2 s. `BlockingBrew` steeps with `Thread.Sleep(2000)`, `AwaitingBrew` with `await Task.Delay(2000)`.
//
// 1. Three `BlockingBrew`s started together on the **thread pool**: about 2 s or about 6 s in total? Does the answer depend on the number of cores?
// 2. **Six per core** of them (the cell uses `Environment.ProcessorCount * 6`)? What will the unluckiest brew be doing while it waits?
// 3. Three methods that call `Thread.Sleep(2000)` **before** their first `await`, passed to `Task.WhenAll`: total?
// 4. Three `BlockingBrew`s on **one event-loop thread**, like asyncio?
// 5. The same questions with `AwaitingBrew`.

// ## Run

// ── cell code-06 ──
async Task<string> BlockingBrew(string name)
{
    await Task.Delay(50);         // boil water: a real await first, so the rest runs on whichever thread resumes us
    Thread.Sleep(2000);           // steeping by blocking that thread
    return $"a cup of {name}";
}

async Task<string> AwaitingBrew(string name)
{
    await Task.Delay(50);         // boil water
    await Task.Delay(2000);       // steeping without holding a thread
    return $"a cup of {name}";
}

ThreadPool.GetMinThreads(out int minWorkers, out _);
Console.WriteLine($"{Environment.ProcessorCount} cores; the pool keeps at least {minWorkers} worker threads and has {ThreadPool.ThreadCount} threads right now.");

// ### 1. Three blocking brews on the thread pool

// ── cell code-08 ──
int threadsBefore = ThreadPool.ThreadCount;
var threeBlocking = Timeline.Record("3 × Thread.Sleep on the thread pool");
var clock = Stopwatch.StartNew();
await Task.WhenAll(BlockingBrew("Masala"), BlockingBrew("Green"), BlockingBrew("Ginger"));
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0.00} s, of which {clock.Elapsed.TotalSeconds - 2.05:0.00} s beyond one brew; the pool had {threadsBefore} threads before and {ThreadPool.ThreadCount} after");
Terminal.Show(threeBlocking);

// **What happened.** After "boil water" each brew resumed on a pool thread and blocked **that** thread for 2 s. One brew takes 2.05 s, so the time "beyond one brew" in the printed line is how long the unluckiest brew waited for a thread. If the pool had a free thread for each of the three, that is close to 0 and the three overlapped. If it had fewer (the pool starts with about one thread per core: on a 2-core machine it may hold only 2 or 3 threads, and one of them may be busy running this cell), the third brew waited until a thread came free or the pool added one, and the total is closer to 3 s or 4 s: that is **starvation**, already at three brews. Run the cell a few times: on a small machine you may see both. In C#, `Thread.Sleep` in async code does not freeze "the loop"; it burns a thread, and the pool has few to spare.
//
// ### 2. Many blocking brews: how fast does the pool grow?
//
// Now six brews per core. The pool starts with about one thread per core and, while work is waiting, adds threads **slowly** (its starvation heuristic injects a thread every so often, not on demand). The cell measures the rate.

// ── cell code-10 ──
int manyBrews = Environment.ProcessorCount * 6;
threadsBefore = ThreadPool.ThreadCount;
var manyBlocking = Timeline.Record($"{manyBrews} × Thread.Sleep on the thread pool");
clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(1, manyBrews).Select(i => BlockingBrew($"brew {i}")));
double seconds = clock.Elapsed.TotalSeconds;
int added = ThreadPool.ThreadCount - threadsBefore;
Console.WriteLine($"{manyBrews} brews of 2 s took {seconds:0.00} s: the last one waited about {seconds - 2.05:0.00} s for a thread.");
Console.WriteLine($"The pool grew from {threadsBefore} to {ThreadPool.ThreadCount} threads: {added / seconds:0.00} threads per second while {manyBrews} brews wanted one each.");
Terminal.Show(manyBlocking.ThreadView());

// **What happened.** Read the two printed lines: they say what this machine did. Each blocked brew holds a thread for its whole 2 s steep, so the pool needs one thread per brew, and it only ever adds threads gradually (the printed rate), never all at once:
//
// - If the total is well above 2.05 s, the pool could not keep up: the last brews waited, queued, before they could even start steeping. That is **starvation**, and on a small, busy machine it is the usual outcome.
// - If the total is close to 2.05 s, the pool added threads fast enough this time (the rate depends on the runtime version and on what else the machine is doing); look at the thread count instead: the pool had to grow by about one thread per brew, threads that do nothing but sleep.
//
// The chart has one row per **thread**: each thread runs one brew's `Thread.Sleep` at a time, back to back when there are fewer threads than brews. A brew whose "boil water" finished early but whose steeping starts late spent that time queued, waiting for a thread. `ThreadPool.SetMinThreads` would make the pool create threads faster, but every one of them would still sit in `Thread.Sleep`: it hides the problem, it does not fix it.
//
// Now the same number of brews with `await Task.Delay`:

// ── cell code-12 ──
var manyAwaiting = Timeline.Record($"{manyBrews} × await Task.Delay on the thread pool");
clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(1, manyBrews).Select(i => AwaitingBrew($"brew {i}")));
Console.WriteLine($"{manyBrews} brews of 2 s took {clock.Elapsed.TotalSeconds:0.00} s; the pool has {ThreadPool.ThreadCount} threads.");
Terminal.Show(manyAwaiting.ThreadView());

// **What happened.** About 2 s for all of them, with no more threads than before: while steeping, an awaiting brew holds no thread, so the few pool threads that exist serve them all. In the thread view, each thread is busy only for short moments: at the start (boil water begins), at about 50 ms (steeping begins) and at about 2 s (the brews end).
//
// ### 3. The Python tutorial's example: blocking before the first `await`
//
// The Python tutorial's `bad_example` prints, calls `time.sleep(2)`, and prints again, with no `await` at all. Here it is, literally, three times with `Task.WhenAll`. (The compiler warns that this async method lacks `await` operators: it will run synchronously. That warning is the bug.)

// ── cell code-13 ──
#pragma warning disable CS1998   // "this async method lacks 'await' operators": kept on purpose, to show what it means
async Task BadExample(string name)
{
    Console.WriteLine($"  Start {name}  at {clock.Elapsed.TotalSeconds:0.00} s on thread {Environment.CurrentManagedThreadId}");
    Thread.Sleep(2000);          // time.sleep(2)
    Console.WriteLine($"  End {name}    at {clock.Elapsed.TotalSeconds:0.00} s");
}
#pragma warning restore CS1998

clock = Stopwatch.StartNew();
await Task.WhenAll(BadExample("A"), BadExample("B"), BadExample("C"));
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0.00} s");

// **What happened.** About 6 s, one after another, all on the cell's own thread: with no `await`, each call ran to its end *inside the call* (Lesson 1: a task is hot) and returned a finished task, so `Task.WhenAll` only received three completed tasks. No event loop is needed to get the Python tutorial's frozen loop; the caller's thread is enough.
//
// Real code rarely has no `await` at all. The real bug is a blocking call **before the first `await`** of a method that is otherwise asynchronous: a synchronous database call, `File.ReadAllText`, a `.Result`. Each call to such a method blocks its **caller** until the first `await`, so `Task.WhenAll(A(), B(), C())` starts B only after A's blocking part is done:

// ── cell code-14 ──
async Task<string> Order(string name)
{
    Thread.Sleep(2000);           // a blocking call before the first await
    await Task.Delay(100);        // then the asynchronous part
    return $"order {name} done";
}

var sequentialBug = Timeline.Record("Task.WhenAll(A, B, C), each blocking before its first await");
clock = Stopwatch.StartNew();
string[] orders = await Task.WhenAll(Order("A"), Order("B"), Order("C"));
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0.00} s: {string.Join(", ", orders)}");
Terminal.Show(sequentialBug);

// **What happened.** About 6 s: the chart shows the three `Order` lanes running (solid) one after another, each for 2 s; each one's short `Task.Delay(100)` overlaps only the start of the next. `Task.WhenAll` was never given a chance: its arguments are evaluated one at a time, and each call blocked the caller. The fix is the same as everywhere in this lesson: await the asynchronous version of the blocking call (`await Task.Delay`, `await connection.QueryAsync(...)`, `await File.ReadAllTextAsync(...)`).
//
// ### 4. Blocking on a single-threaded loop
//
// `EventLoop.Run(...)`, from the course's helper library, runs the code you give it on **one** dedicated thread that also runs every continuation, like `asyncio.run(main())`. Here the Python tutorial's warning applies word for word.

// ── cell code-15 ──
var loopBlocking = Timeline.Record("3 × Thread.Sleep on an event loop");
clock = Stopwatch.StartNew();
await EventLoop.Run(() => Task.WhenAll(BlockingBrew("Masala"), BlockingBrew("Green"), BlockingBrew("Ginger")));
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(loopBlocking);

// ── cell code-16 ──
var loopAwaiting = Timeline.Record("3 × await Task.Delay on an event loop");
clock = Stopwatch.StartNew();
await EventLoop.Run(() => Task.WhenAll(AwaitingBrew("Masala"), AwaitingBrew("Green"), AwaitingBrew("Ginger")));
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(loopAwaiting);

// ### 5. .NET's real single-threaded loops
//
// .NET has no asyncio, but it has the same machine wherever one thread must run everything: a **UI dispatcher** (WPF's `Dispatcher`, WinForms' message loop, MAUI's main thread) and, for console code and tests, **`AsyncContext.Run`** from the Nito.AsyncEx.Context package. All of them install a `SynchronizationContext` that posts every continuation back to their one thread. Here is `AsyncContext.Run` with the same three blocking brews. Unlike `EventLoop.Run`, it blocks its caller until the work is done (the loop runs on the calling thread), so the cell does not `await` it.

// ── cell code-18 ──
var nitoBlocking = Timeline.Record("3 × Thread.Sleep under AsyncContext.Run");
clock = Stopwatch.StartNew();
AsyncContext.Run(() => Task.WhenAll(BlockingBrew("Masala"), BlockingBrew("Green"), BlockingBrew("Ginger")));
Console.WriteLine($"AsyncContext.Run: total {clock.Elapsed.TotalSeconds:0.00} s, on the cell's own thread {Environment.CurrentManagedThreadId}");
Terminal.Show(TimelineChart.Compare(loopBlocking.Snapshot(), nitoBlocking.Snapshot()));

// **What happened.** The two charts have the same shape: one brew steeps while the others, whose "boil water" has long finished, sit *ready, waiting for a thread*, because the loop's only thread is asleep; about 6 s in all, every lane on one thread. The course's `EventLoop.Run` behaves as the real `AsyncContext.Run` does; a UI thread would freeze the same way (and the window would stop repainting). Two differences in the drawing, not in the behaviour: the recording shows `AsyncContext`'s own start-up task as a short `Task.Run(lambda)` lane, and it labels that chart "thread pool" because the only loop it recognises by name is its own.
//
// ## See the timeline
//
// The three small runs side by side, on one time scale:

// ── cell code-19 ──
Terminal.Show(TimelineChart.Compare(threeBlocking.Snapshot(), loopBlocking.Snapshot(), loopAwaiting.Snapshot()));

// - **Thread pool, `Thread.Sleep`**: each brew blocks a thread of its own; they overlap as far as the pool has threads for them (on a machine with few cores the last one starts late, see section 1).
// - **Event loop, `Thread.Sleep`**: the brews steep one after another, ≈ 6 s in all: exactly the Python tutorial's "event loop is frozen".
// - **Event loop, `await Task.Delay`**: all three wait together and the loop stays free, ≈ 2 s on one thread. Concurrency without any extra thread.
//
// The reference run recorded for this course (`data/02-event-loop-sleep.json`) next to yours:

// ── cell code-20 ──
Terminal.Show(TimelineChart.Compare(loopBlocking.Snapshot(), ReferenceTimeline.Load("02-event-loop-sleep")));

// ## Why
//
// `Thread.Sleep(2000)` parks the **current thread** for 2 s. Where that hurts depends on who owns the thread:
//
// - On an **event loop** (asyncio, a UI thread, `AsyncContext.Run`, the course's `EventLoop.Run`) there is one thread for everything, so every other lane stops. That is the Python tutorial's warning.
// - On the **thread pool** (where .NET runs continuations when there is no `SynchronizationContext`, as in this notebook and in ASP.NET Core) each blocked continuation takes one pool thread out of service. A few are absorbed if the pool has idle threads. More exhaust it: it starts with a minimum of about one thread per core and then **injects threads gradually** (section 2 measured the rate), so ready work queues up behind the sleepers. In a web server that means requests that wait for seconds before any of their code runs.
// - **Before the first `await`**, the method runs on its **caller's** thread: a blocking call there blocks the caller, and `Task.WhenAll(A(), B(), C())` becomes sequential on any scheduler (section 3).
//
// `await Task.Delay(2000)` instead registers a timer and **returns the thread**; when the timer fires, the continuation is queued and any free thread (or the loop's thread) runs it. No thread is held while waiting, on either kind of scheduler.
//
// ### Pitfalls
//
// ❌ **BAD** Blocking sleep in async code: holds a thread (starvation on the pool, a frozen loop or UI).
//
// ```csharp
// async Task BrewAsync() { Thread.Sleep(2000); await PourAsync(); }
// ```
//
// ✅ **GOOD** Asynchronous wait: no thread held.
//
// ```csharp
// async Task BrewAsync() { await Task.Delay(2000); await PourAsync(); }
// ```
//
// ❌ **BAD** Blocking on an asynchronous wait is still blocking.
//
// ```csharp
// Task.Delay(2000).Wait();
// ```
//
// ✅ **GOOD**
//
// ```csharp
// await Task.Delay(2000);
// ```
//
// ❌ **BAD** Wrapping a blocking call in `Task.Run` inside an async method only moves the blocking to another pool thread. Raising `ThreadPool.SetMinThreads` only gives the sleepers more threads to block.
//
// ```csharp
// await Task.Run(() => Thread.Sleep(2000));
// ```
//
// ✅ **GOOD** Use the asynchronous API when one exists (`Task.Delay`, `ReadAsync`, `GetAsync`, …); keep `Task.Run` for CPU-bound work (Lesson 5).

// ## Exercises
//
// ### Exercise 1: unblock the thread pool
//
// The cell below blocks one pool thread per brew for 2 s, and starts more brews than the pool has threads right now (`ThreadPool.ThreadCount + Environment.ProcessorCount * 4`). Whether some brews then wait for a thread depends on how fast the pool adds threads on your machine at that moment (section 2); in a busy server it is a matter of time. Change `Brew` so that no brew holds a thread while it steeps and every brew finishes within 3 s of starting, while each brew still takes its 2 s of steeping.

// ✏️ Exercise (cell ex-unblock-the-pool): change the code below, then run the app again; the check after it grades your change.
async Task Brew()
{
    await Task.Delay(50);         // boil water
    Thread.Sleep(2000);           // steeping
}

int brews = ThreadPool.ThreadCount + Environment.ProcessorCount * 4;
var pool = Timeline.Record("Brews on the thread pool");
await Task.WhenAll(Enumerable.Range(1, brews).Select(_ => Brew()));
Terminal.Show(pool);

// **Check:** all the brews ran, each for at least 1.9 s; no lane held a thread for more than 200 ms (so moving the sleep elsewhere, or giving the pool more threads, does not count); and every brew finished within 3 s of starting.

// ✔ Check (cell check-unblock-the-pool)
var brewed = pool.Snapshot();
var brewLanes = brewed.Lanes.Where(l => l.Name.StartsWith("Brew(")).ToList();
var shortBrew = brewLanes.MinBy(l => l.Outcome == LaneOutcome.Unfinished ? double.MaxValue : l.EndMs - l.StartMs);
var holder = brewed.Lanes.MaxBy(l => l.RunningMs());
var slowBrew = brewLanes.MaxBy(l => l.Outcome == LaneOutcome.Unfinished ? double.MaxValue : l.EndMs - l.StartMs);
Terminal.Show((brewLanes.Count < brews)
    ? Check.That("every brew runs", false, $"{brewLanes.Count} of {brews} brews were recorded")
    : (shortBrew!.Outcome != LaneOutcome.Unfinished && shortBrew.EndMs - shortBrew.StartMs < 1900)
    ? Check.That("every brew still steeps for 2 s", false, $"'{shortBrew.Name}' took only {(shortBrew.EndMs - shortBrew.StartMs) / 1000:0.00} s: keep the steeping, just don't block a thread for it")
    : (holder!.RunningMs() > 200)
    ? Check.That("no lane holds a thread while it steeps", false, $"'{holder.Name}' held a thread for {holder.RunningMs() / 1000:0.00} s: it blocks instead of awaiting")
    : (slowBrew!.Outcome == LaneOutcome.Unfinished || slowBrew.EndMs - slowBrew.StartMs > 3000)
    ? Check.That("every brew finishes within 3 s", false, $"'{slowBrew.Name}' took {(slowBrew.EndMs - slowBrew.StartMs) / 1000:0.00} s (or has not finished): it waited for a thread")
    : Check.That("every brew finishes within 3 s, holding no thread while it steeps", true, $"{brews} brews, the slowest took {(slowBrew.EndMs - slowBrew.StartMs) / 1000:0.00} s; the busiest lane ran code for {holder.RunningMs():0} ms"));

// ### Exercise 2: keep the event loop responsive
//
// A UI thread must keep answering while work goes on. Below, on one event-loop thread, a `Ticker` should tick every 250 ms (think: a progress bar repainting) while three brews steep. As written, the ticker is frozen for seconds at a time. Change the code so that the ticker never goes more than 1 s between ticks, everything still runs **on the event loop**, and each brew still steeps for 2 s.

// ✏️ Exercise (cell ex-keep-the-loop-responsive): change the code below, then run the app again; the check after it grades your change.
async Task Ticker()
{
    for (int tick = 0; tick < 8; tick++)
        await Task.Delay(250);    // repaint every 250 ms
}

async Task<string> LoopBrew(string name)
{
    await Task.Delay(50);         // boil water
    Thread.Sleep(2000);           // steeping
    return $"a cup of {name}";
}

var kitchen = Timeline.Record("A ticker and three brews on an event loop");
await EventLoop.Run(() => Task.WhenAll(Ticker(), LoopBrew("Masala"), LoopBrew("Green"), LoopBrew("Ginger")));
Terminal.Show(kitchen);

// **Check:** the ticker and three brews ran, each brew for at least 1.9 s, every lane on the loop's one thread, and the ticker never went more than 1 s between two ticks.

// ✔ Check (cell check-keep-the-loop-responsive)
var onLoop = kitchen.Snapshot();
var loopBrews = onLoop.Lanes.Where(l => l.Name.StartsWith("LoopBrew(")).ToList();
var quickBrew = loopBrews.MinBy(l => l.Outcome == LaneOutcome.Unfinished ? double.MaxValue : l.EndMs - l.StartMs);
var threadsUsed = onLoop.Threads;
var ticker = onLoop.Lanes.FirstOrDefault(l => l.Name == "Ticker()");
var ticks = ticker?.Segments.Where(s => s.Phase == SegmentPhase.Running).Select(s => s.StartMs).ToList() ?? new List<double>();
double longestGap = ticks.Zip(ticks.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Max();
Terminal.Show((ticker is null || loopBrews.Count < 3)
    ? Check.That("the ticker and three brews run", false, $"recorded: {string.Join(", ", onLoop.LaneNames)}")
    : (quickBrew!.Outcome != LaneOutcome.Unfinished && quickBrew.EndMs - quickBrew.StartMs < 1900)
    ? Check.That("every brew still steeps for 2 s", false, $"'{quickBrew.Name}' took only {(quickBrew.EndMs - quickBrew.StartMs) / 1000:0.00} s")
    : (threadsUsed.Count > 1)
    ? Check.That("everything runs on the event loop", false, $"lanes ran on {threadsUsed.Count} threads ({string.Join(", ", threadsUsed)}): something left the loop's thread (Task.Run, ConfigureAwait(false)); on a UI thread that code could not touch the UI")
    : (ticker.Outcome == LaneOutcome.Unfinished || ticks.Count < 2 || longestGap > 1000)
    ? Check.That("the ticker keeps ticking", false, $"the ticker went {longestGap / 1000:0.00} s without running (want ≤ 1 s; it asks for 250 ms): the loop's thread was blocked")
    : Check.That("the loop stays responsive", true, $"{ticks.Count} ticker runs, at most {longestGap:0} ms apart; everything ran on thread {threadsUsed[0]}"));

// ## Further reading
//
// - .NET docs: [The managed thread pool](https://learn.microsoft.com/dotnet/standard/threading/the-managed-thread-pool) and [ThreadPool.SetMinThreads](https://learn.microsoft.com/dotnet/api/system.threading.threadpool.setminthreads) (why raising the minimum only hides the problem).
// - David Fowler, [Async guidance](https://github.com/davidfowl/AspNetCoreDiagnosticScenarios/blob/master/AsyncGuidance.md): "Avoid using Task.Run for long-running work that blocks the thread", "Prefer await over synchronously blocking".
// - Microsoft, [Debug thread-pool starvation](https://learn.microsoft.com/dotnet/core/diagnostics/debug-threadpool-starvation): what starvation looks like in a real web app.
// - Stephen Cleary, [AsyncContext](https://github.com/StephenCleary/AsyncEx/wiki/AsyncContext) (Nito.AsyncEx.Context) and [There Is No Thread](https://blog.stephencleary.com/2013/11/there-is-no-thread.html).
//
// Next: **Lesson 3**, running brews concurrently on purpose with `Task.WhenAll`.
