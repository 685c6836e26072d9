var till = Timeline.Record("Three receipts");
receipts.Clear();
Parallel.ForEach(orders, async tea => await PrintReceipt(tea));
int printedWhenTheCellEnded = receipts.Count;   // keep this line last
