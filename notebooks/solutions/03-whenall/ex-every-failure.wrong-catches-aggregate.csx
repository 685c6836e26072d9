var failures = new List<string>();
var rush = Timeline.Record("Morning rush");
Task<string>[] rushOrders = { Brew("Masala"), Spill("Green", 1000), Spill("Ginger", 500) };
try
{
    await Task.WhenAll(rushOrders);
}
catch (AggregateException ex)               // await rethrows the first inner exception, not the AggregateException
{
    failures.AddRange(ex.InnerExceptions.Select(e => e.Message));
}
catch (InvalidOperationException ex)
{
    failures.Add(ex.Message);
}
Console.WriteLine($"Reported: {string.Join("; ", failures)}");
