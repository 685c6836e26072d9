#!/usr/bin/env dotnet
// Lesson 9 · Capstone: a resilient concurrent client
//
// Run it from the repository folder: dotnet run apps/09-capstone.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/09-capstone/ (their paths are printed).
// Generated from notebooks/09-capstone.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
#:project ../helpers/TaskTimeline/TaskTimeline.csproj
// Timelines are recorded from the runtime's task events, which a native AOT app turns off.
#:property PublishAot=false
// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false
// The lesson pins its packages as the notebook does (#r "nuget: Id, Version"), not in the repository's Directory.Packages.props.
#:property ManagePackageVersionsCentrally=false
#:package Polly.Core@8.9.1

using TaskTimeline;
using TaskTimeline.Lab;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading;
using Polly;
using Polly.Retry;
using Polly.Timeout;

// # Lesson 9 · Capstone: a resilient concurrent client
//
// Lessons 1–8 each showed one idea. A real client needs all of them at once: fetch many resources **concurrently** but **bounded** (Lessons 3–5, 8), give each request a **timeout** and stop the whole run on **cancellation** (Lesson 6), **retry** what failed for a passing reason with **backoff**, and tell the user how far it got (**progress**). This lesson builds that client against the lab server, with the library .NET developers use for retries and timeouts, [Polly](https://www.pollydocs.org/), and records every attempt on the timeline.

// ## Goal
//
// - Build one client that fetches N documents **at most 3 at a time**, gives **each attempt 1 s**, **retries** transient failures (5xx, 408, 429, connection errors, timeouts) **twice with exponential backoff**, reports **progress** through `IProgress<T>`, and stops **everything** when its `CancellationToken` is cancelled.
// - Express retry and timeout as a **Polly 8 resilience pipeline** instead of a hand-written loop, and know why the **order** of its strategies matters (a timeout per attempt vs one for all attempts).
// - Tell **transient** failures (worth asking again) from **permanent** ones (a 404 stays a 404).
// - Read a run **twice**: on the timeline (every attempt is a lane) and in the lab server's own counts (calls per document, requests at once, requests the client gave up on).
//
// The lab server (Lesson 4) has one more endpoint for this lesson: `/flaky/{key}?fail=N&status=503&delay=S` answers after `S` seconds, fails the **first `N` calls of each key** with `status` (503 by default) and answers 200 from then on, so every run fails the same way. It counts the calls of each key. httpbin has no such endpoint: with `TASKTIMELINE_HTTPBIN_URL` set, this lesson's documents answer 404, and its checks, which read the lab server's counts, cannot pass.

// ## Predict
//
// Eight documents, at most 3 at a time, each attempt limited to 1 s, 2 retries after 0.2 s and 0.4 s. Most answer in 0.3 s; `doc-2` fails twice with 503, `doc-6` once with 500, `doc-4` is not there (404), and `doc-3` answers only after 3 s.
//
// 1. How many calls does the server see for `doc-2`? For `doc-4`? For `doc-3`, and what does the client end up with for it?
// 2. About how long does the whole run take? Which document decides it?
// 3. The run is cancelled at 1.5 s. What happens to the requests in flight at that moment: do they finish, and does the server notice?
// 4. Swap the two strategies (`.AddTimeout(1 s)` first, then `.AddRetry(...)`): what happens to `doc-3`? To `doc-2`?

// ## Run
//
// Polly comes from NuGet. `#r "nuget: ..."` in a cell makes the kernel restore the package (from the package feed the first time, from the local package cache after that) and reference it; it has to run before any cell that uses Polly. Measured on the course's 2-core test machine in the kernel: ≈ 9 s with an empty package cache, ≈ 1–2 s from the cache.

// Start the lab server, one `HttpClient`, and the plan: what each document's URL asks of `/flaky`.

// ── cell code-08 ──
var lab = await LabServer.StartAsync();
var http = new HttpClient();   // one client for the whole notebook (Lesson 4)

// What each document asks of /flaky/{key}: delay=S answers after S seconds; fail=N fails the key's first N calls (503 unless status= says otherwise).
var plan = new Dictionary<string, string>
{
    ["doc-1"] = "delay=0.3",
    ["doc-2"] = "delay=0.3&fail=2",              // 503 twice, then 200
    ["doc-3"] = "delay=3",                       // answers after 3 s: longer than any attempt may take
    ["doc-4"] = "delay=0.3&fail=9&status=404",   // 404 on every call we will make: not there
    ["doc-5"] = "delay=0.3",
    ["doc-6"] = "delay=0.3&fail=1&status=500",   // 500 once, then 200
    ["doc-7"] = "delay=0.3",
    ["doc-8"] = "delay=0.3",
};
// The process's first requests pay for compiling HttpClient's code and opening connections: pay it now, not inside the 1 s timeouts below.
await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => http.GetStringAsync(lab.Url("/get"))));
Console.WriteLine(lab);

// ### The client, in four parts
//
// - **`pipeline`**: what to do around **one attempt**, as Polly strategies, outermost first: the **retry** (which failures, how many times, how long to wait) wraps the **timeout** (1 s for each attempt). `RetryStrategyOptions` waits `Delay` before the first retry and, with `DelayBackoffType.Exponential`, twice as long before each later one.
// - **`Attempt(key)`**: one `GET`: an async method of our own, so **each attempt is a lane**. Polly passes it a token that the timeout cancels; `HttpClient` then gives up the request (the server sees the client go away).
// - **`Fetch(pipeline, key)`**: one document through the pipeline. A timeout that stayed a timeout after the retries becomes `"timed out"`; a cancellation of the whole run is *not* caught: it ends the run.
// - **`FetchAll(...)`**: the run: `Parallel.ForEachAsync` keeps at most `maxInFlight` documents going (Lesson 4), passes the run's token to every `Fetch`, and reports each finished document to an `IProgress<FetchReport>`. `PrintedProgress` is the simplest `IProgress<T>`: it prints each report at once.

// ── cell code-10 ──
// Worth retrying: the server is overloaded or broken right now (5xx), asked us to slow down (429), or timed out (408).
bool IsTransient(HttpStatusCode status) =>
    (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

// Outermost first: the retry wraps the timeout, so every attempt gets its own second.
var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
    .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
    {
        ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()        // no connection, connection reset
            .Handle<TimeoutRejectedException>()    // the attempt ran into the timeout below
            .HandleResult(response => IsTransient(response.StatusCode)),
        MaxRetryAttempts = 2,
        Delay = TimeSpan.FromSeconds(0.2),
        BackoffType = DelayBackoffType.Exponential,   // wait 0.2 s before the first retry, 0.4 s before the second
        UseJitter = false,                            // true in production (see Why); off here so the gaps read 0.2 s and 0.4 s
    })
    .AddTimeout(TimeSpan.FromSeconds(1))              // per attempt
    .Build();

// One attempt: our own async method, so each attempt is a lane of its own on the timeline.
async Task<HttpResponseMessage> Attempt(string key, CancellationToken cancellationToken) =>
    await http.GetAsync(lab.Url($"/flaky/{key}?{plan[key]}"), cancellationToken);

// One document through a pipeline: "200", "404", "timed out". Cancelling the run is not caught here: it ends the run.
async Task<string> Fetch(ResiliencePipeline<HttpResponseMessage> policy, string key, CancellationToken cancellationToken)
{
    try
    {
        // Polly takes a ValueTask; wrapping Attempt's Task adds no async method (and no lane) of its own.
        using var response = await policy.ExecuteAsync(token => new ValueTask<HttpResponseMessage>(Attempt(key, token)), cancellationToken);
        return ((int)response.StatusCode).ToString();
    }
    catch (TimeoutRejectedException)
    {
        return "timed out";
    }
    catch (HttpRequestException error)
    {
        return $"failed: {error.Message}";
    }
}

// The whole run: at most maxInFlight documents at a time, each reported when done, all of it stopped by cancellationToken.
async Task<IReadOnlyDictionary<string, string>> FetchAll(IReadOnlyCollection<string> keys, int maxInFlight, IProgress<FetchReport> progress, CancellationToken cancellationToken)
{
    var outcomes = new ConcurrentDictionary<string, string>();
    int done = 0;
    var options = new ParallelOptions { MaxDegreeOfParallelism = maxInFlight, CancellationToken = cancellationToken };
    await Parallel.ForEachAsync(keys, options, async (key, token) =>
    {
        string outcome = await Fetch(pipeline, key, token);
        outcomes[key] = outcome;
        progress.Report(new FetchReport(key, outcome, Interlocked.Increment(ref done), keys.Count));
    });
    return outcomes;
}

// ### The run

// ── cell code-12 ──
var progress = new PrintedProgress();
var run = Timeline.Record("8 documents, at most 3 at once");
var clock = Stopwatch.StartNew();
var outcomes = await FetchAll(plan.Keys, maxInFlight: 3, progress, CancellationToken.None);
Console.WriteLine($"{outcomes.Count} documents in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", plan.Keys.Select(key => $"{key} {outcomes[key]}"))}");
Console.WriteLine($"The lab server saw {lab.Stats.AttemptsByKey.Values.Sum()} calls of /flaky, at most {lab.Stats.PeakRequestsInFlight} requests at once, {lab.Stats.RequestsCanceled} given up by the client");
Console.WriteLine($"Calls per document: {string.Join(", ", lab.Stats.AttemptsByKey.Select(calls => $"{calls.Key} {calls.Value}"))}");
Terminal.Show(run);

// **What happened** (Predict 1, 2): the counts printed above answer it. `doc-2` was called 3 times (503, 503, then 200) and `doc-6` twice (500, then 200); `doc-4` **once**: a 404 is not transient, so the pipeline handed it straight back. `doc-3` was called 3 times, each attempt given up by the client after 1 s (those are the requests the server counted as given up), and the client ended with `"timed out"`. The server never had more than 3 requests at once. `doc-3` decided the total: 3 attempts of 1 s plus 0.2 s and 0.4 s of backoff ≈ 3.6 s, while the other seven documents shared the other two slots; the run printed its own figure, a little over that. Progress arrived in the order the documents finished, not the order they started: `doc-3` was among the first three to start and reported last.
//
// ### Cancel the whole run
//
// The same eight documents on a fresh lab server, with a `CancellationTokenSource` that cancels itself after 1.5 s.

// ── cell code-14 ──
await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // a fresh lab server: its counts are this run's alone
var stopped = Timeline.Record("The same run, cancelled at 1.5 s");
var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));   // a user pressing Cancel, an app shutting down, a caller that left
var partial = new PrintedProgress();
clock.Restart();
try
{
    await FetchAll(plan.Keys, maxInFlight: 3, partial, stop.Token);
}
catch (OperationCanceledException error)
{
    Console.WriteLine($"{error.GetType().Name} after {clock.Elapsed.TotalSeconds:0.00} s, with {partial.Reports.Count} of {plan.Count} documents done");
}
stop.Dispose();
for (int wait = 0; wait < 40 && lab.Stats.RequestsInFlight > 0; wait++) await Task.Delay(50);   // the server notices a client going away a moment later
Console.WriteLine($"The lab server saw {lab.Stats.Requests} calls, {lab.Stats.RequestsCanceled} given up by the client; {lab.Stats.RequestsInFlight} still in flight");
Console.WriteLine($"Calls per document: {string.Join(", ", lab.Stats.AttemptsByKey.Select(calls => $"{calls.Key} {calls.Value}"))}");
Terminal.Show(stopped);

// **What happened** (Predict 3): the run ended at ≈ 1.5 s with an `OperationCanceledException` (printed: `TaskCanceledException`, its subclass), after the documents that had finished by then had reported. The requests in flight at 1.5 s did **not** finish: the token reached `HttpClient`, which gave them up, and the lab server counted them as given up by the client, with none left in flight. Documents that had not started never reached the server: the calls-per-document line lists only the ones that started. The outcomes `FetchAll` had collected are gone with the exception: Exercise 2 keeps them.

// ## See the timeline
//
// Both runs on one time scale:

// ── cell code-16 ──
Terminal.Show(TimelineChart.Compare(run, stopped));

// **Reading the chart.** Each document has three kinds of lane: `lambda in FetchAll("doc-N", token)` (the body `Parallel.ForEachAsync` runs for it), `Fetch(policy, "doc-N", …)`, and one `Attempt("doc-N", …)` per attempt, `#2` and `#3` for the retries. Between `doc-2`'s attempts lie the backoffs, ≈ 0.2 s and then ≈ 0.4 s, where no lane of `doc-2` runs and its `Fetch` lane awaits Polly's `ExecuteAsync` (Polly's own async methods are library code, so they are not lanes, like `HttpClient`'s in Lesson 4). `doc-3`'s attempts each last ≈ 1 s and end cancelled (✗): the timeout. `doc-4` has a single short attempt. No more than three `lambda` lanes are alive at any moment. In the cancelled run, every lane still alive at 1.5 s ends cancelled at that moment, `FetchAll` included.
//
// The reference run recorded for this course (`data/09-resilient-client.json`) next to yours:

// ── cell code-18 ──
Terminal.Show(TimelineChart.Compare(run.Snapshot(), ReferenceTimeline.Load("09-resilient-client")));

// ## Why
//
// ### Why a library, not a loop
//
// A retry loop looks like five lines: `for`, `try`, `await`, `catch`, `Task.Delay`. The real one has to decide which failures to retry (exceptions *and* status codes), dispose the responses it discards, double the delay and add jitter, cap the attempts, stop waiting when the caller cancels, and not turn the caller's cancellation into "one more try". Polly 8 does all of that, is what `Microsoft.Extensions.Http.Resilience` (the `AddStandardResilienceHandler()` of ASP.NET Core apps) is built on, and composes: each strategy wraps the next one, like middleware.
//
// ### The order of the strategies is the design
//
// `.AddRetry(...).AddTimeout(1 s)`: the retry is **outside**, so the timeout applies to **each attempt**: a hanging attempt is given up after 1 s and retried. `.AddTimeout(1 s).AddRetry(...)`: the timeout is **outside**, one budget for **all attempts together**: when it runs out, whatever attempt is going is given up and nothing is retried (Predict 4: `doc-3` gets one call; `doc-2`, which needs 0.3 + 0.2 + 0.3 + 0.4 + 0.3 s, runs out of its second during the second backoff). Both are useful (`AddStandardResilienceHandler` has both: a total timeout outside, a retry, and an attempt timeout inside); what matters is to know which one you wrote. Exercise 1 asks for the first.
//
// ### In an app: `Microsoft.Extensions.Http.Resilience`
//
// In an ASP.NET Core or worker app, the same pipeline usually lives **inside** `HttpClient`, as a handler: `services.AddHttpClient("docs").AddStandardResilienceHandler()` (or `AddResilienceHandler(...)` with your own strategies). Its `HttpRetryStrategyOptions` already knows the transient HTTP failures (5xx, 408, 429, `HttpRequestException`, attempt timeouts), so there is no `ShouldHandle` to write. Two consequences: every `GetAsync` retries by itself, so the retries are no longer calls of *your* code (on this course's timeline they would all happen inside one `Attempt` lane's await; the lab server's counts still show them), and the package brings the `Microsoft.Extensions` stack with it. This notebook stays with `Polly.Core`, which is all of the above in one small package.
//
// ### Transient or permanent
//
// Retry what may succeed if asked again: the server is overloaded or restarting (**5xx**, especially 503), asks you to slow down (**429**), timed out (**408**), the connection failed (`HttpRequestException`), or the attempt took too long (`TimeoutRejectedException`). Do not retry what will fail again: **4xx** means the request itself is wrong (404 not found, 400 bad request, 401/403 not allowed). Retrying those triples the load for nothing and hides the bug. `new RetryStrategyOptions<T>()` with no `ShouldHandle` retries every exception except `OperationCanceledException` and no result at all, so a 503 *response* is not retried until you say so.
//
// ### Backoff and jitter
//
// Retrying at once hits a struggling server again while it is still struggling; waiting longer each time (0.2 s, 0.4 s, 0.8 s…) gives it room. When many clients failed at the same moment, they also retry at the same moment: `UseJitter = true` spreads their retries at random around the delay. The lesson turns jitter off only so the chart's gaps read 0.2 s and 0.4 s; in production, keep it on.
//
// ### One token, passed all the way down
//
// Cancelling the run works because the **same token** reaches every level: `Parallel.ForEachAsync` stops starting documents and hands the token to each body, `Fetch` passes it to Polly, Polly stops waiting (backoff included) and passes it, linked with its own timeout, to `Attempt`, and `HttpClient` gives up the request, which the server sees as a request the client went away from. Drop the token at any level and that level goes on after Cancel (Exercise 2).
//
// ### `IProgress<T>` and `Progress<T>`
//
// `IProgress<T>` is one method, `Report(T)`: the code that does the work reports, the caller decides what a report does. The ready-made `Progress<T>` runs its handler on the `SynchronizationContext` it was created on: in a UI app, on the UI thread, so the handler may touch the window. A notebook cell has no context (`SynchronizationContext.Current` is null there), so `Progress<T>` would queue each report to the thread pool: reports could arrive out of order, or after the cell ended. `PrintedProgress` handles each report at once, on the thread that reports it.
//
// ### Python ↔ C#
//
// Python has no Polly in the standard library; [tenacity](https://tenacity.readthedocs.io/) is the usual retry library. See the course's [Python tutorial](../docs/python-tutorial.md) for the asyncio side of Lessons 1–5.
//
// | Python asyncio | C# | Note |
// | --- | --- | --- |
// | `sem = asyncio.Semaphore(3)`; `async with sem:` | `new SemaphoreSlim(3)`; `await gate.WaitAsync(token)` … `finally { gate.Release(); }` | or `Parallel.ForEachAsync` with `MaxDegreeOfParallelism = 3` |
// | `async with asyncio.timeout(1):` around one request | `.AddTimeout(TimeSpan.FromSeconds(1))` inside the retry | or a `CancellationTokenSource` with `CancelAfter` |
// | tenacity `@retry(stop=stop_after_attempt(3), wait=wait_exponential(...), retry=retry_if_exception_type(...))` | `.AddRetry(new RetryStrategyOptions<T> { MaxRetryAttempts = 2, Delay, BackoffType, ShouldHandle })` | `MaxRetryAttempts` counts retries: 2 retries = 3 attempts |
// | `task.cancel()`, a `TaskGroup` cancelling its tasks | `CancellationTokenSource.Cancel()`, one token passed down | cancellation is cooperative in both: it reaches only the code that is handed it |
// | a callback, `tqdm` | `IProgress<T>.Report` | `Progress<T>` posts to the caller's context |
//
// ### Pitfalls
//
// ❌ **BAD** Retrying every failure: a 404 is asked three times, a bug is hidden behind retries.
//
// ```csharp
// ShouldHandle = new PredicateBuilder<HttpResponseMessage>().HandleResult(response => !response.IsSuccessStatusCode)
// ```
//
// ✅ **GOOD** Retry only transient failures: 5xx, 408, 429, connection errors, attempt timeouts.
//
// ```csharp
// ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
//     .Handle<HttpRequestException>().Handle<TimeoutRejectedException>()
//     .HandleResult(response => (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
// ```
//
// ❌ **BAD** The timeout outside the retry when you meant one per attempt: the first hanging attempt uses up the whole budget, and nothing is retried.
//
// ```csharp
// new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(TimeSpan.FromSeconds(1)).AddRetry(retry).Build();
// ```
//
// ✅ **GOOD** The retry outside, the timeout inside: each attempt gets its own second (add a second, longer timeout outside if the whole thing needs a budget too).
//
// ```csharp
// new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(retry).AddTimeout(TimeSpan.FromSeconds(1)).Build();
// ```
//
// ❌ **BAD** Unbounded: `Task.WhenAll` over every document sends them all at once, and a retry storm multiplies it.
//
// ```csharp
// await Task.WhenAll(keys.Select(key => Fetch(pipeline, key, token)));
// ```
//
// ✅ **GOOD** Bounded: a degree of parallelism (or a `SemaphoreSlim`), and the token passed to both the loop and each request.
//
// ```csharp
// await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 3, CancellationToken = token },
//     async (key, token) => await Fetch(pipeline, key, token));
// ```

// ## Exercises
//
// ### Exercise 1: retry what can succeed
//
// Three documents: `flaky` fails twice with 503 and then answers, `missing` answers 404, `hanging` answers only after 2 s. Replace `polite` (today: no retry, no timeout) with a pipeline that:
//
// - retries **transient** failures (5xx, 408, 429, connection errors, attempt timeouts), **at most 2 times**, waiting **0.2 s, then 0.4 s** (exponential backoff; jitter off, or a `Delay` large enough that the two waits add up to more than 0.3 s);
// - does **not** retry a 404;
// - gives **each attempt 0.5 s**, then gives it up and retries it.
//
// Build it with Polly's `ResiliencePipelineBuilder<HttpResponseMessage>` as above, written any way you like (a `PredicateBuilder` or your own `ShouldHandle`, `BackoffType` or a `DelayGenerator`). Keep the other lines.
//
// `Microsoft.Extensions.Http.Resilience`'s `HttpRetryStrategyOptions` and `HttpTimeoutStrategyOptions` work here too (they know the transient HTTP failures already), but load the package in the Polly cell at the top and run the notebook again from there: in this kernel, a `#r` of that package in a later cell makes the variables created from the helper library before it unusable (`error CS0029: Cannot implicitly convert type 'LabServer' to 'LabServer'`).

// ✏️ Exercise (cell ex-polite): change the code below, then run the app again; the check after it grades your change.
await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = new() { ["flaky"] = "fail=2", ["missing"] = "fail=9&status=404", ["hanging"] = "delay=2" };   // keep

var polite = ResiliencePipeline<HttpResponseMessage>.Empty;   // no retry, no timeout: write yours here

var politeRun = Timeline.Record("Retry what can succeed");   // keep this line and the rest
string[] politeOutcomes = await Task.WhenAll(plan.Keys.Select(key => Fetch(polite, key, CancellationToken.None)));
Console.WriteLine(string.Join(", ", plan.Keys.Zip(politeOutcomes, (key, outcome) => $"{key}: {outcome}")));
Terminal.Show(politeRun);

// **Check:** what the lab server counted: `hanging` called 3 times, each call given up by the client, ending `"timed out"`; `missing` called once; `flaky` called 3 times, ending `200`; and on the timeline, `flaky`'s `Fetch` lane lasts at least 0.3 s (it backed off).

// ✔ Check (cell check-polite)
var politeBy = plan.Keys.Zip(politeOutcomes).ToDictionary(pair => pair.First, pair => pair.Second);   // what the cell had when it finished
for (int wait = 0; wait < 40 && politeRun.IsRecording; wait++) await Task.Delay(50);   // let every attempt the cell started end
for (int wait = 0; wait < 40 && lab.Stats.RequestsInFlight > 0; wait++) await Task.Delay(50);   // and the server notice the ones given up
int flakyCalls = lab.Stats.Attempts("flaky"), missingCalls = lab.Stats.Attempts("missing"), hangingCalls = lab.Stats.Attempts("hanging");
double flakyMs = politeRun.Snapshot().Lanes.Where(lane => lane.Name.StartsWith("Fetch(") && lane.Name.Contains("\"flaky\""))
    .Select(lane => lane.EndMs - lane.StartMs).DefaultIfEmpty(0).Max();
Terminal.Show(Check.That("transient failures retried with backoff, the 404 asked once, each hanging attempt cut off after 0.5 s and retried",
    hangingCalls == 3 && politeBy["hanging"] == "timed out" && lab.Stats.RequestsCanceled == 3 && missingCalls == 1 && politeBy["missing"] == "404"
        && flakyCalls == 3 && politeBy["flaky"] == "200" && flakyMs >= 300,
    hangingCalls != 3 || politeBy["hanging"] != "timed out" ? $"hanging (answers after 2 s) was called {hangingCalls} time(s) and ended {politeBy["hanging"]}: give each attempt 0.5 s (a timeout inside the retry), then retry it"
    : lab.Stats.RequestsCanceled != 3 ? $"the server saw {lab.Stats.RequestsCanceled} requests given up by the client, want the 3 hanging ones"
    : missingCalls != 1 || politeBy["missing"] != "404" ? $"missing (404) was called {missingCalls} times and ended {politeBy["missing"]}: asking again cannot make it appear; retry only transient failures"
    : flakyCalls != 3 || politeBy["flaky"] != "200" ? $"flaky (503 twice, then 200) was called {flakyCalls} time(s) and ended {politeBy["flaky"]}: retry 5xx, up to 2 times"
    : flakyMs < 300 ? $"flaky's three calls took {flakyMs:0} ms in all: the retries came at once; back off (0.2 s, then 0.4 s)"
    : $"hanging 3 calls, each given up by the client; missing 1 call; flaky 3 calls over {flakyMs:0} ms"));

// ### Exercise 2: cancel, but keep what you have
//
// Twelve documents of 0.5 s each (`doc-2` fails once). The user presses Cancel at 1.25 s. `FetchAll` above would throw away the outcomes it had (it returns them only when the run ends well). Write the run yourself so that:
//
// - at most **3** documents are fetched at a time (at least 2, so it stays concurrent);
// - at Cancel, **no more documents start** and the **requests in flight are given up** (pass `userCancel.Token` down);
// - every document that got an answer is **kept** in `fetched` and **reported** once to `reports` (`new FetchReport(key, outcome, done, plan.Count)`), also when the run was cancelled.
//
// `SemaphoreSlim`, `Parallel.ForEachAsync`, a channel with three consumers (Lesson 8): any way. Keep the marked lines.

// ✏️ Exercise (cell ex-whole-run): change the code below, then run the app again; the check after it grades your change.
await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = Enumerable.Range(1, 12).ToDictionary(i => $"doc-{i}", i => i == 2 ? "delay=0.5&fail=1" : "delay=0.5");   // keep
var fetched = new ConcurrentDictionary<string, string>();                 // keep: key → outcome of each document that got an answer
var reports = new PrintedProgress();                                      // keep: report each of them here too
var userCancel = new CancellationTokenSource(TimeSpan.FromSeconds(1.25));  // keep: the user presses Cancel at 1.25 s
var whole = Timeline.Record("12 documents, Cancel at 1.25 s");
try
{
    await Task.WhenAll(plan.Keys.Select(async key => fetched[key] = await Fetch(pipeline, key, CancellationToken.None)));
}
catch (OperationCanceledException)
{
    Console.WriteLine("Cancelled");
}
Console.WriteLine($"{fetched.Count} of {plan.Count} documents fetched, {reports.Reports.Count} reported");
Terminal.Show(whole);

// **Check:** the lab server saw 2 to 3 requests at once, at least one request given up at Cancel and fewer than all 13 requests; `fetched` and `reports` each hold exactly the documents whose `Fetch` lane completed.

// ✔ Check (cell check-whole-run)
int kept = fetched.Count, reported = reports.Reports.Count;   // what the cell had when it finished
for (int wait = 0; wait < 40 && whole.IsRecording; wait++) await Task.Delay(50);   // let every request the cell started end
for (int wait = 0; wait < 40 && lab.Stats.RequestsInFlight > 0; wait++) await Task.Delay(50);   // and the server notice the ones given up
int answered = whole.Snapshot().Lanes.Count(lane => lane.Name.StartsWith("Fetch(") && lane.Outcome == LaneOutcome.Completed);
int peak = lab.Stats.PeakRequestsInFlight, abandoned = lab.Stats.RequestsCanceled, asked = lab.Stats.Requests;
userCancel.Dispose();
Terminal.Show(Check.That("at most 3 requests at once, stopped at Cancel, every answered document kept and reported once",
    peak is >= 2 and <= 3 && abandoned >= 1 && asked < 13 && kept == answered && reported == answered && answered >= 1,
    peak > 3 ? $"the server had {peak} requests at once, want at most 3"
    : peak < 2 ? $"the server had at most {peak} request at once: keep 3 in flight"
    : abandoned == 0 || asked >= 13 ? $"the server answered {asked} requests and saw {abandoned} given up: at Cancel, start no more documents and give up the requests in flight (pass the token down)"
    : kept != answered ? $"{kept} outcomes kept for {answered} documents answered (Fetch lanes that completed): keep each answer, even when the run is cancelled"
    : reported != answered ? $"{reported} progress reports for {answered} documents answered: report each once"
    : $"at most {peak} at once; at Cancel {abandoned} request(s) given up, {asked} asked in all; {kept} documents kept and reported"));

// Stop the lab server:

// ── cell code-25 ──
http.Dispose();
await lab.DisposeAsync();
Console.WriteLine(lab);

// ## Further reading
//
// - Polly docs: [Resilience pipelines](https://www.pollydocs.org/pipelines/), [Retry](https://www.pollydocs.org/strategies/retry.html), [Timeout](https://www.pollydocs.org/strategies/timeout.html), and [resilience strategies: the order](https://www.pollydocs.org/strategies/#usage) (which strategy wraps which).
// - .NET docs: [Build resilient HTTP apps](https://learn.microsoft.com/dotnet/core/resilience/http-resilience) (`Microsoft.Extensions.Http.Resilience`, `AddStandardResilienceHandler`).
// - .NET docs: [Cancellation in managed threads](https://learn.microsoft.com/dotnet/standard/threading/cancellation-in-managed-threads) and [IProgress&lt;T&gt;](https://learn.microsoft.com/dotnet/api/system.iprogress-1).
// - AWS Architecture Blog: [Exponential Backoff And Jitter](https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
// - tenacity (Python): [docs](https://tenacity.readthedocs.io/).
//
// This is the course's last lesson: the cheatsheet in Lesson 5 and the Python tutorial appendix sum it up.

// ── types the lesson declares (in a C# file they come after the top-level code) ──
record FetchReport(string Key, string Outcome, int Done, int Total);
// An IProgress<T> that prints each report at once, on the thread that reports it, and keeps them.
class PrintedProgress : IProgress<FetchReport>
{
    public ConcurrentQueue<FetchReport> Reports { get; } = new();

    public void Report(FetchReport report)
    {
        Reports.Enqueue(report);
        Console.WriteLine($"  [{report.Done}/{report.Total}] {report.Key}: {report.Outcome}");
    }
}
