class OrderBoard
{
    private readonly TaskCompletionSource<string> _cup = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public Task<string> Cup => _cup.Task;
    public void Announce(string cup) => _cup.SetResult(cup);
}

async Task Regular(string name, OrderBoard board)
{
    string cup = await board.Cup;
    Thread.Sleep(150);   // drinks it
}

async Task CallOut(OrderBoard board)
{
    await Task.Delay(100);
    board.Announce("a cup of Masala");
}

var board = new OrderBoard();
var rush = Timeline.Record("Three regulars, one order board");
await Task.WhenAll(Regular("Ana", board), Regular("Ben", board), Regular("Cy", board), CallOut(board));
rush
