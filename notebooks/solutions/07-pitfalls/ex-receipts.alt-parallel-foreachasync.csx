var till = Timeline.Record("Three receipts");
receipts.Clear();
await Parallel.ForEachAsync(orders, new ParallelOptions { MaxDegreeOfParallelism = orders.Count }, async (tea, _) => await PrintReceipt(tea));
int printedWhenTheCellEnded = receipts.Count;   // keep this line last
