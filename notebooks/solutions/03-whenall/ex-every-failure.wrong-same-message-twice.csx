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
    failures.Add(ex.Message);               // two entries, but the same failure twice
}
Console.WriteLine($"Reported: {string.Join("; ", failures)}");
