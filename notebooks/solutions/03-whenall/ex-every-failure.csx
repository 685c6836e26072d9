var failures = new List<string>();
var rush = new Timeline("Morning rush");
Task<string>[] rushOrders =
{
    rush.Lane("Masala", () => Brew("Masala")),
    rush.Lane("Green", () => Spill("Green", 500)),
    rush.Lane("Ginger", () => Spill("Ginger", 1000)),
};
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
