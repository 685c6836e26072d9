var till = Timeline.Record("Three receipts");
receipts.Clear();
foreach (var tea in orders) await PrintReceipt(tea);
int printedWhenTheCellEnded = receipts.Count;   // keep this line last
