using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary><c>/flaky/{key}?fail=N&amp;status=S&amp;delay=D</c>: the first N calls of a key fail with S, later ones answer 200, and the server counts every call.</summary>
public sealed class FlakyEndpointTests
{
    [Fact]
    public async Task The_first_calls_of_a_key_fail_then_it_answers_200()
    {
        // Given a fresh server (counts are per server)
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient();

        // When the same key is called three times, the first two meant to fail
        var answers = new List<(HttpStatusCode Status, string Attempt, string Body)>();
        for (int i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(lab.Url("/flaky/report?fail=2&status=503"));
            answers.Add((response.StatusCode, Assert.Single(response.Headers.GetValues("X-Lab-Attempt")), await response.Content.ReadAsStringAsync()));
        }

        // Then calls 1 and 2 fail with the reason, call 3 answers like httpbin's /get, and the server counted 3
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], answers.Select(a => a.Status));
        Assert.Equal(["1", "2", "3"], answers.Select(a => a.Attempt));
        Assert.Equal("/flaky/report: call 1 fails with 503, as the first 2 do; call 3 will answer 200.\n", answers[0].Body);
        using var json = JsonDocument.Parse(answers[2].Body);
        Assert.Equal(["args", "headers", "origin", "url"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2", json.RootElement.GetProperty("args").GetProperty("fail").GetString());
        Assert.Equal(3, lab.Stats.Attempts("report"));
    }

    [Fact]
    public async Task Keys_are_counted_apart()
    {
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient();

        // When key a is called twice and key b once, each failing its first call with 500
        using var a1 = await http.GetAsync(lab.Url("/flaky/a?fail=1&status=500"));
        using var b1 = await http.GetAsync(lab.Url("/flaky/b?fail=1&status=500"));
        using var a2 = await http.GetAsync(lab.Url("/flaky/a?fail=1&status=500"));

        // Then b's first call failed although a had already been called
        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK], new[] { a1, b1, a2 }.Select(r => r.StatusCode));
        Assert.Equal(new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 }, lab.Stats.AttemptsByKey);
        Assert.Equal(0, lab.Stats.Attempts("never called"));
    }

    [Fact]
    public async Task Without_a_query_nothing_fails_and_fail_alone_fails_with_503()
    {
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient();

        using var plain = await http.GetAsync(lab.Url("/flaky/plain"));
        using var failOnce = await http.GetAsync(lab.Url("/flaky/once?fail=1"));

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failOnce.StatusCode);
        // No delay was asked for, so none was counted
        Assert.Equal(0, lab.Stats.DelaysStarted);
    }

    [Theory]
    [InlineData("/flaky/k?fail=-1", "/flaky/k: fail='-1' is not a whole number of calls from 0 up; use e.g. ?fail=2.")]
    [InlineData("/flaky/k?fail=two", "/flaky/k: fail='two' is not a whole number of calls from 0 up; use e.g. ?fail=2.")]
    [InlineData("/flaky/k?status=200", "/flaky/k: status='200' is not a failure status from 400 to 599; use e.g. ?status=503.")]
    [InlineData("/flaky/k?status=1e3", "/flaky/k: status='1e3' is not a failure status from 400 to 599; use e.g. ?status=503.")]
    [InlineData("/flaky/k?delay=10.0004", "/flaky/k: delay: 10.0004 seconds is over the lab server's cap of 10 seconds (compared exactly, not rounded; httpbin caps delays at 10 s too).")]
    [InlineData("/flaky/k?delay=-1", "/flaky/k: delay: a delay cannot be negative; use 0 to 10 seconds.")]
    public async Task Bad_queries_are_answered_400_with_the_parameter_and_value_and_not_counted(string path, string reason)
    {
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient();

        using var response = await http.GetAsync(lab.Url(path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason + "\n", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, lab.Stats.Attempts("k"));
    }

    [Fact]
    public async Task Concurrent_slow_calls_show_in_the_peak_and_the_failure_comes_after_the_delay()
    {
        // Given three calls of different keys, each waiting 2 s on a clock only the test moves, the first call of each failing
        var clock = new FakeTimeProvider();
        await using var lab = await LabServerFixture.StartAsync(clock);
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();
        var calls = Enumerable.Range(1, 3).Select(i => http.GetAsync(lab.Url($"/flaky/r{i}?fail=1&delay=2"))).ToArray();

        // When all three are waiting, then the clock passes 2 s
        await signals.Started(3, "the three calls were not under way together");
        Assert.All(calls, call => Assert.False(call.IsCompleted));
        clock.Advance(TimeSpan.FromSeconds(2));
        var responses = await Task.WhenAll(calls);

        // Then the server saw three at once, and each failed only after its wait
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
        Assert.Equal(3, lab.Stats.PeakRequestsInFlight);
        Assert.Equal(3, lab.Stats.PeakDelaysInFlight);
        Assert.Equal(3, lab.Stats.DelaysCompleted);
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task A_call_the_client_gives_up_on_is_counted_as_canceled()
    {
        // Given a slow call under way on a clock that never moves
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();
        using var giveUp = new CancellationTokenSource();
        var call = http.GetAsync(lab.Url("/flaky/slow?delay=10"), giveUp.Token);
        await signals.Started(1, "the call never reached the server");

        // When the client gives up
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await signals.RequestsEnded(1, "the server kept the abandoned call");

        // Then the attempt counts, and the server records it as canceled by the client
        Assert.Equal(1, lab.Stats.Attempts("slow"));
        Assert.Equal(1, lab.Stats.RequestsCanceled);
        Assert.Equal(1, lab.Stats.DelaysCanceled);
        Assert.Equal(0, lab.Stats.RequestsInFlight);
    }

    [Fact]
    public async Task Answered_calls_are_not_counted_as_canceled()
    {
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();

        using var failed = await http.GetAsync(lab.Url("/flaky/x?fail=1"));
        using var answered = await http.GetAsync(lab.Url("/flaky/x?fail=1"));
        await signals.RequestsEnded(2, "the server never finished the two calls");

        Assert.Equal(2, lab.Stats.Requests);
        Assert.Equal(0, lab.Stats.RequestsCanceled);
        Assert.Equal(0, lab.Stats.RequestsInFlight);
    }
}
