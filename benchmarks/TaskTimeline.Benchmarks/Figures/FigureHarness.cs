using System.Globalization;
using System.Text.Json;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>Repeats a figure, then prints and saves the median and range of each of its series.</summary>
internal sealed class FigureHarness(FigureContext context, DirectoryInfo results)
{
    public async Task<IReadOnlyList<SeriesSummary>> RunAsync(Figure figure, int? runs)
    {
        int count = context.Smoke ? 1 : runs ?? figure.DefaultRuns;
        context.Log.WriteLine($"== figure {figure.Name}: {figure.Description} ({count} run{(count == 1 ? "" : "s")})");
        string loadBefore = LoadAverage();
        await figure.SetUpAsync(context);
        var all = new List<Measurement>();
        try
        {
            for (int i = 0; i < count; i++)
            {
                var measured = await figure.MeasureAsync(context);
                context.Log.WriteLine($"   run {i + 1}: " + string.Join("; ", measured.Select(m => $"{m.Series} = {Format(m.Value)} {m.Unit}")));
                all.AddRange(measured);
            }
        }
        finally
        {
            await figure.TearDownAsync();
        }
        var summaries = all.GroupBy(m => (m.Series, m.Unit))
            .Select(g => SeriesSummary.Of(g.Key.Series, g.Key.Unit, g.Select(m => m.Value).ToArray()))
            .ToArray();
        foreach (var s in summaries)
            context.Log.WriteLine($"   {s.Series}: median {Format(s.Median)} {s.Unit} (range {Format(s.Min)}–{Format(s.Max)}, n={s.Values.Length})");
        string loadAfter = LoadAverage();
        context.Log.WriteLine($"   load average (1, 5, 15 min) before: {loadBefore}; after: {loadAfter}");
        results.Create();
        var path = Path.Combine(results.FullName, $"figure-{figure.Name}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new FigureReport(figure.Name, figure.Description, Environment.ProcessorCount, DateTime.UtcNow, loadBefore, loadAfter, summaries), JsonOptions));
        context.Log.WriteLine($"   saved {path}");
        return summaries;
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to say how quiet the machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    internal static string Format(double value) => value.ToString(value >= 100 ? "0" : value >= 10 ? "0.0" : "0.00#", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

/// <summary>Median and range of one series over several runs.</summary>
internal sealed record SeriesSummary(string Series, string Unit, double Median, double Min, double Max, double[] Values)
{
    public static SeriesSummary Of(string series, string unit, double[] values)
    {
        var sorted = values.Order().ToArray();
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new SeriesSummary(series, unit, median, sorted[0], sorted[^1], values);
    }
}

/// <summary>What a figure run saves: enough to fill docs/benchmarks.md.</summary>
internal sealed record FigureReport(string Figure, string Description, int Cores, DateTime MeasuredUtc, string LoadBefore, string LoadAfter, IReadOnlyList<SeriesSummary> Series);
