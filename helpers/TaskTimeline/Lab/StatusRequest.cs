using System.Globalization;

namespace TaskTimeline;

/// <summary>The <c>{codes}</c> of <c>/status/{codes}</c>: one code, or like httpbin a comma-separated choice with optional weights (<c>200:0.9,500:0.1</c>).</summary>
internal static class StatusRequest
{
    /// <summary>Picks the status code to answer, or explains in one line why <paramref name="text"/> is not a valid choice.</summary>
    public static bool TryPick(string text, Random random, out int code, out string error)
    {
        code = 0;
        error = "";
        var choices = new List<(int Code, double Weight)>();
        foreach (string part in text.Split(','))
        {
            string[] codeAndWeight = part.Split(':');
            double weight = 1;
            if (codeAndWeight.Length > 2
                || !int.TryParse(codeAndWeight[0], NumberStyles.None, CultureInfo.InvariantCulture, out int candidate)
                || candidate is < 100 or > 599
                || (codeAndWeight.Length == 2 && (!double.TryParse(codeAndWeight[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight))))
            {
                error = $"/status/{text}: '{part}' is not a status code from 100 to 599 (optionally 'code:weight'); use e.g. /status/404 or /status/200,500.";
                return false;
            }
            choices.Add((candidate, weight));
        }
        double total = choices.Sum(c => c.Weight);
        if (total <= 0)
        {
            error = $"/status/{text}: the weights add up to zero.";
            return false;
        }
        double pick = random.NextDouble() * total;
        foreach (var (candidate, weight) in choices)
        {
            code = candidate;
            if ((pick -= weight) < 0) break;
        }
        return true;
    }
}
