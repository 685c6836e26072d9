using System.Net;
using Microsoft.Extensions.Time.Testing;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>A delay the client gave up on, or that the server is stopping, ends at once instead of waiting out its time.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task A_client_disconnect_cancels_the_servers_wait()
    {
        // Given a delay under way on a clock that never moves, so only a cancellation can end it
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();
        using var giveUp = new CancellationTokenSource();
        var request = http.GetAsync(lab.Url("/delay/10"), giveUp.Token);
        await signals.Started(1, "the request never reached the server");

        // When the client gives up (HttpClient closes the connection)
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        // Then the server's wait ended as cancelled, not completed
        Assert.Equal(LabDelayOutcome.Canceled, await signals.FirstEnd("the server kept waiting after the client disconnected"));
        Assert.Equal(1, lab.Stats.DelaysCanceled);
        Assert.Equal(0, lab.Stats.DelaysCompleted);
        Assert.Equal(0, lab.Stats.DelaysInFlight);
    }

    [Fact]
    public async Task Stopping_the_server_ends_waiting_delays_with_503()
    {
        // Given a delay under way on a clock that never moves
        var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();
        var request = http.GetAsync(lab.Url("/delay/10"));
        await signals.Started(1, "the request never reached the server");

        // When the server is disposed
        await lab.DisposeAsync();

        // Then the waiting request is answered 503 and counted as cancelled
        using var response = await request;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The lab server is stopping.\n", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, lab.Stats.DelaysCanceled);
    }

    [Fact]
    public async Task A_delay_ends_when_its_time_has_passed()
    {
        // Given a two-second delay under way on a fake clock
        var clock = new FakeTimeProvider();
        await using var lab = await LabServerFixture.StartAsync(clock);
        using var signals = new ServerSignals(lab.Stats);
        using var http = new HttpClient();
        var request = http.GetAsync(lab.Url("/delay/2"));
        await signals.Started(1, "the request never reached the server");

        // When 1.999 s pass, it is still waiting; when 2 s have passed, it completes
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(1, lab.Stats.DelaysInFlight);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        // Then
        Assert.Equal(LabDelayOutcome.Completed, await signals.FirstEnd("the delay did not end after its time"));
        using var response = await request;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
