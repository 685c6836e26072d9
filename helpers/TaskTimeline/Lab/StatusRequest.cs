using System.Globalization;

namespace TaskTimeline.Lab;

/// <summary>The <c>{codes}</c> of <c>/status/{codes}</c>: one code, or like httpbin a comma-separated choice with optional weights (<c>200:0.9,500:0.1</c>).</summary>
internal static class StatusRequest
{
    private const string Usage = "use e.g. /status/404, /status/200,500 or /status/200:3,503:1";

    /// <summary>Picks the status code to answer, or explains in one line why <paramref name="text"/> is not a valid choice.</summary>
    /// <remarks>Only final codes (200–599): a 1xx code is informational, so sent as the answer it leaves the client waiting for the real one.</remarks>
    public static bool TryPick(string text, Random random, out int code, out string error)
    {
        code = 0;
        error = "";
        var choices = new List<(int Code, double Weight)>();
        foreach (string part in text.Split(','))
        {
            string[] codeAndWeight = part.Split(':');
            if (codeAndWeight.Length > 2 || !int.TryParse(codeAndWeight[0], NumberStyles.None, CultureInfo.InvariantCulture, out int candidate) || candidate is < 100 or > 599)
            {
                error = $"/status/{text}: '{part}' is not a status code from 200 to 599 (optionally 'code:weight'); {Usage}.";
                return false;
            }
            if (candidate < 200)
            {
                error = $"/status/{text}: {candidate} is an informational (1xx) code, not a final answer, so the client would wait for one forever; use a code from 200 to 599.";
                return false;
            }
            double weight = 1;
            if (codeAndWeight.Length == 2
                && (!double.TryParse(codeAndWeight[1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight)))
            {
                error = $"/status/{text}: the weight '{codeAndWeight[1]}' of {candidate} is not a finite non-negative number; {Usage}.";
                return false;
            }
            choices.Add((candidate, weight));
        }
        // Scaled by the largest weight, so weights near double's limit (200:1e308,503:1e308) still add up to a finite total.
        double largest = choices.Max(c => c.Weight);
        if (largest <= 0)
        {
            error = $"/status/{text}: the weights add up to zero.";
            return false;
        }
        var weighted = choices.Where(c => c.Weight > 0).Select(c => (c.Code, Share: c.Weight / largest)).ToList();
        double pick = random.NextDouble() * weighted.Sum(c => c.Share);
        // Ends on the last weighted code even if rounding leaves pick a hair above zero, so a zero-weight code is never answered.
        foreach (var (candidate, share) in weighted)
        {
            code = candidate;
            if ((pick -= share) < 0) break;
        }
        return true;
    }
}
