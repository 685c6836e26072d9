#!/usr/bin/env dotnet
// Lesson 4 · Concurrent HTTP with one `HttpClient`
//
// Run it from the repository folder: dotnet run apps/04-http.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/04-http/ (their paths are printed).
// Generated from notebooks/04-http.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
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
using System.Net.Sockets;

// # Lesson 4 · Concurrent HTTP with one `HttpClient`
//
// The Python tutorial's third example fetches `https://httpbin.org/delay/2` three times with aiohttp: one shared `ClientSession`, a list of three coroutine objects, `asyncio.gather`, about 2 s in total. This lesson writes the same in C# (one shared `HttpClient`, `Task.WhenAll`) and records every request on a timeline.

// ## Goal
//
// - Send three `GET /delay/2` **concurrently** and see them overlap: ≈ 2 s instead of ≈ 6 s.
// - Know what the Python tutorial's `tasks = [fetch_url(session, url) for url in urls]` becomes in C#: `paths.Select(Fetch)`, a **lazy** query, and the bug of enumerating it twice.
// - Know why an app shares **one `HttpClient`**, or more exactly one handler: the handler owns the connection pool.
// - **Bound** the concurrency yourself: aiohttp caps a session at 100 connections by default, .NET's `SocketsHttpHandler` has no such cap.
//
// The requests go to a small **lab server** that the helper library starts on `127.0.0.1` (it answers like httpbin: `/delay/{seconds}`, `/get`, `/status/{code}`), so the lesson works offline, and it counts what it receives. To use a real httpbin instead, set the environment variable `TASKTIMELINE_HTTPBIN_URL` (e.g. to `https://httpbin.org`) before starting the notebook; the server's own counts are then not available.

// ## Predict
//
// 1. Three `GET /delay/2` one after another: total? Three with `Task.WhenAll`?
// 2. `var fetches = paths.Select(Fetch);`, then `await Task.WhenAll(fetches);`, then `foreach (var fetch in fetches) await fetch;` over the same three paths: how many requests does the server receive, and how long does it take?
// 3. Ten `GET /get` one after another: how many TCP connections with **one shared** `HttpClient`? With a **new `HttpClient` per request**? With a new `HttpClient` per request that all share **one handler**?
// 4. Twenty `GET /delay/1`, at most 5 in flight at once: total?

// ## Run
//
// Start the lab server and create **one** `HttpClient` for the whole notebook. (A notebook cell cannot use `await using` at top level, so the last cell of the lesson stops the server.) `paths` is the Python tutorial's `urls = ["https://httpbin.org/delay/2"] * 3`.

// ── cell code-06 ──
var lab = await LabServer.StartAsync();
var http = new HttpClient();      // one client, shared by every request below: like aiohttp's ClientSession
string[] paths = { "/delay/2", "/delay/2", "/delay/2" };
Console.WriteLine(lab);

// ── cell code-07 ──
int requestsSent = 0;

async Task<int> Fetch(string path)
{
    Interlocked.Increment(ref requestsSent);
    using var response = await http.GetAsync(lab.Url(path));
    Console.WriteLine($"  Fetched {path} with status {(int)response.StatusCode}");
    return (int)response.StatusCode;
}

// ### One request after another

// ── cell code-09 ──
var oneByOne = Timeline.Record("One after another");
var clock = Stopwatch.StartNew();
foreach (var path in paths)
    await Fetch(path);
Console.WriteLine($"One after another: {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(oneByOne);

// ### All three at once

// ── cell code-11 ──
var atOnce = Timeline.Record("Task.WhenAll");
clock.Restart();
int[] statuses = await Task.WhenAll(paths.Select(Fetch));
Console.WriteLine($"Task.WhenAll: {clock.Elapsed.TotalSeconds:0.00} s, statuses {string.Join(", ", statuses)}");
Console.WriteLine(lab.IsExternal
    ? "Delays in flight at the server at once: not available for an external server."
    : $"Most delays the lab server has had in flight at once: {lab.Stats.PeakDelaysInFlight}");
Terminal.Show(atOnce);

// ### `tasks = [fetch_url(...)]` in C#: a lazy `Select`
//
// In the Python tutorial, `[fetch_url(session, url) for url in urls]` builds a **list** of three coroutine objects; none runs until `gather` schedules them. The C# line above, `paths.Select(Fetch)`, builds no list at all: it is a *query*, a recipe that calls `Fetch` once per path **each time something enumerates it**. `Task.WhenAll` enumerated it once: three calls, three requests, each already running when `Fetch` returned (C# tasks are hot). Keep the query in a variable and enumerate it twice:

// ── cell code-11c ──
var twice = Timeline.Record("A lazy Select, enumerated twice");
int sentBefore = requestsSent;
clock.Restart();
IEnumerable<Task<int>> fetches = paths.Select(Fetch);   // a query: nothing is sent yet
Console.WriteLine($"After Select: {requestsSent - sentBefore} requests sent");
await Task.WhenAll(fetches);                            // enumerates the query: three requests
foreach (var fetch in fetches)                          // enumerates it AGAIN: three new requests, awaited one by one
    await fetch;
Console.WriteLine($"{requestsSent - sentBefore} requests sent for {paths.Length} paths, in {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(twice);

// **What happened.** Right after `Select`, no request had been sent: the first printed line says 0. `Task.WhenAll` ran the query: three requests at once, ≈ 2 s. The `foreach` ran it **again**: three *new* requests, each awaited before the next one was even created, ≈ 6 s more; the last line counts 6 requests for 3 paths in ≈ 8 s (Predict 2). Python cannot make this mistake silently: awaiting a coroutine object a second time raises `RuntimeError`. A C# query just runs again. Materialise it once, `Task<int>[] fetches = paths.Select(Fetch).ToArray();`, and every later enumeration reads the same three tasks.

// ### One client or many: count the connections
//
// `SocketsHttpHandler.ConnectCallback` lets us count every TCP connection a handler opens.

// ── cell code-13 ──
int connectionsOpened = 0;
SocketsHttpHandler CountingHandler() => new()
{
    ConnectCallback = async (context, cancellationToken) =>
    {
        Interlocked.Increment(ref connectionsOpened);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
        return new NetworkStream(socket, ownsSocket: true);
    },
};

connectionsOpened = 0;
using (var shared = new HttpClient(CountingHandler()))
    for (int i = 0; i < 10; i++) await shared.GetStringAsync(lab.Url("/get"));
int withShared = connectionsOpened;

connectionsOpened = 0;
for (int i = 0; i < 10; i++)
{
    using var throwaway = new HttpClient(CountingHandler());
    await throwaway.GetStringAsync(lab.Url("/get"));
}
int withThrowaways = connectionsOpened;

connectionsOpened = 0;
var oneHandler = CountingHandler();
for (int i = 0; i < 10; i++)
{
    using var client = new HttpClient(oneHandler, disposeHandler: false);
    await client.GetStringAsync(lab.Url("/get"));
}
oneHandler.Dispose();
int withSharedHandler = connectionsOpened;

Console.WriteLine($"10 requests through one shared HttpClient:             {withShared} TCP connection(s) opened");
Console.WriteLine($"10 requests through 10 new HttpClients:                {withThrowaways} TCP connection(s) opened");
Console.WriteLine($"10 requests through 10 new HttpClients on one handler: {withSharedHandler} TCP connection(s) opened");

// **What happened** (Predict 3). One shared client: 1 connection for 10 requests (the lab server keeps it alive, and the pool reuses it). Ten new clients: 10 connections, one per request. Ten new clients on **one handler**: 1 connection again: the pool lives in the handler, not in the `HttpClient`.

// ## See the timeline
//
// The three recordings on one time scale:

// ── cell code-15 ──
Terminal.Show(TimelineChart.Compare(oneByOne, atOnce, twice));

// **What happened** (Predict 1):
//
// - **One after another**: each `Fetch` starts when the previous one has ended: ≈ 3 × 2 s.
// - **Task.WhenAll**: the three `Fetch` lanes start together, all three await the network, and each resumes when its response arrives: ≈ 2 s, and the lab server counted 3 delays in flight at once. That is the Python tutorial's "What happens under the hood", measured.
// - **Enumerated twice**: three `Fetch` lanes together, then three more in a row: ≈ 8 s.
//
// Each `Fetch` lane's wait is labelled with what it awaited: `HttpClient`'s own `SendAsync`. The recording draws the code you wrote, not the library's async methods underneath (`SendAsync` itself, connecting, reading the response): those show only as the waits they cause.
//
// The reference run recorded for this course (`data/04-three-gets.json`) next to yours:

// ── cell code-17 ──
Terminal.Show(TimelineChart.Compare(atOnce.Snapshot(), ReferenceTimeline.Load("04-three-gets")));

// ## Why
//
// ### Why async shines for HTTP
//
// A request spends almost all its time **waiting**: for the connection, for the server, for the bytes. `await http.GetAsync(...)` hands that wait to the operating system and frees the thread (Lesson 1: there is no thread). Starting all the requests before awaiting any of them (Lesson 3) fills the wait with the other requests' waits.
//
// ### Why one shared `HttpClient` (really: one handler)
//
// The connection pool belongs to the **handler** (`SocketsHttpHandler`, which `new HttpClient()` creates for itself), not to the `HttpClient`. One client keeps one handler, so its requests **reuse** the pool's connections; a new client with a new handler starts with an empty pool and opens a **new connection**, paying the TCP handshake (and TLS, on https) every time, and every closed connection lingers in the operating system's `TIME_WAIT` state for a while. Under load that exhausts the available sockets (*socket exhaustion*). The connection count above shows both, and the third line shows that what matters is the handler: new clients on one handler reuse its connections. That is what `IHttpClientFactory` does for you in ASP.NET Core (it pools handlers). aiohttp's "ClientSession should be shared" is the same rule: the session's connector owns its pool.
//
// In an app, keep one `static readonly HttpClient` (set `SocketsHttpHandler.PooledConnectionLifetime` so DNS changes are picked up), or get clients from `IHttpClientFactory`.
//
// ### Pitfalls
//
// ❌ **BAD** A new client (and handler) per request: a new connection per request, sockets left in `TIME_WAIT`.
//
// ```csharp
// async Task<string> GetAsync(string url)
// {
//     using var client = new HttpClient();
//     return await client.GetStringAsync(url);
// }
// ```
//
// ✅ **GOOD** One client for the app's lifetime.
//
// ```csharp
// static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
// async Task<string> GetAsync(string url) => await Http.GetStringAsync(url);
// ```
//
// ❌ **BAD** Enumerating a lazy `Select` of tasks twice: every enumeration sends the requests again.
//
// ```csharp
// var fetches = urls.Select(url => Http.GetStringAsync(url));
// await Task.WhenAll(fetches);
// foreach (var fetch in fetches) Console.WriteLine(await fetch);   // new requests
// ```
//
// ✅ **GOOD** Materialise the tasks once (`ToArray()`), or use what `Task.WhenAll` returns.
//
// ```csharp
// string[] bodies = await Task.WhenAll(urls.Select(url => Http.GetStringAsync(url)));
// ```
//
// ### Bounded concurrency: aiohttp does it for you, .NET does not
//
// aiohttp's `ClientSession` comes with a `TCPConnector` whose `limit` is **100** connections by default: give the Python tutorial's code 10,000 URLs and at most 100 requests are open at once, without a line saying so. .NET's handler has no such default:

// ── cell code-18b ──
Console.WriteLine($"SocketsHttpHandler.MaxConnectionsPerServer defaults to {new SocketsHttpHandler().MaxConnectionsPerServer:N0}");

// So `await Task.WhenAll(urls.Select(url => Http.GetStringAsync(url)))` over 10,000 URLs really opens thousands of connections at once: the Python code is implicitly throttled, the C# code is not. Bound it yourself: `Parallel.ForEachAsync` with `MaxDegreeOfParallelism`, a `SemaphoreSlim` (`asyncio.Semaphore`), or `MaxConnectionsPerServer` on the handler.
//
// Twenty `GET /delay/1` with at most 5 in flight. `Parallel.ForEachAsync` starts 5 workers; each takes the next request when its previous one finishes.

// ── cell code-19 ──
var bounded = Timeline.Record("Parallel.ForEachAsync, at most 5");
clock.Restart();
await Parallel.ForEachAsync(Enumerable.Range(1, 20), new ParallelOptions { MaxDegreeOfParallelism = 5 },
    async (i, cancellationToken) => await Fetch("/delay/1"));
Console.WriteLine($"20 requests of 1 s, at most 5 at a time: {clock.Elapsed.TotalSeconds:0.00} s");
Console.WriteLine(lab.IsExternal
    ? "Delays in flight at the server at once: not available for an external server."
    : $"Most delays the lab server has had in flight at once: {lab.Stats.PeakDelaysInFlight}");
Terminal.Show(bounded);

// **What happened** (Predict 4): four waves of five, ≈ 4 s, and the lab server's highest in-flight count rose to 5 (no earlier cell went above 3). The `lambda` lanes are the async lambda you gave `Parallel.ForEachAsync`, one per item, never more than five alive at once; `Parallel.ForEachAsync`'s own workers are library code and are not drawn.
//
// ## Exercises
//
// ### Exercise 1: ask once
//
// A status survey asks five paths at once and counts the answers that are `200 OK`. It takes too long, and the server gets more requests than there are paths: find why on the chart, then fix it. Keep `healthy` (the count of 200s) and call `Fetch` for the requests.

// ✏️ Exercise (cell ex-ask-once): change the code below, then run the app again; the check after it grades your change.
string[] survey = { "/delay/1", "/status/503", "/delay/2", "/delay/1", "/status/200" };
var asking = Timeline.Record("Survey");
var answers = survey.Select(Fetch);
await Task.WhenAll(answers);
int healthy = answers.Count(answer => answer.Result == 200);
Console.WriteLine($"{healthy} of {survey.Length} answered 200");
Terminal.Show(asking);

// **Check:** one request per path (the `Fetch` lanes), all of them at once (the survey takes at most 3 s; one after another takes 4 s), and `healthy` is the number of 200s the server sent.

// ✔ Check (cell check-ask-once)
int reportedHealthy = healthy;   // what the cell had computed when it finished
for (int wait = 0; wait < 300 && asking.IsRecording; wait++) await Task.Delay(50);   // let every request the cell started end
var surveyRun = asking.Snapshot();
int asked = surveyRun.Lanes.Count(lane => lane.Name.StartsWith("Fetch("));
double took = surveyRun.TotalMs;
Terminal.Show(Check.That("one request per path, all at once, every 200 counted", asked == survey.Length && took <= 3000 && reportedHealthy == 4,
    asked != survey.Length ? $"Fetch ran {asked} times for {survey.Length} paths: a lazy Select is enumerated once per use"
    : took > 3000 ? $"the survey took {took:0} ms, want ≤ 3000 ms: the requests waited for each other"
    : reportedHealthy != 4 ? $"healthy was {reportedHealthy} when the cell ended, but 4 of the {survey.Length} paths answer 200"
    : $"{asked} requests in {took:0} ms; healthy = {reportedHealthy}"));

// ### Exercise 2: at most five at a time, with `SemaphoreSlim`
//
// The cell below fires 20 requests at once. Limit it to **at most 5 requests at the server at any moment**, yet keep it concurrent (4 or 5 at once), with a `SemaphoreSlim(5)`: `await gate.WaitAsync()` before a request, `gate.Release()` in a `finally` after it (any other way that keeps the server at 4 to 5 at once is fine too). Keep the first two lines: they start a fresh lab server, so its counts are this exercise's alone.

// ✏️ Exercise (cell ex-bounded): change the code below, then run the app again; the check after it grades your change.
await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
var twenty = Timeline.Record("20 GETs");
int[] codes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Fetch("/delay/1")));
Console.WriteLine($"{codes.Count(code => code == 200)} of 20 answered 200");
Terminal.Show(twenty);

// **Check:** what the server saw: all 20 delays answered, at most 5 and at least 4 in flight at once (counted by the server, so throttling anywhere on the client side counts).

// ✔ Check (cell check-bounded)
int answered = codes.Count(code => code == 200);   // what the cell had when it finished
for (int wait = 0; wait < 300 && twenty.IsRecording; wait++) await Task.Delay(50);
Terminal.Show(lab.IsExternal
    ? Check.That("all 20 answered (the server's in-flight count is not available for an external server)", answered == 20, $"{answered} of 20 answered 200 when the cell ended")
    : Check.That("the server saw 4 to 5 of the 20 requests at once", answered == 20 && lab.Stats.DelaysCompleted == 20 && lab.Stats.PeakDelaysInFlight is >= 4 and <= 5,
        answered != 20 || lab.Stats.DelaysCompleted != 20
            ? $"{answered} of 20 answered 200 when the cell ended; the server completed {lab.Stats.DelaysCompleted} delays: await all 20"
            : lab.Stats.PeakDelaysInFlight is >= 4 and <= 5 ? $"the server answered all 20, at most {lab.Stats.PeakDelaysInFlight} at once"
            : $"the server had at most {lab.Stats.PeakDelaysInFlight} delays in flight at once, want 4 to 5"));

// Stop the lab server (its requests are done):

// ── cell code-25 ──
http.Dispose();
await lab.DisposeAsync();
Console.WriteLine(lab);

// ## Further reading
//
// - .NET docs: [Guidelines for using HttpClient](https://learn.microsoft.com/dotnet/fundamentals/networking/http/httpclient-guidelines) (sharing, `PooledConnectionLifetime`, `IHttpClientFactory`).
// - .NET docs: [SocketsHttpHandler.MaxConnectionsPerServer](https://learn.microsoft.com/dotnet/api/system.net.http.socketshttphandler.maxconnectionsperserver); aiohttp docs: [TCPConnector `limit`](https://docs.aiohttp.org/en/stable/client_reference.html#tcpconnector).
// - .NET docs: [Parallel.ForEachAsync](https://learn.microsoft.com/dotnet/api/system.threading.tasks.parallel.foreachasync) and [SemaphoreSlim.WaitAsync](https://learn.microsoft.com/dotnet/api/system.threading.semaphoreslim.waitasync).
// - David Fowler, [Async guidance](https://github.com/davidfowl/AspNetCoreDiagnosticScenarios/blob/master/AsyncGuidance.md).
// - Stephen Cleary, [There Is No Thread](https://blog.stephencleary.com/2013/11/there-is-no-thread.html).
//
// Next: **Lesson 5**, async is not parallel.
