await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = new() { ["flaky"] = "fail=2", ["missing"] = "fail=9&status=404", ["hanging"] = "delay=2" };   // keep
// Wrong: retries at once, no backoff.
var polite = new ResiliencePipelineBuilder<HttpResponseMessage>()
    .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
    {
        ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(response => IsTransient(response.StatusCode)),
        MaxRetryAttempts = 2,
        Delay = TimeSpan.Zero,
    })
    .AddTimeout(TimeSpan.FromSeconds(0.5))
    .Build();

var politeRun = Timeline.Record("Retry what can succeed");   // keep this line and the rest
string[] politeOutcomes = await Task.WhenAll(plan.Keys.Select(key => Fetch(polite, key, CancellationToken.None)));
Console.WriteLine(string.Join(", ", plan.Keys.Zip(politeOutcomes, (key, outcome) => $"{key}: {outcome}")));
politeRun
