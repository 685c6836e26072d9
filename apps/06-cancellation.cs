#!/usr/bin/env dotnet
// Lesson 6 · Cancellation, timeouts and first-wins
//
// Run it from the repository folder: dotnet run apps/06-cancellation.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/06-cancellation/ (their paths are printed).
// Generated from notebooks/06-cancellation.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
#:project ../helpers/TaskTimeline/TaskTimeline.csproj
// Timelines are recorded from the runtime's task events, which a native AOT app turns off.
#:property PublishAot=false
// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false

using TaskTimeline;
using TaskTimeline.Lab;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;

// # Lesson 6 · Cancellation, timeouts and first-wins
//
// The Python tutorial starts tasks and waits for all of them; it never stops one. Real programs do: a user presses Stop, a request takes too long, three replicas are asked and the first answer is enough. This lesson cancels work in C# with a `CancellationToken`, times it out, races it with `Task.WhenAny`, and records each run, so you can see on the timeline which work really stopped and which work went on after you stopped waiting for it. The Python ↔ C# table in **Why** maps each idea to asyncio; [the appendix](../docs/python-tutorial.md#one-line-cheatsheet) holds the course's whole cheatsheet.

// ## Goal
//
// - Pass a **`CancellationToken`** down through async methods to what actually waits, and cancel it with **`CancelAfter`**; combine the caller's token with your own timeout in a **linked** source.
// - Tell **cancelling the work** (a token) from **abandoning it** (`WaitAsync` stops *waiting*; the work goes on): see the orphaned request on the timeline and in the lab server's counts.
// - Know what a cancelled `await` throws (**`OperationCanceledException`**) and what state the task ends in (**`Canceled`**, not `Faulted`), and why the source must be **disposed**.
// - Use **`Task.WhenAny`** for a timeout and for **first-wins** (a hedged request, losers cancelled), **`Task.WhenEach`** to handle results as they complete (.NET 9+; a `WhenAny` loop on .NET 8), and map all of it to asyncio's `timeout`, `wait_for`, `wait(FIRST_COMPLETED)`, `as_completed` and `TaskGroup`.

// ## Predict
//
// 1. `Breakfast(token)` brews tea (600 ms), then makes toast (600 ms), passing the token to both. The token is cancelled after 900 ms. What does `await Breakfast(token)` throw, when, and what is the task's `Status`: `Faulted`, `Canceled` or `RanToCompletion`?
// 2. `await Fetch("/delay/2").WaitAsync(TimeSpan.FromMilliseconds(500))` throws `TimeoutException` after 0.5 s. Is the request still running at the server after that? When does it end?
// 3. The same request is sent to three replicas that answer after 1.2 s, 0.3 s and 0.8 s. With `Task.WhenAny` you take the first answer. How long does it take, and how many of the three requests does the server finish if you don't cancel the other two? If you do?
// 4. Three requests handled *as they complete* with `Task.WhenEach` (or a `WhenAny` loop): in which order?

// ## Run
//
// The lab server from Lesson 4, one shared `HttpClient`, and a clock. `Fetch` takes an optional `CancellationToken` and hands it to `GetStringAsync`: that is all it takes to make it cancellable. It returns the path that answered.

// ── cell code-06 ──
var lab = await LabServer.StartAsync();
var http = new HttpClient();
var clock = Stopwatch.StartNew();

async Task<string> Fetch(string path, CancellationToken cancellationToken = default)
{
    await http.GetStringAsync(lab.Url(path), cancellationToken);
    return path;
}

Console.WriteLine($".NET {Environment.Version}; {lab}");

// ### A token through async methods, cancelled by `CancelAfter`
//
// A `CancellationTokenSource` is the button; its `Token` is what you hand out. Each method takes a `CancellationToken` as its last parameter and passes it on, down to the call that really waits (`Task.Delay` here, `GetStringAsync` above).

// ── cell code-08 ──
async Task<string> Brew(string name, int ms, CancellationToken cancellationToken)
{
    await Task.Delay(ms, cancellationToken);
    return $"a cup of {name}";
}

async Task<string> Toast(int ms, CancellationToken cancellationToken)
{
    await Task.Delay(ms, cancellationToken);
    return "toast";
}

async Task<string> Breakfast(CancellationToken cancellationToken)
{
    string tea = await Brew("Masala", 600, cancellationToken);
    Console.WriteLine($"  {tea} at {clock.ElapsedMilliseconds} ms");
    string toast = await Toast(600, cancellationToken);
    return $"{tea} and {toast}";
}

var timedBreakfast = Timeline.Record("CancelAfter(900 ms)");
clock.Restart();
var source = new CancellationTokenSource();
source.CancelAfter(TimeSpan.FromMilliseconds(900));
Task<string> breakfast = Breakfast(source.Token);
try
{
    Console.WriteLine(await breakfast);
}
catch (OperationCanceledException ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name} at {clock.ElapsedMilliseconds} ms: {ex.Message}");
}
Console.WriteLine($"breakfast.Status = {breakfast.Status}; IsCanceled = {breakfast.IsCanceled}, IsFaulted = {breakfast.IsFaulted}");
source.Dispose();
Terminal.Show(timedBreakfast);

// **What happened** (Predict 1). The tea was ready at ≈ 600 ms; at ≈ 900 ms the source cancelled its token, `Task.Delay` inside `Toast` ended at once with a `TaskCanceledException` (a subclass of `OperationCanceledException`), and it travelled up through `Toast` and `Breakfast` like any exception. But an async method that ends with an `OperationCanceledException` does not end `Faulted`: its task is **`Canceled`**. On the chart, `Brew` completed, and `Toast` and `Breakfast` end cancelled at ≈ 900 ms, not at 1,200 ms.

// ### Linked tokens: the caller's Stop and your own timeout
//
// A method often has two reasons to stop: its caller's token (a Stop button, an app shutting down) and its own time limit. `CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)` makes a source that is cancelled when the caller's token is, **or** when you cancel it (here, by `CancelAfter`). After catching, ask which one fired: only a cancellation you did not ask for is a timeout.

// ── cell code-11 ──
async Task<string> FetchWithin(string path, TimeSpan timeout, CancellationToken cancellationToken)
{
    using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    limit.CancelAfter(timeout);
    try
    {
        return await Fetch(path, limit.Token);
    }
    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
    {
        throw new TimeoutException($"{path} took longer than {timeout.TotalSeconds} s");
    }
}

var linked = Timeline.Record("Linked tokens");
clock.Restart();
var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));   // the caller presses Stop after 0.3 s
Task<string> timedOut = FetchWithin("/delay/2", TimeSpan.FromMilliseconds(600), CancellationToken.None);
Task<string> stopped = FetchWithin("/delay/2", TimeSpan.FromSeconds(5), stop.Token);
foreach (var (name, task) in new[] { ("stopped", stopped), ("timedOut", timedOut) })
{
    try { await task; }
    catch (Exception ex) { Console.WriteLine($"{name}: {ex.GetType().Name} at {clock.ElapsedMilliseconds} ms; task {task.Status}"); }
}
stop.Dispose();
Terminal.Show(linked);

// **What happened.** `stopped` ended first, a little after its caller's 300 ms (the cell printed when), `Canceled`: its caller asked. `timedOut` ended at ≈ 600 ms with our `TimeoutException`, and is `Faulted`: nobody asked for that, it is a failure, and its caller should see it as one. (`HttpClient.Timeout`, 100 s by default, does the same in its own way: a `TaskCanceledException` whose `InnerException` is a `TimeoutException`.) The `using var limit` disposes the linked source when `FetchWithin` ends, which also unregisters it from the caller's token; **Dispose the source** below measures why that matters.

// ### Stop waiting, or stop the work? `WaitAsync` vs a token
//
// `task.WaitAsync(timeout)` (.NET 6+) returns a task that ends when `task` does **or** when the time is up, whichever comes first. It cannot stop `task`: it only stops *your waiting* for it. Here the request gets no token, so nothing can stop it, and the waiting is done in a method of its own, `WaitAtMost`, so that the caller giving up is a lane on the chart too.

// ── cell code-14 ──
async Task<string> WaitAtMost(Task<string> request, int ms) => await request.WaitAsync(TimeSpan.FromMilliseconds(ms));

var abandoning = Timeline.Record("WaitAsync(500 ms): stop waiting");
clock.Restart();
Task<string> orphan = Fetch("/delay/2");
try
{
    await WaitAtMost(orphan, 500);
}
catch (TimeoutException)
{
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms; the request IsCompleted = {orphan.IsCompleted}; the server has {lab.Stats.DelaysInFlight} delay(s) in flight");
}
Terminal.Show(abandoning);

// The cell is done: `WaitAtMost` ended with a `TimeoutException` at ≈ 500 ms, the chart drew at once, and its `Fetch` lane is still open (*still running*): so is the request, at the server. Now the same with a token that is cancelled after 0.5 s: the request itself stops.

// ── cell code-16 ──
int cancelledBefore = lab.Stats.RequestsCanceled;
var cancelling = Timeline.Record("CancelAfter(500 ms): stop the work");
clock.Restart();
var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
Task<string> stoppable = Fetch("/delay/2", giveUp.Token);
try
{
    await stoppable;
}
catch (OperationCanceledException)
{
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms; the request is {stoppable.Status}");
}
giveUp.Dispose();
for (int wait = 0; wait < 40 && lab.Stats.RequestsCanceled == cancelledBefore; wait++) await Task.Delay(50);   // the server notices a closed connection a moment later
Console.WriteLine($"The lab server counted {lab.Stats.RequestsCanceled - cancelledBefore} request cancelled by the client");
Terminal.Show(cancelling);

// ### `Task.WhenAny` as a timeout
//
// Before `WaitAsync` existed, a timeout was a race between the work and a `Task.Delay`. `Task.WhenAny` returns the **first task to finish** (it never throws: you get the task and look at it). The loser of the race keeps running, so cancel it, whichever it is: the request if the delay won, the delay's timer if the request won.

// ── cell code-18 ──
var raceTimeout = Timeline.Record("WhenAny(work, Task.Delay(500))");
clock.Restart();
var race = new CancellationTokenSource();
Task<string> work = Fetch("/delay/2", race.Token);
Task deadline = Task.Delay(500, race.Token);
Task winner = await Task.WhenAny(work, deadline);
race.Cancel();   // stop whichever lost
Console.WriteLine(winner == deadline
    ? $"Timed out at {clock.ElapsedMilliseconds} ms"
    : $"{await work} answered at {clock.ElapsedMilliseconds} ms");
try { await work; } catch (OperationCanceledException) { Console.WriteLine($"work is {work.Status}"); }
race.Dispose();
Terminal.Show(raceTimeout);

// ### First wins: a hedged request, the losers cancelled
//
// To cut the slow tail of response times, send the same request to several replicas and take the first answer (a *hedged* request). The lab server plays three replicas that answer after 1.2 s, 0.3 s and 0.8 s. Every request gets the same token; once `Task.WhenAny` has the winner, one `Cancel()` stops the two losers.

// ── cell code-20 ──
string[] replicas = { "/delay/1.2", "/delay/0.3", "/delay/0.8" };
int canceledBefore = lab.Stats.RequestsCanceled, completedBefore = lab.Stats.DelaysCompleted;

var firstWins = Timeline.Record("First wins, losers cancelled");
clock.Restart();
var losers = new CancellationTokenSource();
Task<string>[] asks = replicas.Select(path => Fetch(path, losers.Token)).ToArray();
Task<string> first = await Task.WhenAny(asks);
losers.Cancel();
Console.WriteLine($"{await first} answered first, at {clock.ElapsedMilliseconds} ms");
foreach (var ask in asks)
{
    try { await ask; } catch (OperationCanceledException) { }
}
losers.Dispose();
for (int wait = 0; wait < 40 && lab.Stats.RequestsInFlight > 0; wait++) await Task.Delay(50);   // the server notices a closed connection a moment later
Console.WriteLine($"Status of the three: {string.Join(", ", asks.Select(ask => ask.Status))}");
Console.WriteLine($"The lab server finished {lab.Stats.DelaysCompleted - completedBefore} of them and counted {lab.Stats.RequestsCanceled - canceledBefore} cancelled by the client");
Terminal.Show(firstWins);

// ### Like Python's `TaskGroup`: the first failure cancels the rest
//
// `Task.WhenAll` never cancels anything: when one task fails, the others run on (Lesson 3). Python's `asyncio.TaskGroup` cancels the other tasks when one fails. In C# you build it from the same parts: one source shared by the group, cancelled by the first failure. `/flaky/{key}?fail=1&delay=0.3` answers 503 after 0.3 s.

// ── cell code-22 ──
async Task<string> CancelAllOnFailure(Task<string> job, CancellationTokenSource group)
{
    try
    {
        return await job;
    }
    catch (Exception ex) when (ex is not OperationCanceledException)
    {
        group.Cancel();
        throw;
    }
}

var taskGroup = Timeline.Record("First failure cancels the group");
clock.Restart();
var group = new CancellationTokenSource();
Task<string>[] jobs = { Fetch("/delay/1", group.Token), Fetch("/flaky/boom?fail=1&delay=0.3", group.Token), Fetch("/delay/1.5", group.Token) };
try
{
    await Task.WhenAll(jobs.Select(job => CancelAllOnFailure(job, group)));
}
catch (Exception ex)
{
    Console.WriteLine($"The group failed at {clock.ElapsedMilliseconds} ms: {ex.GetType().Name}: {ex.Message}");
}
Console.WriteLine($"Status of the three: {string.Join(", ", jobs.Select(job => job.Status))}");
group.Dispose();
Terminal.Show(taskGroup);

// ### As they complete: `Task.WhenEach` (.NET 9+) and a `WhenAny` loop
//
// Python's `asyncio.as_completed` hands you results in the order they finish. .NET 9 added `Task.WhenEach`, an `IAsyncEnumerable` of the tasks as they complete. **The next cell needs .NET 9 or later** (the first cell of **Run** printed the kernel's version); on .NET 8 it fails to compile (`Task` has no `WhenEach`): skip it, nothing later uses it, and use the `WhenAny` loop after it, which runs everywhere.

// ── cell code-24 ──
string[] three = { "/delay/0.9", "/delay/0.3", "/delay/0.6" };
var whenEach = Timeline.Record("Task.WhenEach (.NET 9+)");
clock.Restart();
await foreach (Task<string> done in Task.WhenEach(three.Select(path => Fetch(path))))
    Console.WriteLine($"  {await done} at {clock.ElapsedMilliseconds} ms");
Terminal.Show(whenEach);

// On .NET 8: a loop that awaits `Task.WhenAny` of what is still pending and removes the task that finished. Each `WhenAny` call walks the whole pending list, so *n* tasks cost *n²* steps: fine for dozens, not for thousands (for those, `Task.WhenEach`, or a `Channel` that each task writes to as it ends, Lesson 8).

// ── cell code-26 ──
var whenAnyLoop = Timeline.Record("WhenAny loop (.NET 8)");
clock.Restart();
List<Task<string>> pending = three.Select(path => Fetch(path)).ToList();
while (pending.Count > 0)
{
    Task<string> done = await Task.WhenAny(pending);
    pending.Remove(done);
    Console.WriteLine($"  {await done} at {clock.ElapsedMilliseconds} ms");
}
Terminal.Show(whenAnyLoop);

// **What happened** (Predict 4). Both print the three paths in the order they answered, 0.3 s, 0.6 s, 0.9 s, not the order they were started in: ≈ 0.9 s in all, each result handled as soon as it arrived.

// ## See the timeline
//
// The abandoned request has ended by now (the cells since took longer than its 2 s); `await orphan` makes sure, so its lane is complete. Both runs on one time scale:

// ── cell code-29 ──
await orphan;
var orphanLane = abandoning.Snapshot().Lanes.Single(lane => lane.Name.StartsWith("Fetch("));
Console.WriteLine($"The abandoned request: {orphan.Status}, its lane ended at {orphanLane.EndMs:0} ms, {orphanLane.Outcome}");
Terminal.Show(TimelineChart.Compare(abandoning, cancelling));

// **What happened** (Predict 2):
//
// - **`WaitAsync`**: `WaitAtMost` gave up at ≈ 500 ms (its lane ends with the `TimeoutException`), but the `Fetch` lane goes on to ≈ 2 s (the cell above printed where it ended) and completes: the request ran to its end and the whole answer was read. Nobody was waiting for it any more: that is **orphaned work**, holding a connection, a server slot and memory for a result nobody reads. Had it failed, its exception would have gone unobserved.
// - **Token**: the `Fetch` lane itself ends, cancelled, at ≈ 500 ms; `HttpClient` closed the connection, and the lab server counted the request as cancelled by the client (the cell printed it).
//
// A ✗ after a lane's name marks a lane that did not complete: cancelled or faulted (the statuses the cells printed say which). The recorder names a lane from the values the method received, not from your source text: a token shows as `cancellationToken` whether you passed one or left the parameter to its default, as in `Fetch("/delay/2", cancellationToken)` for the orphan.
//
// The hedged request and the group, side by side:

// ── cell code-31 ──
Terminal.Show(TimelineChart.Compare(firstWins, taskGroup));

// **What happened** (Predict 3): the `/delay/0.3` replica answered first, at ≈ 0.3 s; the two losers' lanes end cancelled right after, instead of running to 0.8 s and 1.2 s, and the lab server counted both losers as cancelled by the client (a loser's delay can still end at the server before it notices the closed connection: the cell printed both counts). Without the `Cancel()`, the answer would come just as fast, but the server would finish all three requests (Exercise 2). In the group, the `/flaky` request faulted soon after 0.3 s, its `CancelAllOnFailure` cancelled the group, and the two `/delay` lanes (and their `CancelAllOnFailure` lanes) end cancelled a moment later, long before 1 s and 1.5 s.
//
// The reference run recorded for this course (`data/06-waitasync-orphan.json`) next to yours:

// ── cell code-33 ──
Terminal.Show(TimelineChart.Compare(abandoning.Snapshot(), ReferenceTimeline.Load("06-waitasync-orphan")));

// ## Why
//
// ### Cancellation is cooperative
//
// Nothing in .NET stops running code from outside. A token is a flag plus a list of callbacks: `Cancel()` sets the flag and runs the callbacks. Code stops only where it **looks**: `Task.Delay` and `GetStringAsync` register a callback that ends their wait (and closes the connection); a CPU loop must look itself, with `cancellationToken.ThrowIfCancellationRequested()` once in a while. A method that doesn't take a token, or takes one and doesn't pass it on, cannot be cancelled: the only thing left is to stop waiting for it (`WaitAsync`, `WhenAny`), and the work goes on, as the `WaitAsync` lane shows.
//
// Python is the other way round: `task.cancel()` *injects* `CancelledError` at the task's current `await`, so any coroutine can be cancelled at any await, without passing anything. That is why `asyncio.wait_for` and `asyncio.timeout` really stop the work, and why C#'s `WaitAsync` is **not** `wait_for`: it stops only your waiting.
//
// ### `OperationCanceledException` and the `Canceled` state
//
// Cancelled code signals it by throwing `OperationCanceledException` (`Task.Delay` and `HttpClient` throw its subclass `TaskCanceledException`: catch the base class). When that exception leaves an async method, the method's task ends **`Canceled`**, not `Faulted`: `IsCanceled` is true, `Exception` is null, and `await` rethrows the `OperationCanceledException`. `Task.WhenAll` of tasks where some are cancelled and none faulted is `Canceled` too. So a caller can tell "I asked for this" (`catch (OperationCanceledException) when (token.IsCancellationRequested)`) from a failure, which is how `FetchWithin` turned its own time limit into a `TimeoutException`.
//
// ### Dispose the source
//
// A `CancellationTokenSource` can hold a timer (`CancelAfter`, or a `TimeSpan` in the constructor) until it fires, and a **linked** source registers a callback on each token it links to. Until the linked source is disposed, that registration keeps it reachable from the long-lived token. One linked source per request, never disposed, on the app's lifetime token:

// ── cell code-35 ──
var appLifetime = new CancellationTokenSource();   // lives as long as the app
long before = GC.GetTotalMemory(forceFullCollection: true);
for (int i = 0; i < 100_000; i++)
{
    var perRequest = CancellationTokenSource.CreateLinkedTokenSource(appLifetime.Token);
    perRequest.CancelAfter(TimeSpan.FromMinutes(1));
}
long notDisposed = GC.GetTotalMemory(forceFullCollection: true) - before;

var appLifetime2 = new CancellationTokenSource();
before = GC.GetTotalMemory(forceFullCollection: true);
for (int i = 0; i < 100_000; i++)
{
    using var perRequest = CancellationTokenSource.CreateLinkedTokenSource(appLifetime2.Token);
    perRequest.CancelAfter(TimeSpan.FromMinutes(1));
}
long disposed = GC.GetTotalMemory(forceFullCollection: true) - before;

Console.WriteLine($"100,000 linked sources, not disposed: {notDisposed / 1e6:0.0} MB still reachable");
Console.WriteLine($"100,000 linked sources, disposed:     {disposed / 1e6:0.0} MB still reachable");
appLifetime.Dispose();
appLifetime2.Dispose();

// The undisposed sources stay reachable from `appLifetime` (its callback list) and from the timer queue: memory that grows with every request until the app's token is cancelled or disposed. Disposed ones leave nothing behind. Inside a method, `using var source = ...;` does it; at the top of a notebook cell `using var` does not compile, so the cells above call `Dispose()`. Never dispose a source while work still uses its token: dispose after awaiting that work.
//
// ### Python ↔ C#
//
// | asyncio | C# | Note |
// |---|---|---|
// | `task.cancel()`, `CancelledError` | `source.Cancel()`, `OperationCanceledException` | Python injects the error at the task's `await`; C# code must take and pass the token. |
// | `async with asyncio.timeout(2):` | `source.CancelAfter(TimeSpan.FromSeconds(2))`, token passed down | Both stop the work; `timeout` raises `TimeoutError`, C# throws `OperationCanceledException` (turn it into `TimeoutException` yourself, as `FetchWithin` does). |
// | `await asyncio.wait_for(aw, 2)` | the same, **not** `task.WaitAsync(2 s)` | `wait_for` cancels the awaitable on timeout; `WaitAsync` only stops waiting (orphan). |
// | `await asyncio.wait_for(asyncio.shield(aw), 2)` | `await task.WaitAsync(TimeSpan.FromSeconds(2))` | Both stop the caller's wait without stopping the work. |
// | `done, pending = await asyncio.wait(tasks, return_when=FIRST_COMPLETED)` | `Task winner = await Task.WhenAny(tasks)` | Neither cancels the others: `for t in pending: t.cancel()` ⇔ `source.Cancel()`. |
// | `for aw in asyncio.as_completed(tasks):` | `await foreach (var t in Task.WhenEach(tasks))` (.NET 9+) | A `WhenAny` loop on .NET 8. |
// | `async with asyncio.TaskGroup() as tg:` | `Task.WhenAll` + a shared source cancelled on the first failure | `TaskGroup` cancels the rest itself; `WhenAll` never cancels. |
//
// ### Pitfalls
//
// ❌ **BAD** A timeout that abandons: the request goes on after you gave up.
//
// ```csharp
// string body = await http.GetStringAsync(url).WaitAsync(TimeSpan.FromSeconds(2));
// ```
//
// ✅ **GOOD** A timeout that cancels: pass the token to the work itself.
//
// ```csharp
// using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
// timeout.CancelAfter(TimeSpan.FromSeconds(2));
// string body = await http.GetStringAsync(url, timeout.Token);
// ```
//
// ❌ **BAD** Taking a token and not passing it on: the method looks cancellable and is not.
//
// ```csharp
// async Task<string> Fetch(string url, CancellationToken cancellationToken) => await http.GetStringAsync(url);
// ```
//
// ✅ **GOOD** Pass it to every call that accepts one, down to what waits.
//
// ```csharp
// async Task<string> Fetch(string url, CancellationToken cancellationToken) => await http.GetStringAsync(url, cancellationToken);
// ```
//
// ❌ **BAD** First wins, losers left running (and a new linked source per request never disposed).
//
// ```csharp
// Task<string> first = await Task.WhenAny(replicas.Select(url => http.GetStringAsync(url)));
// ```
//
// ✅ **GOOD** One token for the race, cancelled as soon as there is a winner.
//
// ```csharp
// using var losers = new CancellationTokenSource();
// Task<string>[] asks = replicas.Select(url => http.GetStringAsync(url, losers.Token)).ToArray();
// Task<string> first = await Task.WhenAny(asks);
// losers.Cancel();
// ```
//
// ❌ **BAD** Catching `TaskCanceledException` only, or treating a cancellation as a failure.
//
// ```csharp
// catch (TaskCanceledException) { ... }            // misses OperationCanceledException from ThrowIfCancellationRequested
// catch (Exception ex) { log.Error(ex); }          // logs every Stop button press as an error
// ```
//
// ✅ **GOOD** Catch the base class, and only when it was your token.
//
// ```csharp
// catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { /* asked for: not an error */ }
// ```

// ## Exercises
//
// ### Exercise 1: give up, and stop the work
//
// A status lookup must give up after 0.5 s. The cell below gives up in time, but it only stops *waiting*: the request goes on at the server. Make the lookup **cancel the request** when it gives up (keep `report`, `null` when it gave up, and call `Fetch`). Keep the first two lines: they start a fresh lab server, so its counts are this exercise's alone.

// ✏️ Exercise (cell ex-stop-the-work): change the code below, then run the app again; the check after it grades your change.
await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var lookup = Timeline.Record("Give up after 0.5 s");
clock.Restart();
string? report = null;
try
{
    report = await Fetch("/delay/2").WaitAsync(TimeSpan.FromMilliseconds(500));
}
catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
{
    Console.WriteLine($"Gave up at {clock.ElapsedMilliseconds} ms");
}
double gaveUpMs = clock.Elapsed.TotalMilliseconds;
Terminal.Show(lookup);

// **Check:** the cell gave up within 1.7 s (the request takes 2 s) with no `report`, and the lab server saw the request cancelled by the client, not answered (it waits up to 5 s for the requests the cell started to end at the server before judging).

// ✔ Check (cell check-stop-the-work)
double gaveUpAfter = gaveUpMs;   // what the cell measured when it finished
for (int wait = 0; wait < 100 && lab.Stats.RequestsInFlight > 0; wait++) await Task.Delay(50);   // let the requests the cell started end at the server
await Task.Delay(100);   // and their counts settle
var seen = lab.Stats;
Terminal.Show(lab.IsExternal
    ? Check.That("gave up in time (the server's counts are not available for an external server)", report is null && gaveUpAfter < 1700, $"gave up after {gaveUpAfter:0} ms, report = {report ?? "null"}")
    : Check.That("gave up after ≈ 0.5 s and cancelled the request", report is null && gaveUpAfter < 1700 && seen.Requests >= 1 && seen.DelaysCompleted == 0 && seen.RequestsCanceled >= 1,
        report is not null || gaveUpAfter >= 1700 ? $"the cell ended after {gaveUpAfter:0} ms with report = {report ?? "null"}: it did not give up after 0.5 s"
        : seen.Requests == 0 ? "the lab server received no request: call Fetch(\"/delay/2\", ...)"
        : seen.DelaysCompleted > 0 ? $"the cell gave up at {gaveUpAfter:0} ms, but the server went on and answered the request in full: it was abandoned, not cancelled (the request never got a cancelled token)"
        : seen.RequestsCanceled == 0 ? $"the server counted no request cancelled by the client ({seen})"
        : $"gave up at {gaveUpAfter:0} ms; the server counted {seen.RequestsCanceled} request(s) cancelled by the client and answered none in full"));

// ### Exercise 2: first wins, losers cancelled
//
// Three replicas, one fast. The cell takes the first answer, in time, but the two slower requests go on at the server after the answer is in. Cancel them as soon as the first answer is in (keep `fastest`, the path that answered first, and call `Fetch`).

// ✏️ Exercise (cell ex-first-wins): change the code below, then run the app again; the check after it grades your change.
await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
string[] mirrors = { "/delay/2", "/delay/1", "/delay/0.3" };
var hedge = Timeline.Record("Hedged request");
clock.Restart();
Task<string> firstDone = await Task.WhenAny(mirrors.Select(path => Fetch(path)));
string fastest = await firstDone;
double answeredMs = clock.Elapsed.TotalMilliseconds;
Console.WriteLine($"{fastest} answered first, at {answeredMs:0} ms");
Terminal.Show(hedge);

// **Check:** `fastest` is `/delay/0.3`, the answer was in within 1.5 s (the slowest mirror takes 2 s), and the lab server received the three requests and saw the other two cancelled by the client (it waits up to 5 s for the requests the cell started to end at the server before judging).

// ✔ Check (cell check-first-wins)
(string answer, double answeredAfter) = (fastest, answeredMs);   // what the cell had when it finished
for (int wait = 0; wait < 100 && lab.Stats.RequestsInFlight > 0; wait++) await Task.Delay(50);   // let the requests the cell started end at the server
await Task.Delay(100);   // and their counts settle
var served = lab.Stats;
Terminal.Show(lab.IsExternal
    ? Check.That("the fastest mirror answered first (the server's counts are not available for an external server)", answer == "/delay/0.3" && answeredAfter < 1500, $"fastest = {answer}, after {answeredAfter:0} ms")
    : Check.That("the first answer wins, the two losers are cancelled", answer == "/delay/0.3" && answeredAfter < 1500 && served.Requests == 3 && served.RequestsCanceled == 2,
        answer != "/delay/0.3" || answeredAfter >= 1500 ? $"fastest = {answer}, known after {answeredAfter:0} ms; want /delay/0.3 within 1500 ms (the slowest mirror takes 2 s)"
        : served.Requests != 3 ? $"the server received {served.Requests} requests, want one per mirror (3)"
        : served.RequestsCanceled != 2 && served.DelaysCompleted > 1 ? $"the server answered {served.DelaysCompleted} of the 3 requests in full: the losers ran on after the first answer (cancel them, with a token they were given)"
        : served.RequestsCanceled != 2 ? $"the server counted {served.RequestsCanceled} requests cancelled by the client, want the 2 losers"
        : $"answered at {answeredAfter:0} ms; the server counted the 2 losers cancelled by the client"));

// Stop the lab server:

// ── cell code-42 ──
http.Dispose();
await lab.DisposeAsync();
Console.WriteLine(lab);

// ## Further reading
//
// - .NET docs: [Cancellation in managed threads](https://learn.microsoft.com/dotnet/standard/threading/cancellation-in-managed-threads) and [Cancel a list of tasks](https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/cancel-an-async-task-or-a-list-of-tasks).
// - .NET docs: [Task.WaitAsync](https://learn.microsoft.com/dotnet/api/system.threading.tasks.task.waitasync), [Task.WhenAny](https://learn.microsoft.com/dotnet/api/system.threading.tasks.task.whenany), [Task.WhenEach](https://learn.microsoft.com/dotnet/api/system.threading.tasks.task.wheneach) (.NET 9+).
// - Stephen Toub, [Cancellation, part of the .NET 4 async story](https://devblogs.microsoft.com/pfxteam/net-4-cancellation-framework/); Stephen Cleary, [Cancellation series](https://blog.stephencleary.com/2022/02/cancellation-1-overview.html).
// - Python docs: [Timeouts, `wait_for`, `wait`, `as_completed`](https://docs.python.org/3/library/asyncio-task.html#timeouts) and [Task groups](https://docs.python.org/3/library/asyncio-task.html#task-groups).
// - Jeffrey Dean and Luiz André Barroso, [The Tail at Scale](https://research.google/pubs/the-tail-at-scale/) (hedged requests).
//
// Next: **Lesson 7**, async pitfalls you can see.
