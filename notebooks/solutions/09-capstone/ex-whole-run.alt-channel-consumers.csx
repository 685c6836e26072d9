await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = Enumerable.Range(1, 12).ToDictionary(i => $"doc-{i}", i => i == 2 ? "delay=0.5&fail=1" : "delay=0.5");   // keep
var fetched = new ConcurrentDictionary<string, string>();                 // keep: key → outcome of each document that got an answer
var reports = new PrintedProgress();                                      // keep: report each of them here too
var userCancel = new CancellationTokenSource(TimeSpan.FromSeconds(1.25));  // keep: the user presses Cancel at 1.25 s
var whole = Timeline.Record("12 documents, Cancel at 1.25 s");
// Lesson 8's shape: a channel of keys and three consumers.
var keys = System.Threading.Channels.Channel.CreateUnbounded<string>();
foreach (var key in plan.Keys) keys.Writer.TryWrite(key);
keys.Writer.Complete();
int done = 0;
async Task Consume(CancellationToken cancellationToken)
{
    while (await keys.Reader.WaitToReadAsync(cancellationToken))
        while (keys.Reader.TryRead(out var key))
        {
            string outcome = await Fetch(pipeline, key, cancellationToken);
            fetched[key] = outcome;
            reports.Report(new FetchReport(key, outcome, Interlocked.Increment(ref done), plan.Count));
        }
}
try
{
    await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Consume(userCancel.Token)));
}
catch (OperationCanceledException)
{
    Console.WriteLine("Cancelled");
}
Console.WriteLine($"{fetched.Count} of {plan.Count} documents fetched, {reports.Reports.Count} reported");
whole
