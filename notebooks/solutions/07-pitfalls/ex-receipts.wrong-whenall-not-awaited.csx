var till = Timeline.Record("Three receipts");
receipts.Clear();
_ = Task.WhenAll(orders.Select(PrintReceipt));
int printedWhenTheCellEnded = receipts.Count;   // keep this line last
