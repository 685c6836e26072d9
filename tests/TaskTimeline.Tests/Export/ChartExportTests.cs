using System.Text.RegularExpressions;
using TaskTimeline.Tests.Charts;

namespace TaskTimeline.Tests.Export;

public sealed class ChartExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tasktimeline-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Given_a_chart_When_saved_as_html_Then_the_page_loads_no_script_from_the_network()
    {
        var path = ChartTimelines.TwoThreads().Gantt().SaveHtml(Path.Combine(_folder, "chart.html"));

        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Empty(Regex.Matches(html, """<script[^>]*\bsrc\s*=\s*["']?\s*(https?:)?//""", RegexOptions.IgnoreCase));
        Assert.Empty(Regex.Matches(html, """<(link|img|iframe)[^>]*\b(href|src)\s*=\s*["']?\s*(https?:)?//""", RegexOptions.IgnoreCase));
        Assert.Single(Regex.Matches(html, "<script type=\"text/plain\" data-plotly-library>"));
    }

    [Fact]
    public void Given_a_timeline_When_saved_as_html_into_a_missing_folder_Then_the_folder_is_created_and_the_full_path_returned()
    {
        using var timeline = new Timeline("Saved");
        using (timeline.Begin("lane")) { }

        var path = timeline.Snapshot().SaveHtml(Path.Combine(_folder, "nested", "deeper", "timeline.html"));

        Assert.Equal(Path.Combine(_folder, "nested", "deeper", "timeline.html"), path);
        Assert.Contains("<title>Saved · total", File.ReadAllText(path));
    }

    [Fact]
    public void Given_a_snapshot_saved_as_json_When_read_back_and_drawn_Then_the_figure_equals_the_original()
    {
        var original = ChartTimelines.TwoThreads();

        var path = original.SaveJson(Path.Combine(_folder, "two.json"));
        var reread = TimelineJson.ReadFile(path);

        Assert.Equal(original.Gantt().ToFigureJson(), reread.Gantt().ToFigureJson());
        Assert.Equal(original.ThreadView().ToFigureJson(), reread.ThreadView().ToFigureJson());
    }

    [Fact]
    public async Task Given_a_recorded_timeline_saved_as_json_When_read_back_Then_comparison_charts_are_identical()
    {
        var (recorded, _) = await ChartTimelines.RecordChaiWhenAll();
        var other = ChartTimelines.TwoThreads();

        var reread = TimelineJson.ReadFile(recorded.SaveJson(Path.Combine(_folder, "chai.json"), indented: false));

        Assert.Equal(TimelineChart.Compare(recorded, other).ToFigureJson(), TimelineChart.Compare(reread, other).ToFigureJson());
    }

    [Fact]
    public void Given_an_empty_path_When_saving_Then_the_error_says_so()
    {
        var error = Assert.Throws<ArgumentException>(() => ChartTimelines.TwoThreads().SaveJson(" "));

        Assert.StartsWith("The output path is empty.", error.Message);
    }
}
