#!/usr/bin/env dotnet
// Lesson 8 · Streams and pipelines: `await foreach`, channels, `Parallel.ForEachAsync`
//
// Run it from the repository folder: dotnet run apps/08-streams.cs
// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/08-streams/ (their paths are printed).
// Generated from notebooks/08-streams.ipynb by `dotnet run --project tools/LessonApps -c Release` — do not edit: change the notebook, then export again.
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
using System.Threading.Channels;

// # Lesson 8 · Streams and pipelines: `await foreach`, channels, `Parallel.ForEachAsync`
//
// Lessons 3 and 4 started a fixed number of tasks and awaited them all. Real programs often handle a **stream** instead: readings arriving one by one, a queue of jobs, a long list of items worked through a few at a time. This lesson records three tools for that on a timeline: **async iterators** (`IAsyncEnumerable<T>`, Python's async generators), **channels** (`Channel<T>`, Python's `asyncio.Queue`), and **`Parallel.ForEachAsync`** (Python's semaphore-bounded `gather`). The Python side of each is in the table under *Why* and in [the appendix](../docs/python-tutorial.md).

// ## Goal
//
// - Write an **async iterator** (`async IAsyncEnumerable<T>` + `yield return`) and consume it with **`await foreach`**; see on the timeline that it is **pulled**: it runs only while the consumer asks for the next item.
// - Connect a producer and **several consumers** with a **`Channel<T>`**; make it **bounded** and see **backpressure**: the producer suspended while the channel is full.
// - Work through a stream **a few items at a time** with `Parallel.ForEachAsync` and `MaxDegreeOfParallelism`.
// - Map each one to asyncio: `async for`, `asyncio.Queue(maxsize=…)`, `asyncio.Semaphore` + `gather`.

// ## Predict
//
// 1. `Readings(4)` yields a reading every 250 ms; the consumer spends 250 ms on each reading inside `await foreach`. Does the iterator produce reading 2 while the consumer works on reading 1? Total: ≈ 1 s, ≈ 1.25 s or ≈ 2 s?
// 2. A producer writes 8 items into a channel as fast as it can; two consumers take 300 ms per item. With an **unbounded** channel, when does the producer finish? With a channel **bounded to 2 items**? Does the total change?
// 3. Six items of 300 ms with `Parallel.ForEachAsync` and `MaxDegreeOfParallelism = 2`: total? And with no `MaxDegreeOfParallelism` at all, how many at once?

// ## Run
//
// ### An async iterator, consumed with `await foreach`
//
// `Readings` is an **async iterator**: an `async` method that returns `IAsyncEnumerable<int>` and uses `yield return`, like a Python `async def` with `yield`. `SumReadings` consumes it with `await foreach`, Python's `async for`. Both print when they produce or process a reading.

// ── cell code-06 ──
var clock = Stopwatch.StartNew();
void Log(string what) => Console.WriteLine($"  {clock.ElapsedMilliseconds,5} ms  {what}");

async IAsyncEnumerable<int> Readings(int count)
{
    for (int i = 1; i <= count; i++)
    {
        await Task.Delay(250);                  // waiting for the sensor
        Log($"produced reading {i}");
        yield return i;                         // hands the reading to the consumer and pauses here
    }
}

async Task<int> SumReadings(IAsyncEnumerable<int> readings)
{
    int sum = 0;
    await foreach (int reading in readings)     // Python: async for reading in readings
    {
        await Task.Delay(250);                  // processing the reading
        Log($"processed reading {reading}");
        sum += reading;
    }
    return sum;
}

// ── cell code-07 ──
var pulled = Timeline.Record("await foreach over an async iterator");
clock.Restart();
int sum = await SumReadings(Readings(4));
Console.WriteLine($"Sum {sum} in {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(pulled);

// **What happened** (Predict 1): the log alternates, *produced 1, processed 1, produced 2, …*, each line ≈ 250 ms after the one before, and the total is ≈ 2 s: 4 × (250 + 250) ms, plus a little timer slack. The iterator did **not** produce reading 2 while reading 1 was being processed. An async iterator is **pulled**: each turn of `await foreach` calls `MoveNextAsync()`, which runs the iterator's body up to its next `yield return` and no further. Between two pulls it sits at its `yield return`, holding no thread. Python's async generators behave the same way.
//
// On the chart, the two lanes take turns: `Readings(4)` awaits `Task.Delay` (the sensor) while `SumReadings` waits for the next reading; then `SumReadings` awaits its own `Task.Delay` (processing) while `Readings(4)` sits at `yield return`. Both are lanes because both really suspend: an async iterator's body is an async state machine like any async method's. Its short runs after each pull are on the consumer's thread: `MoveNextAsync()` runs the body there. The waits for `MoveNextAsync()` and the pauses at `yield return` carry no label (*See the timeline* says why). `SumReadings` is drawn starting a little after `Readings(4)` although it called it: the recording takes a lane's start from the previous recorded event on its thread.
//
// ### A producer, a channel, two consumers
//
// To let the producer run ahead, put a buffer between the two: a `Channel<T>`. The producer `WriteAsync`s into its `Writer`, the consumers read from its `Reader` (`ReadAllAsync()` is an `IAsyncEnumerable` that ends when the writer calls `Complete()` and the channel is empty). Each item goes to **one** consumer: they compete for items, like workers on a queue. `peakBacklog` is the most items that ever sat in the channel (`Reader.Count`, read after each write).

// ── cell code-09 ──
int taken = 0, peakBacklog = 0;
double producerDoneMs = 0;

async Task Produce(Channel<int> channel, int count)
{
    for (int i = 1; i <= count; i++)
    {
        await channel.Writer.WriteAsync(i);     // completes at once, unless a bounded channel is full
        peakBacklog = Math.Max(peakBacklog, channel.Reader.Count);
    }
    channel.Writer.Complete();                  // no more items: the consumers' loops end once the channel is empty
    producerDoneMs = clock.Elapsed.TotalMilliseconds;
}

async Task Consume(ChannelReader<int> reader, string name)
{
    await foreach (int item in reader.ReadAllAsync())
    {
        await Task.Delay(300);                  // processing one item
        Interlocked.Increment(ref taken);
    }
}

// ── cell code-10 ──
var unbounded = Channel.CreateUnbounded<int>();
(taken, peakBacklog) = (0, 0);
var noBackpressure = Timeline.Record("Unbounded channel");
clock.Restart();
await Task.WhenAll(Produce(unbounded, 8), Consume(unbounded.Reader, "A"), Consume(unbounded.Reader, "B"));
Console.WriteLine($"Unbounded: the producer finished at {producerDoneMs:0} ms; at most {peakBacklog} items waited in the channel; {taken} of 8 processed in {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(noBackpressure);

// ── cell code-11 ──
var boundedChannel = Channel.CreateBounded<int>(2);   // at most 2 items inside; WriteAsync waits while it is full
(taken, peakBacklog) = (0, 0);
var backpressure = Timeline.Record("Channel bounded to 2");
clock.Restart();
await Task.WhenAll(Produce(boundedChannel, 8), Consume(boundedChannel.Reader, "A"), Consume(boundedChannel.Reader, "B"));
Console.WriteLine($"Bounded to 2: the producer finished at {producerDoneMs:0} ms; at most {peakBacklog} items waited in the channel; {taken} of 8 processed in {clock.Elapsed.TotalSeconds:0.00} s");
Terminal.Show(backpressure);

// **What happened** (Predict 2): the **total is the same**, ≈ 1.2 s or a little more (8 items × 300 ms ÷ 2 consumers): the consumers set the pace either way. What changed is the producer:
//
// - **Unbounded**: the producer finished almost at once (the printed time is in milliseconds), and all 8 items sat in the channel at once: `Produce` wrote them all before `Task.WhenAll`'s argument list had even called the consumers. `Produce` is **not even a lane**: every `WriteAsync` completed at once, so it never suspended (the recording draws an async method only once it really suspends; Lesson 1: an `await` of a finished task carries on synchronously). A producer 1,000 times faster than its consumers would fill memory this way.
// - **Bounded to 2**: never more than 2 items inside, and the producer finished only after more than half a second, when the last item found room (8 items: 2 taken at once, 2 in the channel, then 2 more each time the consumers finish a pair, ≈ 300 ms apart). Its lane shows why: **awaiting** inside `WriteAsync`, mostly ≈ 300 ms at a time, each time the channel was full, until a consumer took an item. That is **backpressure**: the slow end of the pipeline slows the fast end down, and the buffer stays small.
//
// ### A stream worked through a few at a time: `Parallel.ForEachAsync`
//
// `Parallel.ForEachAsync` runs an async body for every item, at most `MaxDegreeOfParallelism` at once: each of its workers takes the next item when its previous one is done (Lesson 4 used it for HTTP requests). It accepts an `IAsyncEnumerable<T>` too, so it can consume an async iterator or a channel's `ReadAllAsync()` directly.

// ── cell code-13 ──
async Task Pack(int item) => await Task.Delay(300);

var twoAtATime = Timeline.Record("Parallel.ForEachAsync, at most 2");
clock.Restart();
await Parallel.ForEachAsync(Enumerable.Range(1, 6), new ParallelOptions { MaxDegreeOfParallelism = 2 },
    async (item, cancellationToken) => await Pack(item));
Console.WriteLine($"6 items of 300 ms, at most 2 at a time: {clock.Elapsed.TotalSeconds:0.00} s");
Console.WriteLine($"Without MaxDegreeOfParallelism it runs Environment.ProcessorCount at a time: {Environment.ProcessorCount} on this machine");
Terminal.Show(twoAtATime);

// **What happened** (Predict 3): three waves of two, ≈ 3 × 300 ms, about a second. The `lambda` lanes are your async lambda, one per item, never more than two alive at once; under each, indented, the `Pack` call it awaits. Without `MaxDegreeOfParallelism`, `Parallel.ForEachAsync` runs as many at once as the machine has cores (the number printed above): a limit that changes with the machine, fine for CPU work, arbitrary for I/O. Say the limit you mean.
//
// ## See the timeline
//
// The two channel runs on one time scale: the unbounded one has only the two `Consume` lanes; the bounded one adds the producer, suspended while the channel is full.

// ── cell code-15 ──
Terminal.Show(TimelineChart.Compare(noBackpressure, backpressure));

// **Reading the producer's lane.** Its awaiting segments carry **no label**, and it has no *ready, waiting for a thread* segment before it resumes, unlike a lane awaiting `Task.Delay`. That is a limit of the recording, not of the code: the recorder reads the runtime's task events, and `WriteAsync` returns a `ValueTask` backed by the channel's own reusable `IValueTaskSource`, which is not a `Task`, so the runtime reports no "await began" for it and no completion. The recorder still sees the suspension (the method gave its thread back without finishing) and the resumption, so the *when* is measured; the *what* comes from the code. The same holds for `await foreach` waiting on `MoveNextAsync()` (the unlabeled waits of `SumReadings` in the first chart) and for an iterator paused at `yield return`.
//
// The reference run recorded for this course (`data/08-bounded-channel.json`) next to yours:

// ── cell code-17 ──
Terminal.Show(TimelineChart.Compare(backpressure.Snapshot(), ReferenceTimeline.Load("08-bounded-channel")));

// ## Why
//
// ### Pull, push, and a buffer in between
//
// An async iterator is **pull**: nothing happens until the consumer asks, and then only up to the next `yield return`. That makes it cheap and safe (no unbounded buffering, no work nobody asked for), and it means a slow consumer makes the producer wait *between* items, never *during* them: producing and processing never overlap (the first chart). A channel **decouples** the two: the producer pushes into a buffer at its own pace, any number of consumers take out at theirs. Unbounded, the buffer absorbs any difference in speed, until memory runs out. **Bounded**, `WriteAsync` awaits while the buffer is full: the producer is paused by the consumers without blocking a thread. `BoundedChannelFullMode` chooses what a full channel does instead of waiting: `DropOldest`, `DropNewest`, `DropWrite` (lose items on purpose, e.g. for telemetry).
//
// Rules that keep a channel pipeline from hanging:
//
// - **Complete the writer** when production ends (`writer.Complete()`, or `Complete(exception)` to pass a failure on): `ReadAllAsync` ends only then. Forgetting it is the classic hang: consumers await forever.
// - **Await the consumers**, not just the producer: the last items are still being processed when the producer finishes.
// - **Cancel** with a token: `ReadAllAsync(token)`, `WriteAsync(item, token)`. An async iterator takes one through a parameter marked `[EnumeratorCancellation]`, supplied by `readings.WithCancellation(token)`.
//
// ### `Parallel.ForEachAsync`
//
// It is `SemaphoreSlim` + `Task.WhenAll` done for you: a fixed number of workers pull items from the source (a collection or an `IAsyncEnumerable`) one at a time, so at most `MaxDegreeOfParallelism` bodies are in flight and a slow item does not hold back the others. If a body throws, it stops handing out items, cancels the token it passes to the bodies, waits for the running ones, and throws. Don't confuse it with `Parallel.ForEach` (no *Async*): that one takes a synchronous body, and an `async` lambda passed to it becomes `async void`: it returns at the first `await`, and the loop finishes before the work does (Lesson 7).
//
// ### Python ↔ C#
//
// | Python (asyncio) | C# |
// | --- | --- |
// | `async def readings(): … yield x` (async generator) | `async IAsyncEnumerable<int> Readings() { … yield return x; }` |
// | `async for x in readings():` | `await foreach (var x in Readings())` |
// | `queue = asyncio.Queue(maxsize=2)` | `var channel = Channel.CreateBounded<int>(2);` |
// | `await queue.put(x)` (waits while full) | `await channel.Writer.WriteAsync(x)` |
// | `x = await queue.get()` | `x = await channel.Reader.ReadAsync()`, or `await foreach (var x in channel.Reader.ReadAllAsync())` |
// | a sentinel per consumer, or `queue.shutdown()` (3.13+) | `channel.Writer.Complete()` |
// | `asyncio.Queue()` (no `maxsize`) | `Channel.CreateUnbounded<int>()` |
// | `sem = asyncio.Semaphore(3)` + `async with sem:` inside each task + `gather` | `Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 3 }, …)` (or `SemaphoreSlim(3)` + `Task.WhenAll`) |
//
// The Python version of the bounded pipeline above, for comparison:
//
// ```python
// async def produce(queue, count):
//     for i in range(1, count + 1):
//         await queue.put(i)            # waits while the queue is full
//     for _ in range(2):
//         await queue.put(None)         # one "no more items" sentinel per consumer
//
// async def consume(queue):
//     while (item := await queue.get()) is not None:
//         await asyncio.sleep(0.3)
//
// queue = asyncio.Queue(maxsize=2)
// await asyncio.gather(produce(queue, 8), consume(queue), consume(queue))
// ```
//
// One difference: a Python async generator's body runs on the event loop, one step per `__anext__`; a C# async iterator's body resumes on whatever thread completes its await (a pool thread here, the `Running` segments' thread ids), but still one step per `MoveNextAsync`, never concurrently with itself.
//
// ### Pitfalls
//
// ❌ **BAD** An unbounded channel between a fast producer and slow consumers: the backlog grows without limit.
//
// ```csharp
// var jobs = Channel.CreateUnbounded<Job>();
// ```
//
// ✅ **GOOD** A bounded channel: the producer waits while it is full.
//
// ```csharp
// var jobs = Channel.CreateBounded<Job>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.Wait });
// ```
//
// ❌ **BAD** The writer is never completed: `await foreach` over `ReadAllAsync()` never ends.
//
// ```csharp
// foreach (var job in batch) await jobs.Writer.WriteAsync(job);
// await Task.WhenAll(consumers);   // hangs
// ```
//
// ✅ **GOOD** Complete the writer when production is over (in a `finally`, with the exception if it failed).
//
// ```csharp
// try { foreach (var job in batch) await jobs.Writer.WriteAsync(job); }
// finally { jobs.Writer.Complete(); }
// await Task.WhenAll(consumers);
// ```
//
// ❌ **BAD** `Parallel.ForEach` with an async lambda: `async void`, no limit on the awaits, returns before the work is done.
//
// ```csharp
// Parallel.ForEach(items, async item => await Pack(item));
// ```
//
// ✅ **GOOD** `Parallel.ForEachAsync`, with the limit you mean.
//
// ```csharp
// await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (item, ct) => await Pack(item));
// ```
//
// ## Exercises
//
// ### Exercise 1: backpressure
//
// The same `Produce` and `Consume` with 12 items. The channel is unbounded, so the producer dumps all 12 into it at once. Change the **first line only** so that **no more than 3 items ever wait in the channel**, every item is still processed, and the producer waits for the consumers instead.

// ✏️ Exercise (cell ex-backpressure): change the code below, then run the app again; the check after it grades your change.
var orders = Channel.CreateUnbounded<int>();   // change this line
(taken, peakBacklog) = (0, 0);                 // keep: this exercise's counts
var buffered = Timeline.Record("12 items, 2 consumers");
clock.Restart();
await Task.WhenAll(Produce(orders, 12), Consume(orders.Reader, "A"), Consume(orders.Reader, "B"));
Console.WriteLine($"Producer finished at {producerDoneMs:0} ms; at most {peakBacklog} items waited in the channel; {taken} of 12 processed");
Terminal.Show(buffered);

// **Check:** all 12 items processed, at most 3 ever waiting in the channel, and the producer's lane on the timeline waited for the consumers (suspended for at least 200 ms at a time: a consumer takes 300 ms per item).

// ✔ Check (cell check-backpressure)
for (int wait = 0; wait < 100 && buffered.IsRecording; wait++) await Task.Delay(50);   // let every lane the cell started end
int processed = taken, backlog = peakBacklog;
var producer = buffered.Snapshot().Lanes.FirstOrDefault(lane => lane.Name.StartsWith("Produce("));
double longestWait = producer?.Segments.Where(s => s.Phase == SegmentPhase.Awaiting).Select(s => s.DurationMs).DefaultIfEmpty(0).Max() ?? 0;
Terminal.Show(Check.That("12 processed, at most 3 waiting, the producer held back", processed == 12 && backlog <= 3 && longestWait >= 200,
    processed != 12 ? $"{processed} of 12 items were processed: a full channel must make the writer wait, not drop items"
    : backlog > 3 ? $"up to {backlog} items waited in the channel, want at most 3"
    : longestWait < 200 ? (producer is null ? "the producer never suspended (it is not on the timeline): WriteAsync never had to wait" : $"the producer's longest wait was {longestWait:0} ms, want ≥ 200 ms")
    : $"12 processed, at most {backlog} waiting; the producer waited up to {longestWait:0} ms at a time"));

// ### Exercise 2: three couriers
//
// `Orders(9)` is an async iterator that yields 9 orders quickly; shipping one takes 300 ms. The cell ships them one after another (≈ 2.7 s). Ship them with **exactly three in flight at a time** (three couriers), all 9 shipped before the cell ends: `Parallel.ForEachAsync` over the iterator works (it accepts an `IAsyncEnumerable<T>`), and so does any other way that keeps three at a time. `Ship` counts the shipments in flight. Keep the lines marked `// keep`.

// ── cell code-21 ──
int shipped = 0, shipping = 0, peakShipping = 0;

async IAsyncEnumerable<int> Orders(int count)
{
    for (int i = 1; i <= count; i++)
    {
        await Task.Delay(10);                   // an order arrives
        yield return i;
    }
}

async Task Ship(int order)
{
    int now = Interlocked.Increment(ref shipping);
    lock (clock) peakShipping = Math.Max(peakShipping, now);
    await Task.Delay(300);                      // on the road
    Interlocked.Decrement(ref shipping);
    Interlocked.Increment(ref shipped);
}

// ✏️ Exercise (cell ex-three-couriers): change the code below, then run the app again; the check after it grades your change.
(shipped, shipping, peakShipping) = (0, 0, 0);     // keep: this exercise's counts
var couriers = Timeline.Record("Ship 9 orders");
await foreach (int order in Orders(9))
    await Ship(order);
int shippedWhenDone = shipped;                     // keep: what the check judges
Console.WriteLine($"{shippedWhenDone} of 9 shipped, at most {peakShipping} at once");
Terminal.Show(couriers);

// **Check:** all 9 shipped when the cell reached its last lines (`shippedWhenDone`, keep that line), and at most and at least 3 shipments in flight at once (`Ship`'s own count).

// ✔ Check (cell check-three-couriers)
for (int wait = 0; wait < 100 && couriers.IsRecording; wait++) await Task.Delay(50);   // let every shipment the cell started end
int shipCalls = couriers.Snapshot().Lanes.Count(lane => lane.Name.StartsWith("Ship("));
Terminal.Show(Check.That("9 orders shipped, three at a time", shippedWhenDone == 9 && shipped == 9 && peakShipping == 3,
    shippedWhenDone != 9 ? $"{shippedWhenDone} of 9 were shipped when the cell ended ({shipped} by now): await every shipment"
    : shipped != 9 ? $"{shipped} shipments for 9 orders"
    : peakShipping != 3 ? $"the most shipments in flight at once was {peakShipping}, want exactly 3"
    : $"9 shipped, at most 3 at once ({shipCalls} Ship lanes on the timeline)"));

// ## Further reading
//
// - .NET docs: [Generate and consume async streams](https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/generate-consume-asynchronous-stream) (`IAsyncEnumerable<T>`, `[EnumeratorCancellation]`, `WithCancellation`).
// - .NET docs: [System.Threading.Channels](https://learn.microsoft.com/dotnet/core/extensions/channels) (bounded and unbounded channels, `BoundedChannelFullMode`, producer/consumer patterns).
// - Stephen Toub, [An Introduction to System.Threading.Channels](https://devblogs.microsoft.com/dotnet/an-introduction-to-system-threading-channels/).
// - .NET docs: [Parallel.ForEachAsync](https://learn.microsoft.com/dotnet/api/system.threading.tasks.parallel.foreachasync).
// - Python docs: [Asynchronous generators (PEP 525)](https://peps.python.org/pep-0525/), [asyncio.Queue](https://docs.python.org/3/library/asyncio-queue.html), [asyncio.Semaphore](https://docs.python.org/3/library/asyncio-sync.html#asyncio.Semaphore).
//
// Next: **Lesson 9**, a resilient concurrent client.
