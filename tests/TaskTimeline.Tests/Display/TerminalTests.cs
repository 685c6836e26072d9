using TaskTimeline.Tests.Charts;

namespace TaskTimeline.Tests.Display;

public sealed class TerminalTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "terminal-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Given_a_snapshot_When_shown_Then_the_text_gantt_prints_and_the_printed_path_is_an_offline_chart_page()
    {
        var snapshot = ChartTimelines.TwoThreads();
        var output = new StringWriter();

        Terminal.Show(snapshot, output, _folder);

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal(snapshot.ToString().TrimEnd().Split(Environment.NewLine), lines[..^1]);
        Assert.StartsWith("chart: ", lines[^1]);
        var page = lines[^1]["chart: ".Length..];
        Assert.Equal(_folder, Path.GetDirectoryName(page));
        Assert.Matches(@"chart-\d{2,}\.html$", page);
        var html = File.ReadAllText(page);
        Assert.Contains("Plotly.newPlot", html);
        Assert.True(html.Length > 1_000_000, $"plotly.js should be embedded (the page is {html.Length:N0} characters)");
        Assert.Contains("plotly.js v2.28.0", html);
        Assert.DoesNotContain("<script src=", html);
    }

    [Fact]
    public void Given_two_charts_When_shown_Then_each_gets_its_own_page()
    {
        var output = new StringWriter();

        Terminal.Show(ChartTimelines.TwoThreads().Gantt(), output, _folder);
        Terminal.Show(ChartTimelines.TwoThreads().ThreadView(), output, _folder);

        var pages = output.ToString().Split(Environment.NewLine).Where(l => l.StartsWith("chart: ")).Select(l => l["chart: ".Length..]).ToArray();
        Assert.Equal(2, pages.Distinct().Count());
        Assert.All(pages, page => Assert.True(File.Exists(page), page));
    }

    [Theory]
    [InlineData(true, "✅ the brews overlap — 2.00 s")]
    [InlineData(false, "❌ Not solved yet: the brews overlap — 2.00 s")]
    public void Given_a_check_result_When_shown_Then_its_verdict_prints_and_no_page_is_written(bool passed, string verdict)
    {
        var output = new StringWriter();

        Terminal.Show(new CheckResult("the brews overlap", passed, "2.00 s"), output, _folder);

        Assert.Equal(verdict + Environment.NewLine, output.ToString());
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void Given_any_other_value_or_null_When_shown_Then_its_text_prints()
    {
        var output = new StringWriter();

        Terminal.Show(42, output, _folder);
        Terminal.Show(null, output, _folder);

        Assert.Equal($"42{Environment.NewLine}null{Environment.NewLine}", output.ToString());
        Assert.False(Directory.Exists(_folder));
    }
}
