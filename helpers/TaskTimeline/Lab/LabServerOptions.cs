namespace TaskTimeline.Lab;

/// <summary>Settings for <see cref="LabServer.StartAsync(LabServerOptions?, CancellationToken)"/>.</summary>
public sealed record LabServerOptions
{
    /// <summary>The longest delay <c>/delay/{seconds}</c> accepts; longer ones are answered 400. httpbin caps at 10 s, and so does the default.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where delays get their clock; pass a fake one in tests.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Seeds the choice among weighted codes (<c>/status/200:3,503:1</c>), so the same sequence of requests gets the same answers; null (the default) draws a new seed.</summary>
    public int? Seed { get; init; }

    /// <summary>Whether <see cref="LabServer.BaseUrlVariable"/> may redirect the notebook to another httpbin (default true).</summary>
    public bool HonorBaseUrlVariable { get; init; } = true;
}
