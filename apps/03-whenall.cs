#!/usr/bin/env dotnet
// Lesson 3 · `Task.WhenAll`: three brews in two seconds
//
// Run it from the repository folder: dotnet run apps/03-whenall.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/03-whenall/ (their paths are printed).
// Generated from notebooks/03-whenall.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
#:project ../helpers/TaskTimeline/TaskTimeline.csproj
// Timelines are recorded from the runtime's task events, which a native AOT app turns off.
#:property PublishAot=false
// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false

using TaskTimeline;
using TaskTimeline.Lab;
using System.Diagnostics;

// # Lesson 3 · `Task.WhenAll`: three brews in two seconds
//
// [The Python tutorial](../docs/python-tutorial.md#3-running-things-together-gather)'s second example brews three teas with `asyncio.gather` and promises a total of about 2 s, "NOT 2 + 2 + 2". This lesson records that run in C#, with `Task.WhenAll`, draws its timeline, and looks at what you get back: the results, and the exceptions.

// ## Goal
//
// - Measure **sequential awaits** (≈ 6 s) against **`Task.WhenAll`** (≈ 2 s) for three 2 s brews, and read the Python tutorial's timeline (*t = 0 s → all start, t = 0 s → all await, t = 2 s → all resume*) off a real run.
// - Get the **results** of all three from `WhenAll`, in order.
// - See what happens when a brew **throws**: `await` rethrows one exception, the task keeps all of them.
// - Understand why, in C#, "gathering" is just **awaiting tasks that are already running**.

// ## Predict
//
// `Brew(name)` prints a line, awaits `Task.Delay(2000)`, prints another line and returns `"a cup of <name>"`.
//
// 1. `await Brew("Masala"); await Brew("Green"); await Brew("Ginger");`: total?
// 2. `await Task.WhenAll(Brew("Masala"), Brew("Green"), Brew("Ginger"))`: total? In which order are the results?
// 3. Start all three first (`var masala = Brew("Masala"); …`), then `await masala; await green; await ginger;`: total?
// 4. Two of the three brews throw, the later one in the argument list first. What does `await Task.WhenAll(...)` throw: the exception that happened first, all of them, or an `AggregateException`?
//
// Each run below is plain C#. One line, `Timeline.Record("…")`, starts recording every async call the cell makes; the recording, as the cell's last expression, shows as a chart.

// ## Run

// ── cell code-06 ──
async Task<string> Brew(string name)
{
    Console.WriteLine($"  Brewing {name}...");
    await Task.Delay(2000);
    Console.WriteLine($"  {name} is ready.");
    return $"a cup of {name}";
}

// ### Sequential awaits

// ── cell code-08 ──
var sequential = Timeline.Record("Sequential awaits");
var clock = Stopwatch.StartNew();
await Brew("Masala");
await Brew("Green");
await Brew("Ginger");
Console.WriteLine($"Sequential: {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(sequential);

// ### `Task.WhenAll`

// ── cell code-10 ──
var together = Timeline.Record("Task.WhenAll");
clock = Stopwatch.StartNew();
string[] cups1 = await Task.WhenAll(Brew("Masala"), Brew("Green"), Brew("Ginger"));
Console.WriteLine($"Task.WhenAll: {clock.Elapsed.TotalSeconds:0.00} s → {string.Join(", ", cups1)}");
Terminal.Show(together);

// ### Started first, awaited one by one

// ── cell code-12 ──
var startedFirst = Timeline.Record("Started first, awaited one by one");
clock = Stopwatch.StartNew();
Task<string> masala = Brew("Masala");
Task<string> green = Brew("Green");
Task<string> ginger = Brew("Ginger");
Console.WriteLine(await masala);
Console.WriteLine(await green);
Console.WriteLine(await ginger);
Console.WriteLine($"Started first: {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(startedFirst);

// ## See the timeline
//
// The three runs on one time scale:

// ── cell code-14 ──
Terminal.Show(TimelineChart.Compare(sequential, together, startedFirst));

// - **Sequential awaits**: each brew starts only when the previous one has ended; three 2 s waits in a row, ≈ 6 s.
// - **Task.WhenAll**: all three start at t ≈ 0, all three await at t ≈ 0, all three resume at t ≈ 2 s. That is the Python tutorial's timeline, and its text form is printed by the recording too:

// ── cell code-16 ──
Console.WriteLine(together);

// The `t = … → …` lines at the bottom are the Python tutorial's *t = 0s → all 3 coroutines start / t = 0s → all hit await / t = 2s → all resume*, measured.
//
// - **Started first**: ≈ 2 s as well, with no `WhenAll` at all.
//
// And next to the reference run recorded for this course (`data/03-whenall.json`):

// ── cell code-18 ──
Terminal.Show(TimelineChart.Compare(together.Snapshot(), ReferenceTimeline.Load("03-whenall")));

// ## Why
//
// ### Tasks start when created
//
// In Python, `brew("Masala")` is a cold coroutine; `asyncio.gather` is what schedules it on the loop. In C#, `Brew("Masala")` is already running when the call returns (Lesson 1). So the concurrency comes from **calling all three before awaiting any**. The sequential version is slow only because each `await` comes before the next call. `Task.WhenAll` doesn't "schedule" anything: it returns one task that completes when all of its tasks have, so you can await them together. The *Started first* run shows that three separate awaits of already-running tasks take 2 s too.
//
// What `WhenAll` adds:
//
// - one task to await (or to pass on), instead of a loop of awaits;
// - the **results in the order of the tasks you passed**, not the order they finished: `string[] cups` above;
// - **every exception**, not only the first.
//
// ### When a brew throws

// ── cell code-20 ──
async Task<string> Spill(string name, int afterMs)
{
    await Task.Delay(afterMs);
    throw new InvalidOperationException($"{name} boiled over");
}

var spills = Timeline.Record("One good brew, two spills");
Task<string>[] orders = { Brew("Masala"), Spill("Green", 1000), Spill("Ginger", 500) };
Task<string[]> allOrders = Task.WhenAll(orders);
try
{
    await allOrders;
}
catch (Exception ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name}: {ex.Message}");
}
Console.WriteLine($"allOrders is {allOrders.Status}; allOrders.Exception holds {allOrders.Exception!.InnerExceptions.Count} exceptions:");
foreach (var inner in allOrders.Exception.InnerExceptions) Console.WriteLine($"  {inner.GetType().Name}: {inner.Message}");
Console.WriteLine($"Masala still finished: {orders[0].Result}");
Terminal.Show(spills);

// What the run shows:
//
// - `await` threw **one** exception, a plain `InvalidOperationException`, not an `AggregateException`: `await` unwraps for convenience.
// - It is **Green's**, although Ginger boiled over 500 ms earlier (see the chart): for an array of tasks, `WhenAll` lists the failures in the order you passed the tasks, and `await` rethrows the first of that list. That is an implementation detail, not a promise: **don't rely on which one** you get.
// - The `WhenAll` task is `Faulted`, and its `Exception` (an `AggregateException`) holds **both** failures. Keep a reference to the `WhenAll` task if you need them all.
// - `WhenAll` waited for **every** task, including the 2 s Masala that succeeded (total ≈ 2 s). A failure does not cancel the others; use a `CancellationToken` if you want that.
//
// (In Python, `asyncio.gather` raises the first exception as soon as it happens, and `return_exceptions=True` returns them as results. In C# you read them from the task.)
//
// ### Pitfalls
//
// ❌ **BAD** Independent work awaited one call at a time (the Python tutorial's "Sequential (slow)").
//
// ```csharp
// await Brew("Masala");
// await Brew("Green");
// await Brew("Ginger");
// ```
//
// ✅ **GOOD** Start them all, then await them together.
//
// ```csharp
// string[] cups = await Task.WhenAll(Brew("Masala"), Brew("Green"), Brew("Ginger"));
// ```
//
// ❌ **BAD** `Task.WaitAll` blocks the thread (and wraps exceptions in `AggregateException`).
//
// ```csharp
// Task.WaitAll(brews);
// ```
//
// ✅ **GOOD**
//
// ```csharp
// await Task.WhenAll(brews);
// ```

// ## Exercises
//
// ### Exercise 1: brew together with `Task.WhenAll`
//
// Make the three brews run concurrently with `Task.WhenAll`, and keep their results in `cups`, in the order Masala, Green, Ginger.

// ✏️ Exercise (cell ex-brew-together): change the code below, then run the app again; the check after it grades your change.
var kitchen = Timeline.Record("Three brews");
var cups = new List<string>();
cups.Add(await Brew("Masala"));
cups.Add(await Brew("Green"));
cups.Add(await Brew("Ginger"));
Terminal.Show(kitchen);

// **Check:** the three brews overlap, take at most 3 s (1.5 × one brew), and `cups` holds the three cups in the order Masala, Green, Ginger.

// ✔ Check (cell check-brew-together)
string[] wantedCups = { "a cup of Masala", "a cup of Green", "a cup of Ginger" };
Terminal.Show(cups.SequenceEqual(wantedCups)
    ? Check.Overlap(kitchen, maxTotalMs: 3000)
    : Check.That("cups holds the three cups, in order", false, $"cups = [{string.Join(", ", cups)}], want [{string.Join(", ", wantedCups)}]"));

// ### Exercise 2: no `WhenAll` needed
//
// Without `Task.WhenAll` (and without `WhenAny` or `WaitAll`), make these three brews overlap. Keep one `await` per brew.

// ✏️ Exercise (cell ex-start-then-await): change the code below, then run the app again; the check after it grades your change.
var counter = Timeline.Record("Three brews, no WhenAll");
string first = await Brew("Masala");
string second = await Brew("Green");
string third = await Brew("Ginger");
Terminal.Show(counter);

// **Check:** the three brews overlap and take at most 3 s, and `first`, `second`, `third` are the Masala, Green and Ginger cups.

// ✔ Check (cell check-start-then-await)
Terminal.Show((first, second, third) == ("a cup of Masala", "a cup of Green", "a cup of Ginger")
    ? Check.Overlap(counter, maxTotalMs: 3000)
    : Check.That("first, second, third are Masala, Green, Ginger", false, $"first = {first}, second = {second}, third = {third}"));

// ### Exercise 3: report every failure
//
// Two of these three orders fail. The cell below reports only one of them. Make `failures` hold the message of **every** failed order (and don't let the exception escape the cell).

// ✏️ Exercise (cell ex-every-failure): change the code below, then run the app again; the check after it grades your change.
var failures = new List<string>();
var rush = Timeline.Record("Morning rush");
Task<string>[] rushOrders = { Brew("Masala"), Spill("Green", 1000), Spill("Ginger", 500) };
try
{
    await Task.WhenAll(rushOrders);
}
catch (Exception ex)
{
    failures.Add(ex.Message);
}
Console.WriteLine($"Reported: {string.Join("; ", failures)}");

// **Check:** `failures` holds the message of every order the timeline shows as failed, each once.

// ✔ Check (cell check-every-failure)
var failedLanes = rush.Snapshot().Lanes.Where(l => l.Outcome == LaneOutcome.Faulted).ToList();
var failedMessages = failedLanes.Select(l => l.Error![(l.Error!.IndexOf(": ") + 2)..]).Order().ToList();
Terminal.Show(Check.That("every failure is reported, once", failedLanes.Count > 0 && failures.Order().SequenceEqual(failedMessages),
    $"the timeline shows {failedLanes.Count} failed orders ({string.Join("; ", failedMessages)}); you reported {failures.Count}: {string.Join("; ", failures)}"));

// ## Further reading
//
// - .NET docs: [Task.WhenAll](https://learn.microsoft.com/dotnet/api/system.threading.tasks.task.whenall) and [Start multiple async tasks and process them as they complete](https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/start-multiple-async-tasks-and-process-them-as-they-complete).
// - .NET docs: [Exception handling (Task Parallel Library)](https://learn.microsoft.com/dotnet/standard/parallel-programming/exception-handling-task-parallel-library): `AggregateException` and `InnerExceptions`.
// - Stephen Toub, [How Async/Await Really Works in C#](https://devblogs.microsoft.com/dotnet/how-async-await-really-works/): why `await` rethrows only the first exception.
// - David Fowler, [Async guidance](https://github.com/davidfowl/AspNetCoreDiagnosticScenarios/blob/master/AsyncGuidance.md).
//
// Next: **Lesson 4**, the same pattern with real HTTP requests.
