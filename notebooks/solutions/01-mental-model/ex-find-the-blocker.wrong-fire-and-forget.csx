async Task<string> Steep()
{
    await Task.Delay(2000);
    return "chai";
}

async Task<string> Pour()
{
    _ = Steep();                      // started, never awaited
    string tea = "chai";
    await Task.Delay(100);            // pouring
    return $"a cup of {tea}";
}

var pouring = Timeline.Record("Pouring a cup");
string cup = await Pour();
Console.WriteLine(cup);
pouring
