async Task Ticker()
{
    for (int tick = 0; tick < 8; tick++)
        await Task.Delay(250);    // repaint every 250 ms
}

async Task<string> LoopBrew(string name)
{
    await Task.Delay(50);         // boil water
    await Task.Delay(2000);       // steeping: the loop runs the ticker and the other brews meanwhile
    return $"a cup of {name}";
}

var kitchen = Timeline.Record("A ticker and three brews on an event loop");
await EventLoop.Run(() => Task.WhenAll(Ticker(), LoopBrew("Masala"), LoopBrew("Green"), LoopBrew("Ginger")));
kitchen
