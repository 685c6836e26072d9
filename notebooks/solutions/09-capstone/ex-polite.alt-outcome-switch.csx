await lab.DisposeAsync();
lab = await LabServer.StartAsync();   // keep: a fresh lab server, whose counts are this exercise's alone
plan = new() { ["flaky"] = "fail=2", ["missing"] = "fail=9&status=404", ["hanging"] = "delay=2" };   // keep
// The same rules written out: which outcomes to retry as a switch, and the backoff as a delay generator (0.2 s × 2^n).
var polite = new ResiliencePipelineBuilder<HttpResponseMessage>()
    .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
    {
        ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => IsTransient(response.StatusCode),
            _ => false,
        }),
        MaxRetryAttempts = 2,
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(TimeSpan.FromSeconds(0.2 * Math.Pow(2, args.AttemptNumber))),
    })
    .AddTimeout(new TimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(0.5) })
    .Build();

var politeRun = Timeline.Record("Retry what can succeed");   // keep this line and the rest
string[] politeOutcomes = await Task.WhenAll(plan.Keys.Select(key => Fetch(polite, key, CancellationToken.None)));
Console.WriteLine(string.Join(", ", plan.Keys.Zip(politeOutcomes, (key, outcome) => $"{key}: {outcome}")));
politeRun
