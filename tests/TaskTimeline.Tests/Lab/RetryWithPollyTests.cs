using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Retry;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>The capstone's retries, with the libraries it uses (Polly 8 and Microsoft.Extensions.Http.Resilience), against <c>/flaky</c>.</summary>
public sealed class RetryWithPollyTests
{
    /// <summary>Short and fixed, so the tests wait milliseconds; the backoff itself is Polly's, not under test.</summary>
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(1);

    [Theory]
    [InlineData(0, HttpStatusCode.OK, 1)]
    [InlineData(2, HttpStatusCode.OK, 3)]
    [InlineData(3, HttpStatusCode.OK, 4)]
    [InlineData(5, HttpStatusCode.ServiceUnavailable, 4)]
    public async Task A_polly_retry_pipeline_retries_503_until_an_answer_or_its_limit(int fail, HttpStatusCode final, int calls)
    {
        // Given a key whose first `fail` calls answer 503, and a pipeline allowed 3 retries
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient();
        var retried = new List<int>();
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>().HandleResult(r => r.StatusCode == HttpStatusCode.ServiceUnavailable),
                MaxRetryAttempts = 3,
                Delay = Backoff,
                BackoffType = DelayBackoffType.Exponential,
                OnRetry = args => { retried.Add(args.AttemptNumber); return default; },
            })
            .Build();

        // When the resource is fetched through the pipeline
        using var response = await pipeline.ExecuteAsync(async cancel => await http.GetAsync(lab.Url($"/flaky/doc?fail={fail}"), cancel));

        // Then the answer is the last call's, and the server counted every attempt Polly made
        Assert.Equal(final, response.StatusCode);
        Assert.Equal(calls.ToString(), Assert.Single(response.Headers.GetValues("X-Lab-Attempt")));
        Assert.Equal(calls, lab.Stats.Attempts("doc"));
        Assert.Equal(Enumerable.Range(0, calls - 1), retried);
    }

    [Fact]
    public async Task The_http_resilience_handler_retries_transient_failures_inside_HttpClient()
    {
        // Given an HttpClient whose handler retries transient HTTP failures (5xx, 408, 429) up to 3 times
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 3, Delay = Backoff, UseJitter = false })
            .Build();
        using var http = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler() });

        // When three resources are fetched at once, failing 0, 1 and 2 times with different transient codes, and one with a non-transient 404
        var fetches = new[] { "/flaky/a", "/flaky/b?fail=1&status=500", "/flaky/c?fail=2&status=429" }.Select(path => http.GetStringAsync(lab.Url(path)));
        await Task.WhenAll(fetches);
        using var notTransient = await http.GetAsync(lab.Url("/flaky/d?fail=1&status=404"));

        // Then each transient failure was retried just enough, and the 404 was not retried
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 1 }, lab.Stats.AttemptsByKey);
        Assert.Equal(HttpStatusCode.NotFound, notTransient.StatusCode);
    }
}
