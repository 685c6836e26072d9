#r "nuget: Microsoft.Extensions.Http.Resilience, 10.11.0"
using Microsoft.Extensions.Http.Resilience;

await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = new() { ["flaky"] = "fail=2", ["missing"] = "fail=9&status=404", ["hanging"] = "delay=2" };   // keep
// Microsoft.Extensions.Http.Resilience: its HTTP options know the transient failures (5xx, 408, 429, HttpRequestException, attempt timeouts).
var polite = new ResiliencePipelineBuilder<HttpResponseMessage>()
    .AddRetry(new HttpRetryStrategyOptions
    {
        MaxRetryAttempts = 2,
        Delay = TimeSpan.FromSeconds(0.2),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = false,
    })
    .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(0.5) })
    .Build();

var politeRun = Timeline.Record("Retry what can succeed");   // keep this line and the rest
string[] politeOutcomes = await Task.WhenAll(plan.Keys.Select(key => Fetch(polite, key, CancellationToken.None)));
Console.WriteLine(string.Join(", ", plan.Keys.Zip(politeOutcomes, (key, outcome) => $"{key}: {outcome}")));
politeRun
