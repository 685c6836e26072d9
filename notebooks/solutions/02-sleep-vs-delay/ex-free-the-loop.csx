var kitchen = new Timeline("Brews on an event loop", TimelineMode.EventLoop);
async Task LoopBrew()
{
    await Task.Delay(50).Labeled("boil water");
    await Task.Delay(2000).Labeled("steeping");   // the loop runs the other brews meanwhile
}
await Task.WhenAll(kitchen.Lane("Masala", LoopBrew), kitchen.Lane("Green", LoopBrew), kitchen.Lane("Ginger", LoopBrew));
kitchen.Gantt()
