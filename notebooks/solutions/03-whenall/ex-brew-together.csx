var kitchen = new Timeline("Three brews");
var cups = new List<string>(await Task.WhenAll(
    kitchen.Lane("Masala", () => Brew("Masala")),
    kitchen.Lane("Green", () => Brew("Green")),
    kitchen.Lane("Ginger", () => Brew("Ginger"))));
kitchen.Gantt()
