var failures = new List<string>();
var rush = Timeline.Record("Morning rush");
Task<string>[] rushOrders = { Brew("Masala"), Spill("Green", 1000), Spill("Ginger", 500) };
Task<string[]> everything = Task.WhenAll(rushOrders);
try
{
    await everything;
}
catch
{
    failures.AddRange(everything.Exception!.InnerExceptions.Select(e => e.Message));   // all of them, not just the first
}
Console.WriteLine($"Reported: {string.Join("; ", failures)}");
