using Microsoft.Extensions.Time.Testing;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>A lab server on a fake clock, so a test decides when delays end; it ignores TASKTIMELINE_HTTPBIN_URL so tests never leave the machine.</summary>
public sealed class LabServerFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new();

    public LabServer Lab { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync() => Lab = await StartAsync(Clock);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Lab.DisposeAsync();
    }

    public static Task<LabServer> StartAsync(TimeProvider clock, TimeSpan? maxDelay = null) =>
        LabServer.StartAsync(new LabServerOptions { TimeProvider = clock, HonorBaseUrlVariable = false, MaxDelay = maxDelay ?? TimeSpan.FromSeconds(10) });
}
