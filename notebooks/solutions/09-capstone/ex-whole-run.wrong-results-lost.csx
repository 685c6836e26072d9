await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = Enumerable.Range(1, 12).ToDictionary(i => $"doc-{i}", i => i == 2 ? "delay=0.5&fail=1" : "delay=0.5");   // keep
var fetched = new ConcurrentDictionary<string, string>();                 // keep: key → outcome of each document that got an answer
var reports = new PrintedProgress();                                      // keep: report each of them here too
var userCancel = new CancellationTokenSource(TimeSpan.FromSeconds(1.25));  // keep: the user presses Cancel at 1.25 s
var whole = Timeline.Record("12 documents, Cancel at 1.25 s");
// Wrong: FetchAll is bounded, cancellable and reports progress, but at Cancel it throws, and the outcomes it had are lost.
try
{
    foreach (var (key, outcome) in await FetchAll(plan.Keys, maxInFlight: 3, reports, userCancel.Token))
        fetched[key] = outcome;
}
catch (OperationCanceledException)
{
    Console.WriteLine("Cancelled");
}
Console.WriteLine($"{fetched.Count} of {plan.Count} documents fetched, {reports.Reports.Count} reported");
whole
