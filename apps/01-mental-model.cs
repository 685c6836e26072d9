#!/usr/bin/env dotnet
// Lesson 1 · What an async method really is
//
// Run it from the repository folder: dotnet run apps/01-mental-model.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/01-mental-model/ (their paths are printed).
// Generated from notebooks/01-mental-model.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
#:project ../helpers/TaskTimeline/TaskTimeline.csproj
// Timelines are recorded from the runtime's task events, which a native AOT app turns off.
#:property PublishAot=false
// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false

using TaskTimeline;
using TaskTimeline.Lab;
using System.Diagnostics;
using System.Threading;
using System.Collections.Concurrent;

// # Lesson 1 · What an async method really is
//
// The Python tutorial this course follows starts with a mental model: `async def` makes a *coroutine*, `await` yields control to the *event loop*, and the loop switches between coroutines while they wait. C# has the same words, and the differences matter. This lesson shows every claim on a timeline recorded from a real run.

// ## Goal
//
// By the end of this lesson you can say:
//
// - what **calling** an async method does in C# (it starts running at once: a C# `Task` is *hot*, a Python coroutine is *cold*);
// - what **`await`** does: suspend the method, hand control back to the caller, and schedule the rest as a *continuation*;
// - **who resumes** the method after an await (any free thread-pool thread, or the thread of a `SynchronizationContext` such as an event loop);
// - the **states** a task goes through, and why waiting for I/O holds **no thread**.
//
// The first code cell loads the course's helper library. Run it first (or use *Run All*).

// ## Predict
//
// Here is the Python tutorial's first example, `brew_chai`:
//
// ```python
// async def brew_chai():
//     print("Brewing chai...")
//     await asyncio.sleep(2)
//     print("Chai is ready.")
//
// coro = brew_chai()    # nothing is printed: a coroutine does not run until awaited or scheduled
// ```
//
// The C# version below is the same method, with one addition: 300 ms of synchronous work (grinding the spices) **before** the first `await`. We will print a line **before** the call, call `BrewChai()` **without awaiting it**, print a line **after** the call, and only then await it.
//
// Before you run the cells, write down your answers:
//
// 1. In which order do `before the call`, `Brewing chai...` and `after the call` appear?
// 2. How long does the call `BrewChai()` take to return: about 0 ms, about 300 ms, or about 2.3 s?
// 3. What is the task's `Status` right after the call?
// 4. Does `Chai is ready.` print on the same thread as `Brewing chai...`?

// ## Run
//
// `BrewChai` is the Python tutorial's `brew_chai`: `await Task.Delay(2000)` is C#'s `await asyncio.sleep(2)`. The `Thread.Sleep(300)` stands for 300 ms of ordinary synchronous work done before the first `await` (Lesson 2 shows why a real program should not sleep like this).

// ── cell code-06 ──
async Task BrewChai()
{
    Console.WriteLine($"  Brewing chai...      (thread {Environment.CurrentManagedThreadId})");
    Thread.Sleep(300);            // 300 ms of synchronous work before the first await: grinding the spices
    await Task.Delay(2000);       // steeping: C#'s await asyncio.sleep(2)
    Console.WriteLine($"  Chai is ready.       (thread {Environment.CurrentManagedThreadId})");
}

// First without any helper: a plain call between two prints, timed with a `Stopwatch`.

// ── cell code-08 ──
var clock = Stopwatch.StartNew();
Console.WriteLine($"before the call        (thread {Environment.CurrentManagedThreadId})");
Task plain = BrewChai();
Console.WriteLine($"after the call         {clock.ElapsedMilliseconds} ms, status = {plain.Status}");
await plain;
Console.WriteLine($"after the await        {clock.ElapsedMilliseconds} ms, status = {plain.Status}");

// **What happened.** `Brewing chai...` printed **between** the two lines, and the call took about 300 ms to return: calling `BrewChai()` ran its body at once, on the caller's thread, through the synchronous work and up to the first `await` of something not yet finished. Only then did the call return, with a task still in progress (`WaitingForActivation` is the status of a task that an async method will complete later). The `await` then took the remaining 2 s. Whether `Chai is ready.` printed on the same thread as `Brewing chai...` is up to the thread pool: *Who resumes you*, below, shows both outcomes on purpose.
//
// Now the same lines, recorded. `Timeline.Record(...)` starts recording the async calls this cell makes: each call becomes a lane named as the call reads (`BrewChai()`), showing when its code ran, what it awaited, and on which thread it resumed. Nothing else changes. The last line shows the recording.

// ── cell code-10 ──
var chai = Timeline.Record("BrewChai: a hot task");
Console.WriteLine($"before the call        (thread {Environment.CurrentManagedThreadId})");
Task brewing = BrewChai();
Console.WriteLine($"after the call         status = {brewing.Status}");
await brewing;
Console.WriteLine($"after the await        status = {brewing.Status}");
Terminal.Show(chai);

// ## See the timeline
//
// Read the chart from left to right (hover a bar for exact times and the thread):
//
// - **BrewChai() starts running straight away**: the solid bar at the start is its synchronous part (the print and the 300 ms of spice grinding). It ran *inside the call*, on the cell's thread, before `after the call` was printed. That is the hot task.
// - BrewChai reaches `await Task.Delay(2000)` and suspends: the hatched *awaiting* bar, labelled with what it awaited. Control went back to the cell, which printed `after the call` and then awaited too.
// - For two seconds **no thread runs BrewChai's code**: an awaiting bar is time with no code running.
// - At about 2.3 s the delay completes and BrewChai **resumes** (the short bar at the end; hover it for the thread), prints `Chai is ready.` and ends.
//
// The recording draws only async methods the cell calls; the cell's own lines are not a lane (unless they block a thread on a task: Exercise 2 shows how that looks). The next cell reads the same facts off the recording, so you don't have to take the chart's word for it.

// ── cell code-12 ──
var brew = chai.Snapshot().Lane("BrewChai()");
Console.WriteLine($"BrewChai ran code for {brew.RunningMs():0} ms of its {brew.EndMs - brew.StartMs:0} ms (the first {brew.Segments[0].DurationMs:0} ms before the call returned), on thread(s) {string.Join(" then ", brew.Threads)}.");
Console.WriteLine($"SynchronizationContext.Current in this cell: {SynchronizationContext.Current?.GetType().Name ?? "null"}");

// Below, your run (top) and a reference run recorded for this course (bottom, from `data/01-brew-chai.json`) on one time scale. The shapes should match: a 300 ms running burst at the start, two seconds of awaiting, a short burst at the end. The exact thread ids differ from machine to machine.

// ── cell code-14 ──
Terminal.Show(TimelineChart.Compare(chai.Snapshot(), ReferenceTimeline.Load("01-brew-chai")));

// ## Why
//
// ### Calling an async method: hot, not cold
//
// In Python, `brew_chai()` builds a coroutine object and runs **nothing**; the event loop runs it when you `await` it or schedule it with `asyncio.create_task`. In C#, calling `BrewChai()` **runs it immediately, synchronously, on the caller's thread**, up to the first `await` whose task is not finished. Only then does it return a `Task` that represents the rest. That is why `Brewing chai...` printed before `after the call`, and why the call took as long as the synchronous work before the first `await`.
//
// If you want the Python behaviour (something you can start later), keep a *delegate* instead of a task: `Func<Task> recipe = BrewChai;` runs nothing until `recipe()`.
//
// ### What `await` does
//
// `await task` first asks `task.IsCompleted`. If it is already finished, the method simply carries on, synchronously, with no suspension at all. If not:
//
// 1. it registers **the rest of the method** as a *continuation* on that task,
// 2. it **returns** to its caller (the first time, the caller gets the method's incomplete `Task`; this is "yielding control"),
// 3. when the task completes, the continuation is scheduled and the method **resumes** right after the `await`.
//
// ### The compiler's state machine, in brief
//
// The compiler rewrites `BrewChai` into a small state machine: a struct with a `state` field, the method's locals as fields, and a `MoveNext()` method holding the body cut at each `await`:
//
// ```csharp
// // roughly what the compiler generates for BrewChai (simplified)
// struct BrewChaiStateMachine : IAsyncStateMachine
// {
//     public int state;                        // -1 = running, 0 = suspended at the first await
//     public AsyncTaskMethodBuilder builder;   // makes and completes the Task the caller got
//     TaskAwaiter awaiter;
//
//     public void MoveNext()
//     {
//         if (state == 0) goto Resume;
//         Console.WriteLine("Brewing chai...");
//         Thread.Sleep(300);                   // runs inside the caller's call: nothing has been returned yet
//         awaiter = Task.Delay(2000).GetAwaiter();
//         if (!awaiter.IsCompleted)
//         {
//             state = 0;
//             builder.AwaitUnsafeOnCompleted(ref awaiter, ref this);   // "call MoveNext again when done"
//             return;                                                  // hand control back
//         }
//     Resume:
//         awaiter.GetResult();                 // rethrows if the delay failed
//         Console.WriteLine("Chai is ready.");
//         builder.SetResult();                 // the caller's Task completes
//     }
// }
// ```
//
// ### Who resumes you
//
// When an `await` suspends, it captures `SynchronizationContext.Current` (if there is one). When the awaited task completes, the continuation is **posted to that context**: in WPF, WinForms or MAUI that means "back on the UI thread". When there is **no** context, as in console apps, ASP.NET Core and this notebook (the cell above printed `null`), the continuation runs on **whichever thread-pool thread is free**. Nothing promises it is the thread that started the method.
//
// The cell below shows that on purpose. It awaits five short delays on the thread pool, then the same five inside `EventLoop.Run`, the course's one-thread loop (like `asyncio.run`; Lesson 2 uses it and its real .NET counterparts). Each line prints the thread an await suspended on and the thread it resumed on.

// ── cell code-15 ──
async Task FiveAwaits(string where)
{
    for (int i = 1; i <= 5; i++)
    {
        int suspendedOn = Environment.CurrentManagedThreadId;
        await Task.Delay(100);
        Console.WriteLine($"{where,-11} await {i}: suspended on thread {suspendedOn,2}, resumed on thread {Environment.CurrentManagedThreadId,2}");
    }
}

await FiveAwaits("thread pool");
await EventLoop.Run(() => FiveAwaits("event loop"));

// **What happened.** On the thread pool, each resumption ran on a pool thread that happened to be free: compare the two numbers on each line. They may match or differ, and which you get changes from run to run and machine to machine (a thread that just went back to the pool is often the one picked again). On the event loop, every await suspended and resumed on the **same** thread, every time: the loop's `SynchronizationContext` posts each continuation back to its one thread. That is a promise you can rely on; "the same pool thread" is not. (`ConfigureAwait(false)` tells an await to ignore a captured context.)
//
// There is no single "event loop" by default in .NET: the thread pool plays the scheduler's part. The recording in this course changes none of this: it reads the runtime's own task events and leaves `SynchronizationContext.Current` and where continuations run exactly as they are without it.
//
// ### Task states
//
// A task is in one of a few states (`task.Status`). The cell below makes one of each.

// ── cell code-16 ──
var cold = new Task(() => Console.WriteLine("ran"));               // the rare cold task: created, not started
var steeping = Task.Delay(500);                                       // in progress, completed by a timer later
var done = Task.CompletedTask;
var spilt = Task.FromException(new InvalidOperationException("the chai boiled over"));
var cancelled = Task.FromCanceled(new CancellationToken(canceled: true));
var brewingAgain = BrewChai();                                        // an async method's task while it is suspended

foreach (var (name, task) in new[] { ("new Task(...)", cold), ("Task.Delay(500)", steeping), ("Task.CompletedTask", done),
                                      ("Task.FromException", spilt), ("Task.FromCanceled", cancelled), ("BrewChai()", brewingAgain) })
    Console.WriteLine($"{name,-20} {task.Status}");
await brewingAgain;
Console.WriteLine($"{"BrewChai() awaited",-20} {brewingAgain.Status}");

// `Created` belongs to `new Task(...)` only, a cold task you would have to `Start()`; you almost never need it. Tasks from async methods and from `Task.Delay` start in progress (`WaitingForActivation`) and end in one of the three final states: `RanToCompletion`, `Faulted` (an exception, rethrown by `await`) or `Canceled`.
//
// ### "There is no thread"
//
// While BrewChai was steeping, no thread was waiting for it: `Task.Delay` sets a timer, and a network read hands the wait to the operating system. A thread is needed only when there is code to run. So a thousand concurrent waits need about as many threads as one. The cell below starts 1,000 two-second waits and counts the distinct threads that ran their code after the wait.

// ── cell code-18 ──
// A later cell declares Steep() again: in one C# file, this cell runs in a function of its own.
await Cell_code_18();
async Task Cell_code_18()
{
    var threadsUsed = new ConcurrentDictionary<int, bool>();
    async Task Steep()
    {
        await Task.Delay(2000);
        threadsUsed.TryAdd(Environment.CurrentManagedThreadId, true);
    }

    var thousandClock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(1, 1000).Select(_ => Steep()));
    Console.WriteLine($"1,000 concurrent 2 s waits took {thousandClock.Elapsed.TotalSeconds:0.00} s in total.");
    Console.WriteLine($"Their code after the wait ran on {threadsUsed.Count} thread(s); the thread pool has {ThreadPool.ThreadCount} threads on this {Environment.ProcessorCount}-core machine.");
}

// **What happened.** About 2 s for all of them, and their code after the wait ran on very few threads (the line above says how many; one or two is typical): while they waited, the waits held no thread at all. Stephen Cleary's article below tells the whole story down to the network card.
//
// ### Pitfalls
//
// ❌ **BAD** Blocking on a task (*sync over async*). The thread sits blocked for the whole wait, doing nothing; under a UI `SynchronizationContext` it can deadlock, because the continuation needs the very thread that is blocked.
//
// ```csharp
// BrewChai().Wait();                  // or .Result, or .GetAwaiter().GetResult()
// ```
//
// ✅ **GOOD** Await it: the thread is handed back while the chai steeps.
//
// ```csharp
// await BrewChai();
// ```
//
// ❌ **BAD** `async void`: the caller gets no task, so it cannot await it, and an exception crashes the process.
//
// ```csharp
// async void BrewChaiAndForget() { await Task.Delay(2000); throw new InvalidOperationException(); }
// ```
//
// ✅ **GOOD** Return a `Task` (only event handlers need `async void`).
//
// ```csharp
// async Task BrewChaiAsync() { await Task.Delay(2000); }
// ```

// ## Exercises
//
// ### Exercise 1: toast while the chai steeps
//
// Breakfast is a 2 s chai and 1 s of toast, then serving the tray. The code below makes the chai, waits for it, and only then makes the toast: 3 s before anything is served. Because a task starts running the moment you call the method, you can **start** the chai, make the toast while it steeps, and **then** await the chai. Change the cell so breakfast is served after about 2 s, with the chai and the toast on the tray, in that order.

// ── cell code-21 ──
async Task<string> MakeChai()
{
    await Task.Delay(2000);
    return "chai";
}

async Task<string> MakeToast()
{
    await Task.Delay(1000);
    return "toast";
}

async Task Serve(string[] tray)
{
    await Task.Delay(50);          // carrying the tray
    Console.WriteLine($"  Served: {string.Join(" and ", tray)}");
}

// ✏️ Exercise (cell ex-toast-while-steeping): change the code below, then run the app again; the check after it grades your change.
var breakfast = Timeline.Record("Breakfast");
string chaiCup = await MakeChai();       // waits for the chai...
string toast = await MakeToast();        // ...before the toast even starts
string[] tray = { chaiCup, toast };
await Serve(tray);
Terminal.Show(breakfast);

// **Check:** the chai and the toast overlap, the tray is served only after both are ready, it holds `chai` then `toast`, and the chai and the toast take at most 2.5 s together.

// ✔ Check (cell check-toast-while-steeping)
var morning = breakfast.Snapshot();
LaneTimeline? MorningLane(string name) => morning.Lanes.FirstOrDefault(l => l.Name == name);
var (chaiLane, toastLane, serveLane) = (MorningLane("MakeChai()"), MorningLane("MakeToast()"), morning.Lanes.FirstOrDefault(l => l.Name.StartsWith("Serve(")));
var missing = new[] { ("MakeChai()", chaiLane), ("MakeToast()", toastLane), ("Serve(...)", serveLane) }.FirstOrDefault(p => p.Item2 is null).Item1;
Terminal.Show(missing is not null
    ? Check.That("breakfast is made and served", false, $"{missing} never ran: keep every step, only change when it is awaited")
    : !tray.SequenceEqual(new[] { "chai", "toast" })
    ? Check.That("the tray holds chai, then toast", false, $"the tray holds [{string.Join(", ", tray)}]")
    : new[] { chaiLane!, toastLane! }.FirstOrDefault(l => l.Outcome == LaneOutcome.Unfinished || l.EndMs > serveLane!.StartMs) is { } late
    ? Check.That("served only when everything is ready", false, $"Serve(...) started at {serveLane!.StartMs / 1000:0.00} s, before {late.Name} had finished: await it before serving")
    : Check.Overlap(morning, maxTotalMs: 2500, "MakeChai()", "MakeToast()"));

// ### Exercise 2: find the blocker
//
// Pouring a cup should hold a thread only for the moment it takes to pour. Run the cell below and read its chart: one lane is **solid** (holding a thread) for about two seconds although all it does is wait. Hover over it: the chart says what it is blocked on. Find the line responsible and fix it, so that no lane holds a thread while it waits. `cup` must still be `a cup of chai`.

// ✏️ Exercise (cell ex-find-the-blocker): change the code below, then run the app again; the check after it grades your change.
async Task<string> Steep()
{
    await Task.Delay(2000);
    return "chai";
}

async Task<string> Pour()
{
    Task<string> chai = Steep();
    string tea = chai.Result;         // the chai is needed before pouring
    await Task.Delay(100);            // pouring
    return $"a cup of {tea}";
}

var pouring = Timeline.Record("Pouring a cup");
string cup = await Pour();
Console.WriteLine(cup);
Terminal.Show(pouring);

// **Check:** `Steep()` and `Pour()` both ran, `Pour()` finished after the chai was ready, `cup` is `a cup of chai`, and no lane held a thread for more than 200 ms. The cell counts too: if the cell itself blocks (say, on `Pour().Result`), the chart shows a lane named `(cell)` for that stretch.

// ✔ Check (cell check-find-the-blocker)
var poured = pouring.Snapshot();
var steepLane = poured.Lanes.FirstOrDefault(l => l.Name == "Steep()");
var pourLane = poured.Lanes.FirstOrDefault(l => l.Name == "Pour()");
var holder = poured.Lanes.MaxBy(l => l.RunningMs());
Terminal.Show(steepLane is null || pourLane is null
    ? Check.That("the chai is steeped and poured", false, $"{(steepLane is null ? "Steep()" : "Pour()")} never ran: keep both steps")
    : cup != "a cup of chai"
    ? Check.That("the cup is a cup of chai", false, $"cup is \"{cup}\"")
    : steepLane.Outcome == LaneOutcome.Unfinished || steepLane.EndMs > pourLane.EndMs
    ? Check.That("Pour() waits for the chai", false, $"Pour() finished at {pourLane.EndMs / 1000:0.00} s, before Steep() was ready: it never waited for the chai")
    : Check.HoldsNoThread(poured, holder!.RunningMs() > 200 ? holder.Name : "Pour()", maxRunningMs: 200));

// ## Further reading
//
// - Stephen Toub, [How Async/Await Really Works in C#](https://devblogs.microsoft.com/dotnet/how-async-await-really-works/): from callbacks to the state machine, in depth.
// - Stephen Cleary, [There Is No Thread](https://blog.stephencleary.com/2013/11/there-is-no-thread.html): why a pending I/O holds no thread.
// - Stephen Toub, [ConfigureAwait FAQ](https://devblogs.microsoft.com/dotnet/configureawait-faq/): `SynchronizationContext`, `TaskScheduler` and who resumes you.
// - David Fowler, [Async guidance](https://github.com/davidfowl/AspNetCoreDiagnosticScenarios/blob/master/AsyncGuidance.md): the ❌/✅ pitfalls (`async void`, `.Result`, `.Wait()`).
// - .NET docs: [Asynchronous programming with async and await](https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/) and [Task.Status](https://learn.microsoft.com/dotnet/api/system.threading.tasks.taskstatus).
//
// Next: **Lesson 2**, what a blocking `Thread.Sleep` does to async code, on the thread pool and on an event loop.
