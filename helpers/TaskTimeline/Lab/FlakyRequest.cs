using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TaskTimeline.Lab;

/// <summary>The query of <c>/flaky/{key}?fail=2&amp;status=503&amp;delay=0.5</c>: how many first calls of the key fail, with which status, after how long.</summary>
internal sealed record FlakyRequest(int Fail, int Status, TimeSpan Delay)
{
    /// <summary>The status a failing call answers when the query names none: what an overloaded server sends, and what retry policies retry.</summary>
    public const int DefaultStatus = 503;

    /// <summary>Reads the query, or explains in one line (naming the parameter and its value) why it cannot be honoured.</summary>
    public static bool TryParse(string key, IQueryCollection query, TimeSpan cap, out FlakyRequest request, out string error)
    {
        request = new FlakyRequest(0, DefaultStatus, TimeSpan.Zero);
        error = "";
        string where = $"/flaky/{key}";
        int fail = 0, status = DefaultStatus;
        var delay = TimeSpan.Zero;
        if (query.TryGetValue("fail", out var failText)
            && (!int.TryParse(failText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out fail)))
        {
            error = $"{where}: fail='{failText}' is not a whole number of calls from 0 up; use e.g. ?fail=2.";
            return false;
        }
        if (query.TryGetValue("status", out var statusText)
            && (!int.TryParse(statusText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out status) || status is < 400 or > 599))
        {
            error = $"{where}: status='{statusText}' is not a failure status from 400 to 599; use e.g. ?status=503.";
            return false;
        }
        if (query.TryGetValue("delay", out var delayText) && !DelayRequest.TryParse(delayText.ToString(), cap, $"{where}: delay", out delay, out error))
            return false;
        request = new FlakyRequest(fail, status, delay);
        return true;
    }
}
