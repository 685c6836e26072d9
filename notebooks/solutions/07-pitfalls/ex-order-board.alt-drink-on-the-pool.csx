class OrderBoard
{
    private readonly TaskCompletionSource<string> _cup = new();
    public Task<string> Cup => _cup.Task;
    public void Announce(string cup) => _cup.SetResult(cup);
}

async Task Regular(string name, OrderBoard board)
{
    string cup = await board.Cup;
    await Task.Run(() => Thread.Sleep(150));   // drinks it on a pool thread
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
