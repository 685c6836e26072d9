using System.Diagnostics;
using System.Net;
using TaskTimeline.Lab;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>1,000 concurrent GETs of /delay/1 to the lab server through one HttpClient, beside one request and the sequential cost.</summary>
internal sealed class HttpFigure : Figure
{
    private const int Requests = 1000;
    private LabServer? _lab;

    public override string Name => "http";
    public override string Description => $"{Requests:N0} concurrent /delay/1 requests to the lab server with one HttpClient (bar: ≤ 1.5 s) vs 1 request and {Requests:N0} × 1 request";

    public override async Task SetUpAsync(FigureContext context)
    {
        _lab = await LabServer.StartAsync(new LabServerOptions { HonorBaseUrlVariable = false });
        using var warm = new HttpClient();
        await Get(warm, _lab.Url("/delay/0"));
    }

    public override async Task<IReadOnlyList<Measurement>> MeasureAsync(FigureContext context)
    {
        var url = _lab!.Url("/delay/1");
        // A fresh client per run: its connections are opened inside the timed part, as in a lesson.
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        await Get(http, url);
        double single = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Get(http, url)));
        double concurrent = clock.Elapsed.TotalMilliseconds;

        using var recordedHttp = new HttpClient();
        using var timeline = new Timeline("1,000 GETs");
        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => timeline.Lane($"GET {i}", () => Get(recordedHttp, url))));
        double recorded = clock.Elapsed.TotalMilliseconds;
        var snapshot = timeline.Snapshot();
        if (snapshot.Lanes.Count(l => l.Outcome == LaneOutcome.Completed) != Requests)
            throw new InvalidOperationException($"Only {snapshot.Lanes.Count(l => l.Outcome == LaneOutcome.Completed)} of {Requests} recorded requests completed.");

        return
        [
            new("1 request", single, "ms"),
            new($"{Requests:N0} concurrent requests", concurrent, "ms"),
            new($"{Requests:N0} concurrent requests, each a recorded lane", recorded, "ms"),
            new($"sequential extrapolation ({Requests:N0} × 1 request)", single * Requests, "ms"),
        ];
    }

    public override async Task TearDownAsync()
    {
        if (_lab is not null) await _lab.DisposeAsync();
    }

    private static async Task Get(HttpClient http, Uri url)
    {
        using var response = await http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
    }
}
