var failures = new List<string>();
var rush = Timeline.Record("Morning rush");
Task<string>[] rushOrders = { Brew("Masala"), Spill("Green", 1000), Spill("Ginger", 500) };
foreach (var order in rushOrders)
{
    try
    {
        await order;
    }
    catch (Exception ex)
    {
        failures.Add(ex.Message);
    }
}
Console.WriteLine($"Reported: {string.Join("; ", failures)}");
