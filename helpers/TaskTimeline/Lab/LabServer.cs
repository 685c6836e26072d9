using System.Net;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace TaskTimeline.Lab;

/// <summary>
/// A local, httpbin-compatible HTTP server for the lessons: <c>/delay/{seconds}</c>, <c>/get</c> and <c>/status/{codes}</c>
/// on 127.0.0.1 at a free port, so concurrent HTTP can be shown offline; plus <c>/flaky/{key}?fail=N&amp;status=503&amp;delay=S</c>,
/// which fails the first N calls of each key and then answers 200, so retries can be shown deterministically.
/// </summary>
/// <remarks>
/// <para><c>await using var lab = await LabServer.StartAsync();</c> then <c>await http.GetStringAsync(lab.Url("/delay/2"))</c>.</para>
/// <para>Set the environment variable <see cref="BaseUrlVariable"/> (e.g. to <c>https://httpbin.org</c>) to send the same
/// requests to a real httpbin: then nothing is started and <see cref="BaseAddress"/> is that URL.</para>
/// <para>Like httpbin, delays are capped at 10 s (<see cref="LabServerOptions.MaxDelay"/>); unlike httpbin, which shortens a longer
/// delay silently, the lab server answers 400 with the reason, as it does for negative or non-numeric delays.</para>
/// <para><c>/flaky</c> is the lab server's own (httpbin has no such endpoint): an external httpbin answers it 404.
/// Each call's number is in its <c>X-Lab-Attempt</c> response header, and <see cref="LabServerStats.Attempts(string)"/> counts them.</para>
/// </remarks>
public sealed class LabServer : IAsyncDisposable, IDisposable
{
    /// <summary>The environment variable that points the lessons at another httpbin instead of starting the lab server.</summary>
    public const string BaseUrlVariable = "TASKTIMELINE_HTTPBIN_URL";

    private readonly KestrelServer? _server;
    private readonly CancellationTokenSource? _stopping;
    private int _disposed;

    private LabServer(Uri baseAddress, KestrelServer? server, CancellationTokenSource? stopping, LabServerStats stats)
    {
        BaseAddress = baseAddress;
        _server = server;
        _stopping = stopping;
        Stats = stats;
    }

    /// <summary>Where to send requests, ending in a slash, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>True when <see cref="BaseUrlVariable"/> named another httpbin, so no server runs in this process.</summary>
    public bool IsExternal => _server is null;

    /// <summary>What the lab server saw (all zero when <see cref="IsExternal"/>).</summary>
    public LabServerStats Stats { get; }

    /// <summary>Starts the lab server on 127.0.0.1 at a free port, or returns the httpbin named by <see cref="BaseUrlVariable"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="BaseUrlVariable"/> is set but is not an absolute http(s) URL.</exception>
    public static Task<LabServer> StartAsync(LabServerOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new LabServerOptions(), Environment.GetEnvironmentVariable, cancellationToken);

    internal static async Task<LabServer> StartAsync(LabServerOptions options, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        if (options.MaxDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), options.MaxDelay, "MaxDelay cannot be negative.");
        if (options.HonorBaseUrlVariable && ExternalBaseAddress(environment(BaseUrlVariable)) is { } external)
            return new LabServer(external, null, null, new LabServerStats());

        var stats = new LabServerStats();
        var stopping = new CancellationTokenSource();
        var server = CreateKestrel();
        try
        {
            await server.StartAsync(new HttpBinApplication(new HttpBinApp(options, stats, stopping.Token)), cancellationToken);
        }
        catch
        {
            server.Dispose();
            stopping.Dispose();
            throw;
        }
        string address = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LabServer(new Uri(address.TrimEnd('/') + "/"), server, stopping, stats);
    }

    /// <summary>The absolute URL of <paramref name="pathAndQuery"/> on this server, e.g. <c>Url("/delay/2")</c>.</summary>
    public Uri Url(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        // Relative to the base address, so an external httpbin under a path prefix (https://host/httpbin/) keeps its prefix.
        return new Uri(BaseAddress, pathAndQuery.TrimStart('/'));
    }

    /// <summary>Stops the server; delays still waiting end at once (answered 503).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_server is null || Interlocked.Exchange(ref _disposed, 1) == 1) return;
        // End the waits first, so Kestrel's graceful stop has no long request to wait for.
        await _stopping!.CancelAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _server.StopAsync(patience.Token);
        _server.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Stops the server, blocking until it has.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override string ToString() => IsExternal
        ? $"httpbin at {BaseAddress} (from {BaseUrlVariable})"
        : $"Lab server at {BaseAddress} (httpbin-compatible: /delay/{{seconds}}, /get, /status/{{codes}}; and /flaky/{{key}}); {Stats}";

    private static Uri? ExternalBaseAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"{BaseUrlVariable}='{value}' is not an absolute http(s) URL; set it to e.g. https://httpbin.org, or unset it to use the built-in lab server.");
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }

    private static KestrelServer CreateKestrel()
    {
        var kestrel = new KestrelServerOptions { AddServerHeader = false };
        kestrel.Limits.MaxConcurrentConnections = null;
        kestrel.Limits.MaxConcurrentUpgradedConnections = null;
        kestrel.Listen(IPAddress.Loopback, 0);
        // A lesson fires up to thousands of connections at once; a deep listen queue (the OS caps it at somaxconn) keeps a burst from being refused.
        var sockets = new SocketTransportOptions { Backlog = 4096 };
        // No logger: notebook output must stay clean, and the lab server has nothing a learner needs to read.
        return new KestrelServer(Options.Create(kestrel), new SocketTransportFactory(Options.Create(sockets), NullLoggerFactory.Instance), NullLoggerFactory.Instance);
    }
}
