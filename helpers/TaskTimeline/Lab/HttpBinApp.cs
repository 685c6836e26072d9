using System.Text;
using Microsoft.AspNetCore.Http;

namespace TaskTimeline.Lab;

/// <summary>The httpbin endpoints the course needs (<c>/get</c>, <c>/delay/{seconds}</c>, <c>/status/{codes}</c>) and the lab's own <c>/flaky/{key}</c>.</summary>
/// <remarks>Dispatches on the path by hand instead of through endpoint routing: nothing to build at start-up, so the server is up in tens of milliseconds.</remarks>
internal sealed class HttpBinApp(LabServerOptions options, LabServerStats stats, CancellationToken serverStopping)
{
    private const string Endpoints = "The lab server answers GET /get, any method on /delay/{seconds} (0 to {cap}) and /status/{code}, like httpbin, "
        + "and /flaky/{key}?fail=N&status=503&delay=S (the first N calls of the key fail, later ones answer 200).";

    /// <summary>The response header that tells a <c>/flaky</c> caller which call of the key this was (1 for the first).</summary>
    public const string AttemptHeader = "X-Lab-Attempt";

    private readonly Random _random = options.Seed is { } seed ? new Random(seed) : new Random();

    /// <summary>Answers one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        stats.StartRequest();
        try
        {
            await AnswerAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-answer: nobody is left to answer, and it is counted below.
        }
        finally
        {
            stats.EndRequest(canceledByClient: context.RequestAborted.IsCancellationRequested);
        }
    }

    private Task AnswerAsync(HttpContext context)
    {
        // httpbin's CORS headers, so a page in a browser can call the lab server as it calls httpbin.
        context.Response.Headers.AccessControlAllowOrigin = "*";
        context.Response.Headers.AccessControlAllowCredentials = "true";
        string path = context.Request.Path.Value ?? "/";
        if (path is "/get")
            return HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? HttpBinJson.WriteAsync(context, HttpBinJson.GetKeys, context.RequestAborted)
                : TextAsync(context, StatusCodes.Status405MethodNotAllowed, $"{context.Request.Method} /get: only GET is allowed here; use /delay/0 for other methods.");
        if (Segment(path, "/delay/") is { } seconds) return DelayAsync(context, seconds);
        if (Segment(path, "/status/") is { } codes) return StatusAsync(context, codes);
        if (Segment(path, "/flaky/") is { } key) return FlakyAsync(context, key);
        if (path is "/") return TextAsync(context, StatusCodes.Status200OK, EndpointList());
        return TextAsync(context, StatusCodes.Status404NotFound, $"{path}: not found. {EndpointList()}");
    }

    private async Task DelayAsync(HttpContext context, string seconds)
    {
        if (!DelayRequest.TryParse(seconds, options.MaxDelay, $"/delay/{seconds}", out var delay, out string error))
        {
            await TextAsync(context, StatusCodes.Status400BadRequest, error);
            return;
        }
        if (await WaitAsync(context, delay))
            await HttpBinJson.WriteAsync(context, HttpBinJson.DelayKeys, context.RequestAborted);
    }

    /// <summary>Counts the call of <paramref name="key"/>, waits the asked delay, then fails if the call is among the first <c>fail</c> ones, else answers like <c>/get</c>.</summary>
    private async Task FlakyAsync(HttpContext context, string key)
    {
        if (!FlakyRequest.TryParse(key, context.Request.Query, options.MaxDelay, out var request, out string error))
        {
            await TextAsync(context, StatusCodes.Status400BadRequest, error);
            return;
        }
        int attempt = stats.Attempt(key);
        context.Response.Headers[AttemptHeader] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (request.Delay > TimeSpan.Zero && !await WaitAsync(context, request.Delay)) return;
        if (attempt <= request.Fail)
            await TextAsync(context, request.Status, $"/flaky/{key}: call {attempt} fails with {request.Status}, as the first {request.Fail} do; call {request.Fail + 1} will answer 200.");
        else
            await HttpBinJson.WriteAsync(context, HttpBinJson.GetKeys, context.RequestAborted);
    }

    /// <summary>Waits <paramref name="delay"/>; false when the wait was cut short (and, if the client is still there, answered 503).</summary>
    private async Task<bool> WaitAsync(HttpContext context, TimeSpan delay)
    {
        // The wait ends early when the client disconnects (RequestAborted) or the server stops, so neither waits out the delay.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        // The timer exists before the start is announced, so whoever reacts to the announcement (a test moving a fake clock) moves it.
        var wait = Task.Delay(delay, options.TimeProvider, cancel.Token);
        stats.StartDelay();
        try
        {
            await wait;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            stats.EndDelay(LabDelayOutcome.Canceled);
            if (!context.RequestAborted.IsCancellationRequested)
                await TextAsync(context, StatusCodes.Status503ServiceUnavailable, "The lab server is stopping.");
            return false;
        }
        stats.EndDelay(LabDelayOutcome.Completed);
        return true;
    }

    private Task StatusAsync(HttpContext context, string codes)
    {
        int code;
        string error;
        lock (_random)
            if (!StatusRequest.TryPick(codes, _random, out code, out error))
                return TextAsync(context, StatusCodes.Status400BadRequest, error);
        context.Response.StatusCode = code;
        // httpbin sends redirect statuses somewhere that ends well; /get is the closest thing this server has.
        if (code is 301 or 302 or 303 or 305 or 307) context.Response.Headers.Location = "/get";
        return Task.CompletedTask;
    }

    private string EndpointList() => Endpoints.Replace("{cap}", options.MaxDelay.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? Segment(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && path.IndexOf('/', prefix.Length) < 0
            ? path[prefix.Length..]
            : null;

    private static Task TextAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n", Encoding.UTF8, context.RequestAborted);
    }
}
