await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = Enumerable.Range(1, 12).ToDictionary(i => $"doc-{i}", i => i == 2 ? "delay=0.5&fail=1" : "delay=0.5");   // keep
var fetched = new ConcurrentDictionary<string, string>();                 // keep: key → outcome of each document that got an answer
var reports = new PrintedProgress();                                      // keep: report each of them here too
var userCancel = new CancellationTokenSource(TimeSpan.FromSeconds(1.25));  // keep: the user presses Cancel at 1.25 s
var whole = Timeline.Record("12 documents, Cancel at 1.25 s");
// Wrong: the loop gets the token, the requests do not: at Cancel no new document starts, but the ones in flight run on.
int done = 0;
try
{
    await Parallel.ForEachAsync(plan.Keys, new ParallelOptions { MaxDegreeOfParallelism = 3, CancellationToken = userCancel.Token },
        async (key, token) =>
        {
            string outcome = await Fetch(pipeline, key, CancellationToken.None);
            fetched[key] = outcome;
            reports.Report(new FetchReport(key, outcome, Interlocked.Increment(ref done), plan.Count));
        });
}
catch (OperationCanceledException)
{
    Console.WriteLine("Cancelled");
}
Console.WriteLine($"{fetched.Count} of {plan.Count} documents fetched, {reports.Reports.Count} reported");
whole
