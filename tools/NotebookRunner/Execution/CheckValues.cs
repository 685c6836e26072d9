namespace NotebookRunner.Execution;

/// <summary>
/// Recognises an exercise check's result among the values a cell produced: an object of a type named <c>CheckResult</c>
/// with a <c>bool Passed</c> property (TaskTimeline's). Read by reflection, so the runner depends on no helper build.
/// </summary>
public static class CheckValues
{
    const string TypeName = "CheckResult";

    /// <summary>The check's outcome and its one-line text, or null when <paramref name="value"/> is not a check result.</summary>
    public static CheckReport? Read(object? value)
    {
        if (value is null || value.GetType().Name != TypeName)
            return null;
        if (value.GetType().GetProperty("Passed")?.GetValue(value) is not bool passed)
            return null;
        return new CheckReport(passed, value.ToString() ?? TypeName);
    }

    /// <summary>One failing check decides a cell that produced several.</summary>
    public static CheckReport? Combine(IReadOnlyList<CheckReport> reports) =>
        reports.FirstOrDefault(report => !report.Passed) ?? reports.FirstOrDefault();
}

/// <summary>What one check said.</summary>
/// <param name="Passed">The check's own verdict.</param>
/// <param name="Text">The check's text (its ToString), for messages.</param>
public sealed record CheckReport(bool Passed, string Text);
