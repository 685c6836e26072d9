#!/usr/bin/env dotnet
// Lesson 7 · Pitfalls you can see: deadlocks, `async void`, and who runs your continuation
//
// Run it from the repository folder: dotnet run apps/07-pitfalls.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/07-pitfalls/ (their paths are printed).
// Generated from notebooks/07-pitfalls.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
#:project ../helpers/TaskTimeline/TaskTimeline.csproj
// Timelines are recorded from the runtime's task events, which a native AOT app turns off.
#:property PublishAot=false
// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false

using TaskTimeline;
using TaskTimeline.Lab;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;

// # Lesson 7 · Pitfalls you can see: deadlocks, `async void`, and who runs your continuation
//
// The most-asked C# async questions are about code that compiles, looks right, and then hangs, loses an exception, or runs on the wrong thread. This lesson runs each of those pitfalls, records it, and puts the fix next to it: the timeline shows what went wrong (a lane that never resumes, a cell that ends before its work, a continuation on a thread it did not expect). Every example that could hang has a time limit, so the notebook always finishes. The Python side of each pitfall is in the table at the end of *Why* (and in [the Python tutorial](../docs/python-tutorial.md)).

// ## Goal
//
// - See **sync-over-async** (`.Result`, `.Wait()`) deadlock on a single-threaded context, and see why the same line "works" on the thread pool.
// - See **`async void`** lose an exception, and spot the hidden ones: `List.ForEach(async …)`, `Parallel.ForEach(async …)`, event handlers, timer callbacks.
// - Read **which thread resumes** your code: `ConfigureAwait(false)` under a context, and a `TaskCompletionSource` that runs its awaiters inline.
// - Know the short rules for eliding `async`/`await`, for `Task.Run`, and for `ValueTask`.

// ## Predict
//
// 1. On an event loop (one thread runs everything), a method calls `Steep("Masala").Result`, and `Steep` awaits a 300 ms `Task.Delay`. When does `.Result` return? And the same call on a thread-pool thread?
// 2. `try { Pour(); } catch { … }` where `Pour` is `async void` and throws after its first await: is the exception caught?
// 3. `teas.ForEach(async tea => await Serve(tea))`: when the next line runs, how many teas have been served?
// 4. On the event loop, `await Task.Delay(100).ConfigureAwait(false)`: on which thread does the method continue? And its caller, after `await`ing that method?
// 5. One task calls `tcs.SetResult(...)`; another awaits `tcs.Task` and then works for 200 ms. How long does `SetResult` take?

// ## Run
//
// `Steep(tea)` awaits a 300 ms `Task.Delay` and returns a cup. `OrderNow` is the tempting shortcut: a synchronous method that blocks on it with `.Result`.

// ── cell code-06 ──
static int ThreadId() => Environment.CurrentManagedThreadId;

async Task<string> Steep(string tea)
{
    await Task.Delay(300);
    return $"a cup of {tea}";
}

string OrderNow(string tea) => Steep(tea).Result;   // sync over async: "it's just one call"

// ### 1 · `.Result` on an event loop: a deadlock
//
// `EventLoop.Run` runs code on one thread that also runs every continuation, like `asyncio.run(main())`, a UI thread or a single-threaded `SynchronizationContext` (Lesson 2). Inside it, `OrderNow` blocks that thread until `Steep` finishes; `Steep` can only finish by resuming on that same thread. The cell gives up waiting after 2 s (`WaitAsync`), so the notebook goes on.

// ── cell code-08 ──
var deadlock = Timeline.Record("Bug: .Result on the event loop");
var clock = Stopwatch.StartNew();
Task stuckLoop = EventLoop.Run(() =>
{
    Console.WriteLine($"Loop thread {ThreadId()} orders a Masala...");
    Console.WriteLine(OrderNow("Masala"));      // blocks the loop's only thread
    return Task.CompletedTask;
});
try
{
    await stuckLoop.WaitAsync(TimeSpan.FromSeconds(2));   // the time limit: never wait on a deadlock without one
}
catch (TimeoutException)
{
    var ready = deadlock.Snapshot().Lane("Steep(\"Masala\")").Segments.Last(s => s.Phase == SegmentPhase.Ready);
    Console.WriteLine($"Gave up after {clock.Elapsed.TotalSeconds:0.0} s: the loop's task is {stuckLoop.Status}.");
    Console.WriteLine($"Steep(\"Masala\") was ready to resume at {ready.StartMs / 1000:0.0} s, and never did: the one thread that could run it is blocked in .Result.");
}
Terminal.Show(deadlock);

// The loop's thread is still blocked in `.Result`, and will stay blocked until this notebook's process ends: nothing can release it. (It is a background thread, so it does not keep the process alive, and it holds nothing later cells need.) Stop the recording of the lane that will never finish, then do it right: **await**.

// ── cell code-10 ──
deadlock.Dispose();   // stop recording: Steep("Masala") on that loop will never resume

var awaited = Timeline.Record("Fix: await on the event loop");
clock.Restart();
await EventLoop.Run(async () =>
{
    Console.WriteLine($"Loop thread {ThreadId()} orders a Masala...");
    Console.WriteLine(await Steep("Masala"));   // gives the loop's thread back while steeping
});
Console.WriteLine($"Served in {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(awaited);

// ### The same `.Result` on the thread pool
//
// A notebook cell has no `SynchronizationContext` (nor has a console app or ASP.NET Core): continuations run on any pool thread. Called from a pool thread, `OrderNow` returns:

// ── cell code-12 ──
var onThePool = Timeline.Record(".Result on the thread pool");
clock.Restart();
string poolCup = await Task.Run(() => OrderNow("Masala"));
Console.WriteLine($"{poolCup} in {clock.Elapsed.TotalSeconds:0.00} s: no deadlock, but a pool thread sat blocked for all of it");
Terminal.Show(onThePool);

// ### 2 · `async void`: the exception nobody can catch
//
// `Pour` is `async void`: its caller gets nothing to await. It steeps for 200 ms, then throws. On the thread pool, an exception leaving an `async void` method is rethrown on a pool thread and **ends the process** (here: the notebook's kernel), so this runs on the event loop, whose context receives the exception instead. So that the loop is still running when the exception arrives, `Pour` signals its end through a hand-made `TaskCompletionSource` that the caller awaits.

// ── cell code-14 ──
async void Pour(string tea, TaskCompletionSource poured)
{
    try
    {
        await Task.Delay(200);
        throw new InvalidOperationException($"{tea}: the cup cracked");
    }
    finally
    {
        poured.SetResult();   // hand-made: an async void method gives its caller no other way to know it has ended
    }
}

async Task PourAsync(string tea)
{
    await Task.Delay(200);
    throw new InvalidOperationException($"{tea}: the cup cracked");
}

// ── cell code-15 ──
var voidRun = Timeline.Record("Bug: async void on the event loop");
clock.Restart();
await EventLoop.Run(async () =>
{
    var poured = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    try
    {
        Pour("Masala", poured);     // returns at its first await: nothing to await, nothing to catch
        Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  Pour returned; the try block is over");
    }
    catch (Exception ex)
    {
        Console.WriteLine($"Caught: {ex.Message}");   // never printed
    }
    await poured.Task;
    Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  Pour has ended; main is done");
});
Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  EventLoop.Run completed without an error");
Terminal.Show(voidRun);

// The exception went to the loop's context, which logged it (the `[event loop]` line on standard error above) and carried on, as asyncio does. A UI framework would crash the application instead; the pool, the process. Either way, **not the caller**: its `try` block was long over, and `EventLoop.Run` completed without an error. The chart marks `Pour` as failed (✗) but has no message to show: there is no task that holds the exception. With `async Task`, the caller awaits and catches:

// ── cell code-17 ──
var taskRun = Timeline.Record("Fix: async Task on the event loop");
clock.Restart();
await EventLoop.Run(async () =>
{
    try
    {
        await PourAsync("Masala");
    }
    catch (Exception ex)
    {
        Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  Caught: {ex.Message}");
    }
});
Terminal.Show(taskRun);

// ### The `async void`s you don't write
//
// An async lambda becomes `async void` wherever the parameter is an `Action` or another void-returning delegate: `List<T>.ForEach`, `Parallel.ForEach`, event handlers (`EventHandler`), timer callbacks (`TimerCallback`). Each call returns at the lambda's first await. None of these lambdas throws (on the pool that would end the kernel), so watch *when* the work ends.

// ── cell code-19 ──
var served = new ConcurrentQueue<string>();
async Task Serve(string tea)
{
    await Task.Delay(300);
    served.Enqueue(tea);
}

// ── cell code-20 ──
var hidden = Timeline.Record("Bug: async lambdas as Action, EventHandler, TimerCallback");
served.Clear();
clock.Restart();
new List<string> { "Masala" }.ForEach(async tea => await Serve(tea));             // Action<string>
Parallel.ForEach(new[] { "Green" }, async tea => await Serve(tea));                 // Action<string>
var counter = new Counter();
counter.OrderPlaced += async (sender, tea) => await Serve(tea);                    // EventHandler<string>
counter.Place("Ginger");
var timer = new Timer(async _ => await Serve("Oolong"), null, 0, Timeout.Infinite); // TimerCallback
int servedAtEnd = served.Count;
Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  the cell ends with {servedAtEnd} of 4 teas served");
Terminal.Show(hidden);

// The chart was drawn as the cell ended: every lane *still running* (most of them awaiting), none finished. The async lambdas are lanes too (`lambda("Masala")`, `lambda(sender, "Ginger")`, the timer's `lambda(null)`): an `async void` method that really suspends is recorded like any other, it just has no task anyone could await. Each API has a version that returns a task, so the caller can await the work:

// ── cell code-22 ──
async Task ServeOnTick(string tea)
{
    using var ticker = new PeriodicTimer(TimeSpan.FromMilliseconds(1));
    await ticker.WaitForNextTickAsync();
    await Serve(tea);
}

// ── cell code-23 ──
timer.Dispose();
var awaitedAll = Timeline.Record("Fix: every one returns a task, awaited");
served.Clear();
clock.Restart();
Task listed = Task.WhenAll(new List<string> { "Masala" }.Select(Serve));                 // instead of List.ForEach
Task parallel = Parallel.ForEachAsync(new[] { "Green" }, async (tea, _) => await Serve(tea)); // instead of Parallel.ForEach
var asyncCounter = new AsyncCounter();
asyncCounter.OrderPlaced += Serve;                                                        // a Func<string, Task> event
Task placed = asyncCounter.PlaceAsync("Ginger");
Task ticked = ServeOnTick("Oolong");                                                      // PeriodicTimer instead of Timer
await Task.WhenAll(listed, parallel, placed, ticked);
Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  the cell ends with {served.Count} of 4 teas served");
hidden.Dispose();   // the ❌ cell never awaited, so its recording cannot tell when it ended: stop it by hand (its lanes have ended by now)
Terminal.Show(awaitedAll);

// ### 3 · `ConfigureAwait(false)`: which thread resumes
//
// `Carry` awaits 100 ms and reports the thread before and after. `ConfigureAwait(false)` tells that one `await` not to come back to the captured context. Both runs are on the event loop:

// ── cell code-25 ──
async Task<string> Carry(string tea, bool continueOnCapturedContext)
{
    int before = ThreadId();
    await Task.Delay(100).ConfigureAwait(continueOnCapturedContext);
    return $"{tea}: awaited on thread {before}, resumed on thread {ThreadId()}, context {(SynchronizationContext.Current is null ? "none" : "the loop's")}";
}

async Task Tray(bool continueOnCapturedContext)
{
    Console.WriteLine($"  loop thread {ThreadId()}");
    Console.WriteLine("  " + await Carry("Masala", continueOnCapturedContext));
    Console.WriteLine($"  the caller, after awaiting Carry: thread {ThreadId()}");
    await Task.CompletedTask.ConfigureAwait(false);    // already complete: no suspension, no thread switch
    Console.WriteLine($"  after ConfigureAwait(false) on a completed task: thread {ThreadId()}");
}

// ── cell code-26 ──
var offTheLoop = Timeline.Record("Bug: ConfigureAwait(false) in code that needs the loop");
Console.WriteLine("ConfigureAwait(false):");
await EventLoop.Run(() => Tray(continueOnCapturedContext: false));
Terminal.Show(offTheLoop);

// ── cell code-26b ──
var onTheLoop = Timeline.Record("Fix: plain await on the loop");
Console.WriteLine("Plain await:");
await EventLoop.Run(() => Tray(continueOnCapturedContext: true));
Console.WriteLine($"Carry resumed on threads {string.Join(" and ", new[] { offTheLoop, onTheLoop }.Select(run => string.Join(", ", run.Snapshot().Lanes.Where(lane => lane.Name.StartsWith("Carry")).Select(lane => lane.Segments.Last(s => s.Phase == SegmentPhase.Running).ThreadId))))}; the loops ran on {offTheLoop.EventLoopThreadId} and {onTheLoop.EventLoopThreadId}");
Terminal.Show(TimelineChart.Compare(offTheLoop, onTheLoop));

// ### 4 · `TaskCompletionSource`: the awaiter runs inside `SetResult`
//
// A barista completes an order with `SetResult`; a customer awaits the order, then sips for 200 ms (synchronous work after the await).

// ── cell code-28 ──
async Task Customer(Task<string> order)
{
    string cup = await order;
    Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  customer has {cup} on thread {ThreadId()}, sips for 200 ms");
    Thread.Sleep(200);   // synchronous work after the await
}

async Task Barista(TaskCompletionSource<string> order)
{
    await Task.Delay(100);
    var setting = Stopwatch.StartNew();
    order.SetResult("a cup of Masala");
    Console.WriteLine($"{clock.ElapsedMilliseconds,4} ms  barista on thread {ThreadId()}: SetResult returned after {setting.ElapsedMilliseconds} ms");
}

// ── cell code-29 ──
var inline = Timeline.Record("Bug: new TaskCompletionSource<string>()");
clock.Restart();
var order = new TaskCompletionSource<string>();
await Task.WhenAll(Customer(order.Task), Barista(order));
Terminal.Show(inline);

// ── cell code-30 ──
var queued = Timeline.Record("Fix: RunContinuationsAsynchronously");
clock.Restart();
var asyncOrder = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
await Task.WhenAll(Customer(asyncOrder.Task), Barista(asyncOrder));
Terminal.Show(queued);

// ### 5 · Eliding `async`/`await`, `Task.Run`, `ValueTask`: short rules
//
// **Eliding.** `ServeElided` returns `cup.FillAsync(tea)` without `async`/`await`; `ServeAwaited` awaits it. Both check their argument first and dispose the cup with `using`.

// ── cell code-32 ──
Task<string> ServeElided(string tea)
{
    ArgumentException.ThrowIfNullOrEmpty(tea);
    using var cup = new Cup();
    return cup.FillAsync(tea);          // returns at once: the cup is disposed before it is filled
}

async Task<string> ServeAwaited(string tea)
{
    ArgumentException.ThrowIfNullOrEmpty(tea);
    using var cup = new Cup();
    return await cup.FillAsync(tea);    // the cup is disposed after it is filled
}

// ── cell code-33 ──
var elided = Timeline.Record("Bug: async/await elided");
try { Task<string> noTea1 = ServeElided(""); Console.WriteLine("ServeElided(\"\") returned a task"); }
catch (ArgumentException) { Console.WriteLine("ServeElided(\"\") threw at the call: no task to await, to pass on or to put in WhenAll"); }
try { Console.WriteLine(await ServeElided("Masala")); }
catch (ObjectDisposedException ex) { Console.WriteLine($"await ServeElided(\"Masala\") threw {ex.GetType().Name}: the cup was disposed before the fill"); }
Terminal.Show(elided);

// ── cell code-34 ──
var kept = Timeline.Record("Fix: async/await kept");
Task<string> noTea = ServeAwaited("");
Console.WriteLine($"ServeAwaited(\"\") returned a task: {noTea.Status}");
try { await noTea; } catch (ArgumentException) { Console.WriteLine("...which throws where it is awaited"); }
Console.WriteLine(await ServeAwaited("Masala"));
Terminal.Show(kept);

// **`Task.Run`** is for CPU-bound work the *caller* wants off its thread (Lesson 5). Around code that already awaits, it only adds a hop to a pool thread:

// ── cell code-36 ──
var wrapped = Timeline.Record("Bug: Task.Run around I/O");
Console.WriteLine(await Task.Run(() => Steep("Green")));
Terminal.Show(wrapped);

// ── cell code-36b ──
var direct = Timeline.Record("Fix: await the I/O");
Console.WriteLine(await Steep("Green"));
Terminal.Show(TimelineChart.Compare(wrapped, direct));

// **`ValueTask`.** An `async Task<T>` method allocates a `Task` for each result it cannot take from a small cache. An `async ValueTask<T>` method that finishes without suspending carries its result in the struct and allocates no task. With `[AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]`, one that does suspend rents the object holding its state from a pool and gives it back once awaited. The price: such a `ValueTask` may be awaited **once**. (No chart here: awaiting a pooled `ValueTask` raises no task event for the recorder, so the run prints numbers.)

// ── cell code-38 ──
async Task<int> CupsAsTask(int cups) { if (cups < 0) await Task.Yield(); return cups; }
async ValueTask<int> CupsAsValueTask(int cups) { if (cups < 0) await Task.Yield(); return cups; }
async ValueTask<string> PourPlain(string tea) { await Task.Yield(); return tea; }
[AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
async ValueTask<string> PourPooled(string tea) { await Task.Yield(); return tea; }

const int Calls = 20_000;
double BytesPerCall(Func<int, bool> call)
{
    long before = GC.GetAllocatedBytesForCurrentThread();
    for (int i = 0; i < Calls; i++) call(1000 + i);
    return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Calls;
}
async Task<double> BytesPerAwait(Func<string, ValueTask<string>> pour)
{
    long before = GC.GetTotalAllocatedBytes(precise: true);
    for (int i = 0; i < Calls; i++) await pour("Masala");
    return (GC.GetTotalAllocatedBytes(precise: true) - before) / Calls;
}
double taskBytes = BytesPerCall(i => CupsAsTask(i).IsCompleted), valueTaskBytes = BytesPerCall(i => CupsAsValueTask(i).IsCompleted);
Console.WriteLine($"Completing at once: async Task<int> {taskBytes:0} bytes per call, async ValueTask<int> {valueTaskBytes:0}: the Task object is {taskBytes - valueTaskBytes:0} bytes");
double plainBytes = await BytesPerAwait(PourPlain), pooledBytes = await BytesPerAwait(PourPooled);
Console.WriteLine($"Suspending once:    async ValueTask<string> {plainBytes:0} bytes per call, pooled {pooledBytes:0}: pooling saves {plainBytes - pooledBytes:0}");

ValueTask<string> pouring = PourPooled("Masala");
Console.WriteLine($"First await: {await pouring}");
try { Console.WriteLine($"Second await: {await pouring}"); }
catch (InvalidOperationException ex) { Console.WriteLine($"Second await: {ex.GetType().Name}, the pooled object behind it has been reused"); }

// Read the differences. A notebook compiles its cells without optimisation, so here every async call also allocates its state machine as an object, the same few dozen bytes on both sides of each comparison (optimised code keeps it in a struct while the method completes synchronously). Measured on this machine in an optimised build (`dotnet run -c Release`), the same four methods allocated 72 bytes per call against 0, and 112 against 0. The second `await` of the pooled `ValueTask` failed: by then its object was back in the pool, ready for the next call. A `ValueTask` backed by a plain `Task` lets a second `await` pass; one backed by a pooled object does not. Code that awaits twice works or fails depending on what is behind the `ValueTask`: await it once.

// ## See the timeline
//
// Each pitfall next to its fix, on one time scale.
//
// **Deadlock.** `Steep("Masala")` on the loop: its `Task.Delay` completed at ≈ 0.3 s, and from there the lane is ready (▒), waiting for the loop's thread, and marked *still running*. A chart ends at its last recorded event, and nothing happened after that one: the cell gave up at 2 s (it printed so), and the lane waits for ever. The `(cell)` lane is the cell's own code, here the lambda the loop runs: it blocked the loop's only thread in `.Result` right after `Steep` started (hover over it: *blocked: waits for Steep("Masala")*), and it is still blocked. A recording shows the cell's own code only where it blocks a thread on a task; `Parallel.ForEach` below does that too, for a few milliseconds. With `await`, `Steep` resumed on the loop's thread as soon as its delay completed. On the pool, `Task.Run(lambda)` held a thread (█) for the whole 300 ms it waited for `Steep`:

// ── cell code-40 ──
Terminal.Show(TimelineChart.Compare(deadlock, awaited, onThePool));

// **`async void`.** The cell printed how many teas were served when it ended, and when the work ended:

// ── cell code-42 ──
Console.WriteLine($"Bug: the cell ended with {servedAtEnd} of 4 served; the last Serve lane ended at {hidden.Snapshot().Lanes.Max(lane => lane.EndMs):0} ms");
Console.WriteLine($"Fix: the cell ended after every Serve lane: {awaitedAll.Snapshot().Lanes.Max(lane => lane.EndMs):0} ms");
Terminal.Show(TimelineChart.Compare(voidRun, taskRun, hidden, awaitedAll));

// **`TaskCompletionSource`.** Thread ids on the lanes (hover a bar, or read the text form). Without the option, `Customer` resumed on the barista's thread, inside `Barista`'s `SetResult`, and `Barista` stayed running (█) until the customer's 200 ms sip was over: its `SetResult` took ≈ 200 ms (printed above). With `RunContinuationsAsynchronously`, `SetResult` returned at once and `Barista` ended; `Customer` ran as a separate work item on a pool thread, possibly the very thread `Barista` had just given back:

// ── cell code-44 ──
Console.WriteLine(inline);
Console.WriteLine(queued);
Terminal.Show(TimelineChart.Compare(inline, queued));

// ## Why
//
// ### Sync over async needs a second thread
//
// `.Result` and `.Wait()` block the calling thread until the task completes. The task completes when its continuation runs. Where that continuation runs is decided by the `await` inside: on the captured `SynchronizationContext` if there is one (a UI thread, an event loop, classic ASP.NET), else on the pool. On a single-threaded context the one thread that could run it is the one blocked waiting for it: a deadlock, for ever, as the first chart shows (ready at 0.3 s, never resumed). On the pool another thread runs the continuation, so it returns, and that is **no excuse**:
//
// - it holds a thread doing nothing for the whole wait (`Task.Run(lambda)` above); a server doing this on every request runs out of pool threads (Lesson 2's starvation);
// - the same method deadlocks the day someone calls it from a UI event handler, a test framework with a context, or a library that installs one: whether it hangs depends on the caller, not on the code.
//
// ### `async void` has no task
//
// An `async void` method returns nothing to await, so the caller cannot know when it ends or whether it failed. Its exceptions are posted to the `SynchronizationContext` that was current when it started (the event loop above logged it) or, without one, thrown on a pool thread, which ends the process. The only legitimate use is a top-level UI event handler, and then it should catch everything itself. The implicit ones are the common bug: the compiler picks `async void` for an async lambda whenever the parameter is a void-returning delegate, without a warning.
//
// ### `ConfigureAwait(false)` is about one `await`
//
// It changes where **that** continuation runs: on a pool thread, not back on the captured context (the chart shows `Carry` resuming on another thread than the loop's, with no context). It does **not** change: the code before the first `await` (still on the caller's thread), the caller (its own `await` still comes back to the loop: *the caller, after awaiting Carry* printed the loop's thread), an `await` of a task that is already complete (no suspension, no switch), or the `ExecutionContext` (`AsyncLocal` values flow either way). Library code that never touches a UI uses it on every `await`, so it neither needs nor occupies the caller's thread; application code on a context usually wants to come back. It is not a cure for sync-over-async: every `await` below the blocking call would need it, including those in code you don't own.
//
// ### `TaskCompletionSource` completes its awaiters inline
//
// `SetResult` completes the task, and a task runs the continuations of its awaiters **synchronously on the completing thread** when it can. So `Barista`'s `SetResult` ran `Customer`'s rest, 200 ms of it, before returning; a lock held around `SetResult`, or a loop of `SetResult`s, waits for that code. With several awaiters, the runtime runs one of them inline and queues the others (Exercise 1's chart shows it), so which one blocks you depends on who awaited first. `TaskCreationOptions.RunContinuationsAsynchronously` queues them to the pool instead. (Beware the look-alike `TaskContinuationOptions.RunContinuationsAsynchronously`: passed to the constructor it becomes the task's *state object* and changes nothing.)
//
// ### Three short rules
//
// - **Eliding** `async`/`await` (returning the inner task) saves a state machine, and changes behaviour: argument exceptions are thrown at the call instead of at the `await`, and `using`/`try`/`finally` end before the inner task does. Elide only in one-line pass-throughs with nothing to dispose.
// - **`Task.Run`**: for CPU-bound work, called by the code that wants it off its thread (Lesson 5). Not inside a library method to make it "look async" (the caller can't tell, and a server then pays two threads), and not around code that already awaits.
// - **`ValueTask`**: return it from hot paths that usually complete synchronously; await it **once**, never `.Result` it before it completes, never await it from two places. Need more? Call `.AsTask()` once and keep the task.
//
// ### Python ↔ C#
//
// | Python asyncio | C# | Note |
// | --- | --- | --- |
// | `loop.run_until_complete(coro)` inside a running loop: `RuntimeError: This event loop is already running` | `task.Result` / `.Wait()` on a single-threaded context: a silent deadlock | Python refuses; C# blocks the thread. Await instead |
// | `asyncio.create_task(coro)` with no reference kept; "Task exception was never retrieved" | `async void`, `List.ForEach(async …)`, `Parallel.ForEach(async …)`, event handlers, `Timer` callbacks | Keep the task and await it |
// | always resumes on the loop | `ConfigureAwait(true)` (the default) | Python has no `ConfigureAwait(false)`: a coroutine always resumes on its loop |
// | `asyncio.Future`: `set_result` schedules the callbacks with `call_soon` | `TaskCompletionSource` with `RunContinuationsAsynchronously` | asyncio is never inline; C# is unless you ask |
// | `asyncio.to_thread(f)` | `await Task.Run(f)` | For blocking or CPU-bound work, never around an `await` |
//
// ### Pitfalls
//
// ❌ **BAD** Blocking on a task: deadlocks on a single-threaded context, wastes a thread everywhere else.
//
// ```csharp
// string cup = Steep("Masala").Result;      // or .Wait(), .GetAwaiter().GetResult()
// ```
//
// ✅ **GOOD** Async all the way up; give a blocking wait a time limit if you truly have no choice.
//
// ```csharp
// string cup = await Steep("Masala");
// ```
//
// ❌ **BAD** `async void`, written or implicit: the caller cannot await it or catch its exception.
//
// ```csharp
// async void Pour() { … }
// teas.ForEach(async tea => await Serve(tea));
// Parallel.ForEach(teas, async tea => await Serve(tea));
// ```
//
// ✅ **GOOD** Return a `Task` and await it.
//
// ```csharp
// async Task PourAsync() { … }
// await Task.WhenAll(teas.Select(Serve));
// await Parallel.ForEachAsync(teas, async (tea, ct) => await Serve(tea));
// ```
//
// ❌ **BAD** `ConfigureAwait(false)` before touching something only the context's thread may use (a UI control, the loop's state).
//
// ```csharp
// await LoadAsync().ConfigureAwait(false);
// label.Text = "done";                       // now on a pool thread
// ```
//
// ✅ **GOOD** Plain `await` in application code on a context; `ConfigureAwait(false)` on every `await` of library code.
//
// ```csharp
// await LoadAsync();
// label.Text = "done";
// ```
//
// ❌ **BAD** A `TaskCompletionSource` that other code awaits, created without options: its awaiters run inside your `SetResult`.
//
// ```csharp
// var done = new TaskCompletionSource<string>();
// var alsoWrong = new TaskCompletionSource<string>(TaskContinuationOptions.RunContinuationsAsynchronously);   // a state object!
// ```
//
// ✅ **GOOD**
//
// ```csharp
// var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
// ```
//
// ❌ **BAD** Eliding `async`/`await` inside `using` or `try`, or around argument checks.
//
// ```csharp
// Task<string> ServeElided(string tea) { using var cup = new Cup(); return cup.FillAsync(tea); }
// ```
//
// ✅ **GOOD**
//
// ```csharp
// async Task<string> ServeAwaited(string tea) { using var cup = new Cup(); return await cup.FillAsync(tea); }
// ```
//
// ❌ **BAD** Awaiting a `ValueTask` twice (or storing it to await later from several places).
//
// ```csharp
// ValueTask<string> pouring = PourPooled("Masala");
// await pouring; await pouring;
// ```
//
// ✅ **GOOD** Await it once, or turn it into a `Task` once.
//
// ```csharp
// Task<string> pouring = PourPooled("Masala").AsTask();
// ```

// ## Exercises
//
// ### Exercise 1: find the bug from this chart
//
// This chart was recorded from the code in the next cell (`data/07-order-board.json`): three regulars await the same order board, and `CallOut` announces the cup. Read it before reading the code: how long does `CallOut(board)` run after its delay, what else ran during that time, and on which thread did the regulars resume?

// ── cell code-47 ──
Terminal.Show(ReferenceTimeline.Load("07-order-board"));

// Fix the bug so that announcing the cup does not make the announcer run the regulars' drinking: each regular should drink on its own, not inside another lane.

// ✏️ Exercise (cell ex-order-board): change the code below, then run the app again; the check after it grades your change.
async Task Regular(string name, OrderBoard board)
{
    string cup = await board.Cup;
    Thread.Sleep(150);   // drinks it
}

async Task CallOut(OrderBoard board)
{
    await Task.Delay(100);
    board.Announce("a cup of Masala");
}

var board = new OrderBoard();
var rush = Timeline.Record("Three regulars, one order board");
await Task.WhenAll(Regular("Ana", board), Regular("Ben", board), Regular("Cy", board), CallOut(board));
Terminal.Show(rush);

// **Check:** the three regulars each drank (their lanes completed), and no regular drank inside another lane's running time on the same thread (read from the timeline's segments and thread ids, not from the clock).

// ✔ Check (cell check-order-board)
for (int wait = 0; wait < 100 && rush.Snapshot().Lanes.Any(lane => lane.Outcome == LaneOutcome.Unfinished); wait++) await Task.Delay(50);
rush.Dispose();
var boardRun = rush.Snapshot();
var regulars = boardRun.Lanes.Where(lane => lane.Name.StartsWith("Regular(")).ToList();
var insideAnother = regulars
    .Where(lane => lane.Outcome == LaneOutcome.Completed)
    .Select(lane => (Regular: lane, Sip: lane.Segments.Last(s => s.Phase == SegmentPhase.Running)))
    .Select(drink => (drink.Regular, drink.Sip, Host: boardRun.Lanes.FirstOrDefault(other => other != drink.Regular && other.Segments.Any(s =>
        s.Phase == SegmentPhase.Running && s.ThreadId == drink.Sip.ThreadId && s.StartMs <= drink.Sip.StartMs && s.EndMs >= drink.Sip.EndMs))))
    .FirstOrDefault(drink => drink.Host is not null);
int drank = regulars.Count(lane => lane.Outcome == LaneOutcome.Completed);
Terminal.Show(Check.That("every regular drinks on its own, not inside the announcer", drank == 3 && insideAnother.Host is null,
    drank != 3 ? $"{drank} of 3 Regular lanes completed ({string.Join(", ", regulars.Select(lane => $"{lane.Name}: {lane.Outcome}"))})"
    : insideAnother.Host is not null ? $"'{insideAnother.Regular.Name}' drank on thread {insideAnother.Sip.ThreadId} from {insideAnother.Sip.StartMs:0} to {insideAnother.Sip.EndMs:0} ms, inside '{insideAnother.Host.Name}', which was running on that thread all along: its continuation ran inline"
    : $"the regulars drank on threads {string.Join(", ", regulars.Select(lane => lane.Segments.Last(s => s.Phase == SegmentPhase.Running).ThreadId))}, each on its own"));

// ### Exercise 2: the receipts
//
// `PrintReceipt` takes 300 ms. The cell below prints three, and the last line records how many were printed when the cell ended (keep it last). Make every receipt printed before the cell ends, printing them at the same time (not one after another).

// ── cell code-51 ──
var receipts = new ConcurrentQueue<string>();
async Task PrintReceipt(string tea)
{
    await Task.Delay(300);
    receipts.Enqueue(tea);
}
List<string> orders = ["Masala", "Green", "Ginger"];

// ✏️ Exercise (cell ex-receipts): change the code below, then run the app again; the check after it grades your change.
var till = Timeline.Record("Three receipts");
receipts.Clear();
orders.ForEach(async tea => await PrintReceipt(tea));
int printedWhenTheCellEnded = receipts.Count;   // keep this line last

// **Check:** all three receipts were printed when the cell ended, and the three `PrintReceipt` lanes overlapped, 600 ms in all at most (one after another takes 900 ms).

// ✔ Check (cell check-receipts)
for (int wait = 0; wait < 100 && till.Snapshot().Lanes.Any(lane => lane.Outcome == LaneOutcome.Unfinished); wait++) await Task.Delay(50);
till.Dispose();
Terminal.Show(printedWhenTheCellEnded == orders.Count
    ? Check.Overlap(till, 600, orders.Select(tea => $"PrintReceipt(\"{tea}\")").ToArray())
    : Check.That("every receipt printed before the cell ends", false, $"{printedWhenTheCellEnded} of {orders.Count} receipts were printed when the cell ended ({receipts.Count} by now): the cell did not wait for the work it started"));

// ## Further reading
//
// - Stephen Cleary, [Don't Block on Async Code](https://blog.stephencleary.com/2012/07/dont-block-on-async-code.html) and [Async/Await: Best Practices in Asynchronous Programming](https://learn.microsoft.com/archive/msdn-magazine/2013/march/async-await-best-practices-in-asynchronous-programming) (`async void`, "async all the way", `ConfigureAwait`).
// - Stephen Toub, [ConfigureAwait FAQ](https://devblogs.microsoft.com/dotnet/configureawait-faq/) and [Understanding the Whys, Whats, and Whens of ValueTask](https://devblogs.microsoft.com/dotnet/understanding-the-whys-whats-and-whens-of-valuetask/).
// - Stephen Cleary, [Eliding Async and Await](https://blog.stephencleary.com/2016/12/eliding-async-await.html) and [Task.Run Etiquette](https://blog.stephencleary.com/2013/10/taskrun-etiquette-and-proper-usage.html).
// - David Fowler, [Async guidance](https://github.com/davidfowl/AspNetCoreDiagnosticScenarios/blob/master/AsyncGuidance.md): `async void`, `TaskCompletionSource` options, timer callbacks, eliding.
// - .NET docs: [TaskCreationOptions.RunContinuationsAsynchronously](https://learn.microsoft.com/dotnet/api/system.threading.tasks.taskcreationoptions) and [PoolingAsyncValueTaskMethodBuilder](https://learn.microsoft.com/dotnet/api/system.runtime.compilerservices.poolingasyncvaluetaskmethodbuilder-1).
//
// Next: **Lesson 8**, streams and pipelines.

// ── types the lesson declares (in a C# file they come after the top-level code) ──
class Counter
{
    public event EventHandler<string>? OrderPlaced;
    public void Place(string tea) => OrderPlaced?.Invoke(this, tea);
}
class AsyncCounter
{
    public event Func<string, Task>? OrderPlaced;
    public Task PlaceAsync(string tea) =>
        Task.WhenAll((OrderPlaced?.GetInvocationList() ?? []).Cast<Func<string, Task>>().Select(handler => handler(tea)));
}
class Cup : IDisposable
{
    private bool _disposed;
    public async Task<string> FillAsync(string tea)
    {
        await Task.Delay(100);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return $"a cup of {tea}";
    }
    public void Dispose() => _disposed = true;
}
class OrderBoard
{
    private readonly TaskCompletionSource<string> _cup = new();
    public Task<string> Cup => _cup.Task;
    public void Announce(string cup) => _cup.SetResult(cup);
}
