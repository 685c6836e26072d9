async Task<string> Steep()
{
    await Task.Delay(2000);
    return "chai";
}

async Task<string> Pour()
{
    string tea = await Steep();
    await Task.Delay(100);            // pouring
    return $"a cup of {tea}";
}

var pouring = Timeline.Record("Pouring a cup");
string cup = Pour().Result;           // no blocking in Pour() any more: it moved to the cell
Console.WriteLine(cup);
pouring
