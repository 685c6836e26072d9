using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>
/// Given charts/chart.ipynb (the course's helper library, FSharp.Core loaded first as in the released tool, then a Gantt chart),
/// when the runner runs it in the kernel: the chart draws, because the helper keeps Plotly.NET in its own load context.
/// </summary>
public sealed class ChartTests : IDisposable
{
    readonly FixtureFolder fixtures = new();

    public void Dispose() => fixtures.Dispose();

    /// <summary>The helper library the build staged for the notebooks (artifacts/helpers), beside this test's build output.</summary>
    static string HelperLibrary => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "helpers", "TaskTimeline.dll"));

    [Fact]
    public void When_a_course_chart_is_drawn_after_FSharp_Core_is_loaded_then_the_cell_shows_a_Plotly_chart_as_html()
    {
        Assert.True(File.Exists(HelperLibrary), $"the build did not stage the helper library at {HelperLibrary}");
        string notebook = fixtures.PathOf("charts/chart.ipynb");
        File.WriteAllText(notebook, File.ReadAllText(notebook).Replace("HELPER_PATH", HelperLibrary));

        var result = RunnerCli.Run(fixtures.Root, "charts/chart.ipynb", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var executed = result.Executed("chart");
        Assert.StartsWith("result text/plain: 10.", executed.Describe(2).Single());
        var html = executed.Outputs(3).Select(output => ExecutedNotebook.Text(output!["data"]?["text/html"])).Single(text => text.Length > 0);
        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("Work()", html);
        Nbformat.AssertValid(executed.Path);
    }
}
