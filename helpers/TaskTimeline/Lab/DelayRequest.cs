using System.Globalization;

namespace TaskTimeline.Lab;

/// <summary>A number of seconds to wait, as in <c>/delay/{seconds}</c>: finite, non-negative and no larger than the cap.</summary>
internal static class DelayRequest
{
    /// <summary>Parses <paramref name="text"/> into a delay, or explains in one line (starting with <paramref name="where"/>) why it cannot be one.</summary>
    /// <remarks>The number is compared with the cap exactly as parsed, not rounded: at a 10 s cap, 10 is accepted and 10.0004 is refused.
    /// The refusal echoes the number as the client wrote it, so it never reads "10 seconds is over the cap of 10 seconds".</remarks>
    public static bool TryParse(string text, TimeSpan cap, string where, out TimeSpan delay, out string error)
    {
        delay = TimeSpan.Zero;
        error = "";
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double seconds)
            || double.IsNaN(seconds))
        {
            error = $"{where}: '{text}' is not a number of seconds; use e.g. /delay/2 or /delay/0.5.";
            return false;
        }
        if (seconds < 0)
        {
            error = $"{where}: a delay cannot be negative; use 0 to {Format(cap)} seconds.";
            return false;
        }
        if (IsOverCap(text, seconds, cap))
        {
            error = $"{where}: {text} seconds is over the lab server's cap of {Format(cap)} seconds (compared exactly, not rounded; httpbin caps delays at 10 s too).";
            return false;
        }
        delay = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>Compares the number as written in decimal when it fits one, so digits past double's precision (10.0000000000000001) still count.</summary>
    private static bool IsOverCap(string text, double seconds, TimeSpan cap) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact)
            ? exact > (decimal)cap.TotalSeconds
            : seconds > cap.TotalSeconds;

    /// <summary>The cap in seconds, shortest exact form ("10", "0.0004"), so the message never rounds it.</summary>
    private static string Format(TimeSpan span) => span.TotalSeconds.ToString(CultureInfo.InvariantCulture);
}
