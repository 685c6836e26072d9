var till = Timeline.Record("Three receipts");
receipts.Clear();
List<Task> printing = orders.Select(PrintReceipt).ToList();   // all started
foreach (Task receipt in printing) await receipt;
int printedWhenTheCellEnded = receipts.Count;   // keep this line last
