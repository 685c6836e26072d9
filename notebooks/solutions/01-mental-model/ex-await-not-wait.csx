async Task Caller()
{
    Task brewing = BrewChai();
    await brewing;                // suspends: the thread goes back to the pool while the chai steeps
    Console.WriteLine("  caller: pouring the chai");
}

var waiting = new Timeline("Waiting for chai");
await waiting.Lane("caller", Caller);
waiting.Gantt()
