namespace TaskTimeline.Benchmarks.Figures;

/// <summary>Every stopwatch figure, in the order of the table in docs/benchmarks.md.</summary>
internal static class FigureCatalog
{
    private static Figure[] All() =>
    [
        new ManyLanesFigure(),
        new ChromiumFigure(),
        new WhenAllFigure(),
        new HttpFigure(),
        new RunnerStartFigure(),
        new CourseFigure(),
    ];

    public static IEnumerable<string> Names => All().Select(f => f.Name);

    /// <summary>The named figures (all of them for none or "all"); null if a name is unknown.</summary>
    public static IReadOnlyList<Figure>? Select(IReadOnlyCollection<string> names)
    {
        var all = All();
        if (names.Count == 0 || names.Contains("all")) return all;
        var chosen = names.Select(n => all.FirstOrDefault(f => f.Name == n)).ToArray();
        return chosen.Any(f => f is null) ? null : chosen.Select(f => f!).ToArray();
    }
}
