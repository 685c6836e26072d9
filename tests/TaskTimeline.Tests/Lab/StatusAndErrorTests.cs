using System.Net;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>Status codes on request, and a clear one-line 400 for values the server cannot honour.</summary>
public sealed class StatusAndErrorTests(LabServerFixture server) : IClassFixture<LabServerFixture>
{
    private LabServer Lab => server.Lab;

    [Theory]
    [InlineData(200)]
    [InlineData(404)]
    [InlineData(418)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Status_answers_with_the_requested_code(int code)
    {
        using var response = await server.Http.GetAsync(Lab.Url($"/status/{code}"));

        Assert.Equal(code, (int)response.StatusCode);
    }

    [Fact]
    public async Task Status_with_weights_picks_only_codes_with_weight()
    {
        using var response = await server.Http.GetAsync(Lab.Url("/status/200:0,502:1"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task Status_redirect_points_at_get()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await noRedirects.GetAsync(Lab.Url("/status/302"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/get", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/delay/-1", "/delay/-1: a delay cannot be negative; use 0 to 10 seconds.")]
    [InlineData("/delay/abc", "/delay/abc: 'abc' is not a number of seconds; use e.g. /delay/2 or /delay/0.5.")]
    [InlineData("/delay/NaN", "/delay/NaN: 'NaN' is not a number of seconds; use e.g. /delay/2 or /delay/0.5.")]
    [InlineData("/delay/10.5", "/delay/10.5: 10.5 seconds is over the lab server's cap of 10 seconds (compared exactly, not rounded; httpbin caps delays at 10 s too).")]
    [InlineData("/delay/10.0004", "/delay/10.0004: 10.0004 seconds is over the lab server's cap of 10 seconds (compared exactly, not rounded; httpbin caps delays at 10 s too).")]
    [InlineData("/delay/10.0000000000000001", "/delay/10.0000000000000001: 10.0000000000000001 seconds is over the lab server's cap of 10 seconds (compared exactly, not rounded; httpbin caps delays at 10 s too).")]
    [InlineData("/delay/1e400", "/delay/1e400: 1e400 seconds is over the lab server's cap of 10 seconds (compared exactly, not rounded; httpbin caps delays at 10 s too).")]
    [InlineData("/status/abc", "/status/abc: 'abc' is not a status code from 200 to 599 (optionally 'code:weight'); use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/99", "/status/99: '99' is not a status code from 200 to 599 (optionally 'code:weight'); use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/600", "/status/600: '600' is not a status code from 200 to 599 (optionally 'code:weight'); use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/100", "/status/100: 100 is an informational (1xx) code, not a final answer, so the client would wait for one forever; use a code from 200 to 599.")]
    [InlineData("/status/199", "/status/199: 199 is an informational (1xx) code, not a final answer, so the client would wait for one forever; use a code from 200 to 599.")]
    [InlineData("/status/200,101:1", "/status/200,101:1: 101 is an informational (1xx) code, not a final answer, so the client would wait for one forever; use a code from 200 to 599.")]
    [InlineData("/status/200:abc", "/status/200:abc: the weight 'abc' of 200 is not a finite non-negative number; use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/200:-1", "/status/200:-1: the weight '-1' of 200 is not a finite non-negative number; use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/200:1e309", "/status/200:1e309: the weight '1e309' of 200 is not a finite non-negative number; use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/200:Infinity", "/status/200:Infinity: the weight 'Infinity' of 200 is not a finite non-negative number; use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/200:1:2", "/status/200:1:2: '200:1:2' is not a status code from 200 to 599 (optionally 'code:weight'); use e.g. /status/404, /status/200,500 or /status/200:3,503:1.")]
    [InlineData("/status/200:0", "/status/200:0: the weights add up to zero.")]
    public async Task Bad_values_are_answered_400_with_the_reason(string path, string reason)
    {
        // When
        using var response = await server.Http.GetAsync(Lab.Url(path));

        // Then the body is that one line, and no delay was started for it
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason + "\n", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/delay/10")]
    [InlineData("/delay/10.000")]
    [InlineData("/delay/1e1")]
    public async Task A_delay_written_as_exactly_the_cap_is_accepted(string path)
    {
        // Given a clock that moves only when told, so the accepted delay never ends by itself
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var lab = await LabServerFixture.StartAsync(clock);
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();

        // When it is requested, it starts waiting instead of being refused; then its 10 s pass
        var request = http.GetAsync(lab.Url(path));
        await signals.Started(1, $"{path} was refused or never reached the server");
        clock.Advance(TimeSpan.FromSeconds(10));

        using var response = await request;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_delay_at_the_cap_is_accepted()
    {
        // Given a server whose cap is zero seconds (so the accepted delay needs no clock)
        await using var zeroCap = await LabServerFixture.StartAsync(server.Clock, maxDelay: TimeSpan.Zero);
        using var http = new HttpClient();

        // When / Then: 0 is at the cap, 0.001 is over it
        using var atCap = await http.GetAsync(zeroCap.Url("/delay/0"));
        using var overCap = await http.GetAsync(zeroCap.Url("/delay/0.001"));
        Assert.Equal(HttpStatusCode.OK, atCap.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overCap.StatusCode);
        Assert.Equal("/delay/0.001: 0.001 seconds is over the lab server's cap of 0 seconds (compared exactly, not rounded; httpbin caps delays at 10 s too).\n", await overCap.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_paths_are_answered_404_with_the_list_of_endpoints()
    {
        using var response = await server.Http.GetAsync(Lab.Url("/anything"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("/anything: not found. The lab server answers GET /get, any method on /delay/{seconds} (0 to 10) and /status/{code}, like httpbin, and /flaky/{key}?fail=N&status=503&delay=S (the first N calls of the key fail, later ones answer 200).\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_refuses_other_methods_with_405()
    {
        using var response = await server.Http.PostAsync(Lab.Url("/get"), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_root_lists_the_endpoints()
    {
        Assert.Equal("The lab server answers GET /get, any method on /delay/{seconds} (0 to 10) and /status/{code}, like httpbin, and /flaky/{key}?fail=N&status=503&delay=S (the first N calls of the key fail, later ones answer 200).\n",
            await server.Http.GetStringAsync(Lab.BaseAddress));
    }

    [Fact]
    public async Task Head_on_get_answers_200_without_a_body()
    {
        using var response = await server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Lab.Url("/get")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_negative_cap_is_refused_before_anything_starts()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LabServerFixture.StartAsync(server.Clock, maxDelay: TimeSpan.FromSeconds(-1)));

        Assert.StartsWith("MaxDelay cannot be negative.", error.Message);
    }
}
