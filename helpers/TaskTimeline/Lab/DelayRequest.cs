using System.Globalization;

namespace TaskTimeline;

/// <summary>The <c>{seconds}</c> of <c>/delay/{seconds}</c>, checked: a finite, non-negative number no larger than the cap.</summary>
internal static class DelayRequest
{
    /// <summary>Parses <paramref name="text"/> into a delay, or explains in one line why it cannot be one.</summary>
    public static bool TryParse(string text, TimeSpan cap, out TimeSpan delay, out string error)
    {
        delay = TimeSpan.Zero;
        error = "";
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double seconds)
            || double.IsNaN(seconds))
        {
            error = $"/delay/{text}: '{text}' is not a number of seconds; use e.g. /delay/2 or /delay/0.5.";
            return false;
        }
        if (seconds < 0)
        {
            error = $"/delay/{text}: a delay cannot be negative; use 0 to {Format(cap)} seconds.";
            return false;
        }
        if (seconds > cap.TotalSeconds)
        {
            error = $"/delay/{text}: {(double.IsInfinity(seconds) ? text : Format(seconds))} seconds is over the lab server's cap of {Format(cap)} seconds (httpbin caps delays at 10 s too).";
            return false;
        }
        delay = TimeSpan.FromSeconds(seconds);
        return true;
    }

    private static string Format(TimeSpan span) => Format(span.TotalSeconds);

    private static string Format(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
