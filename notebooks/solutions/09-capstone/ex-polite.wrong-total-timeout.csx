await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = new() { ["flaky"] = "fail=2", ["missing"] = "fail=9&status=404", ["hanging"] = "delay=2" };   // keep
// Wrong: the timeout is outside the retry, one 0.5 s budget for all the attempts together.
var polite = new ResiliencePipelineBuilder<HttpResponseMessage>()
    .AddTimeout(TimeSpan.FromSeconds(0.5))
    .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
    {
        ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(response => IsTransient(response.StatusCode)),
        MaxRetryAttempts = 2,
        Delay = TimeSpan.FromSeconds(0.2),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = false,
    })
    .Build();

var politeRun = Timeline.Record("Retry what can succeed");   // keep this line and the rest
string[] politeOutcomes = await Task.WhenAll(plan.Keys.Select(key => Fetch(polite, key, CancellationToken.None)));
Console.WriteLine(string.Join(", ", plan.Keys.Zip(politeOutcomes, (key, outcome) => $"{key}: {outcome}")));
politeRun
