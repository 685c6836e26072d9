using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaskTimeline.Charts.Rendering;
using TaskTimeline.Charts.Spec;

namespace TaskTimeline.Benchmarks;

/// <summary>
/// Draws the recorder's cost per event against the number of lanes (ConcurrentRecording results) with the project's own chart
/// pipeline: a chart spec, Plotly.NET in its private load context, the same HTML page, then a PNG from headless Chromium.
/// </summary>
internal static class CostVsLanesChart
{
    private const string ConcurrentReport = "TaskTimeline.Benchmarks.Recorder.ConcurrentRecording-report-full.json";
    private const string SingleThreadReport = "TaskTimeline.Benchmarks.Recorder.SingleThreadRecording-report-full.json";

    public static async Task DrawAsync(DirectoryInfo results, string pngFolder, TextWriter log)
    {
        var points = ReadConcurrent(Path.Combine(results.FullName, "results", ConcurrentReport));
        var threadCounts = points.Select(p => p.Threads).Distinct().Order().ToArray();
        var laneCounts = points.Select(p => p.Lanes).Distinct().Order().ToArray();
        var rows = laneCounts.Select(l => $"{l:N0} lanes").ToArray();
        double singleAtMost = points.Where(p => p.Threads == 1 && p.Lanes == laneCounts[^1]).Select(p => p.CpuNs).DefaultIfEmpty(double.NaN).First();

        var recordAlone = ReadMedian(Path.Combine(results.FullName, "results", SingleThreadReport), "TimelineRecord_LessonSized");
        var panels = new List<PanelContent>();
        for (int i = 0; i < threadCounts.Length; i++)
        {
            int threads = threadCounts[i];
            var trace = new BarTrace($"{threads} thread{(threads == 1 ? "" : "s")}", $"t{threads}", ChartPalette.ForLane(i));
            foreach (var p in points.Where(p => p.Threads == threads).OrderBy(p => p.Lanes))
                trace.Add($"{p.Lanes:N0} lanes", 0, p.CpuNs,
                    $"{p.Lanes:N0} lanes, {threads} recording thread{(threads == 1 ? "" : "s")}: median {Ns(p.CpuNs)} per event (range {Ns(p.MinNs)}–{Ns(p.MaxNs)})",
                    Ns(p.CpuNs));
            // Dashed lines: on one thread, Timeline.Record alone (the rest of a lane life is registering the lane);
            // on every core, the bar: 3 × the one-thread cost at the most lanes.
            double marker = threads == 1 ? recordAlone ?? double.NaN : 3 * singleAtMost;
            var title = threads == 1
                ? $"<b>1 recording thread</b> · dashed: Timeline.Record alone, {Ns(marker)} (a lane life adds registering the lane)"
                : $"<b>{threads} recording threads at once</b> (CPU time per event = wall time × {threads}) · dashed: bar 3 × one thread = {Ns(marker)}";
            panels.Add(new PanelContent(PanelKind.Rows, title, rows, "lanes per timeline", 40 * rows.Length + 20, marker, [trace.ToSpec(withText: true)]));
        }
        double xMax = Math.Max(points.Max(p => p.CpuNs), 3 * singleAtMost) * 1.1;
        var reference = ReadMedian(Path.Combine(results.FullName, "results", SingleThreadReport), "StopwatchGetTimestamp");
        var subtitle = reference is { } r ? $"<br><sub>median of BenchmarkDotNet iterations · Stopwatch.GetTimestamp() alone: {Ns(r)} · {Environment.ProcessorCount} cores</sub>" : "";
        var spec = ChartComposer.Compose("Recorder cost per event vs lanes" + subtitle, panels, xMax, markTotals: true)
            with { XTitle = "ns per recorded event (lower is better)" };
        var figure = InNanoseconds(PlotlyBridge.FigureJson(spec.ToJson()));
        var html = ChartHtml.Document("Recorder cost per event vs lanes", ChartHtml.Library + ChartHtml.Fragment(figure, spec.HeightPx));

        var htmlPath = Path.Combine(results.FullName, "benchmarks-cost-vs-lanes.html");
        await File.WriteAllTextAsync(htmlPath, html);
        Directory.CreateDirectory(pngFolder);
        var pngPath = Path.Combine(pngFolder, "benchmarks-cost-vs-lanes.png");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = spec.HeightPx + 40 } });
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);
        await HeadlessChromium.WaitForChartAsync(page, spec.Traces.Count, points.Count);
        await page.ScreenshotAsync(new() { Path = pngPath, FullPage = true });
        log.WriteLine($"chart: {pngPath} (page {htmlPath})");
    }

    /// <summary>The project's charts speak milliseconds and write labels inside bars; this one is in nanoseconds with labels beside short bars.</summary>
    private static string InNanoseconds(string figureJson)
    {
        var figure = JsonNode.Parse(figureJson)!;
        foreach (var (key, axis) in figure["layout"]!.AsObject().ToArray())
            if (key.StartsWith("xaxis", StringComparison.Ordinal)) axis!["ticksuffix"] = " ns";
        foreach (var trace in figure["data"]!.AsArray())
        {
            trace!["textposition"] = "outside";
            trace["textfont"] = new JsonObject { ["color"] = "#333" };
            trace["cliponaxis"] = false;
        }
        return figure.ToJsonString();
    }

    private sealed record Point(int Lanes, int Threads, double CpuNs, double MinNs, double MaxNs);

    private static List<Point> ReadConcurrent(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} is missing: run --micro --filter *ConcurrentRecording* first.", path);
        using var report = JsonDocument.Parse(File.ReadAllText(path));
        var points = new List<Point>();
        foreach (var b in report.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            var parameters = b.GetProperty("Parameters").GetString()!.Split('&').Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => int.Parse(kv[1], CultureInfo.InvariantCulture));
            var stats = b.GetProperty("Statistics");
            int threads = parameters["Threads"];
            // BenchmarkDotNet reports wall time per event; with every thread recording, CPU time per event is that × threads.
            points.Add(new Point(parameters["Lanes"], threads, stats.GetProperty("Median").GetDouble() * threads,
                stats.GetProperty("Min").GetDouble() * threads, stats.GetProperty("Max").GetDouble() * threads));
        }
        if (points.Count == 0) throw new InvalidDataException($"{path} holds no benchmarks.");
        return points;
    }

    private static double? ReadMedian(string path, string method)
    {
        if (!File.Exists(path)) return null;
        using var report = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var b in report.RootElement.GetProperty("Benchmarks").EnumerateArray())
            if (b.GetProperty("Method").GetString() == method) return b.GetProperty("Statistics").GetProperty("Median").GetDouble();
        return null;
    }

    private static string Ns(double ns) => ns.ToString(ns >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture) + " ns";
}
