var breakfast = new Timeline("Breakfast");
Task chaiIsSteeping = breakfast.Lane("BrewChai", BrewChai);   // hot: the chai is already steeping
await breakfast.Lane("ToastBread", ToastBread);                // toast meanwhile
await chaiIsSteeping;                                          // then wait for the chai
breakfast.Gantt()
