using TaskTimeline.Tests.Charts;

namespace TaskTimeline.Tests.Display;

public class FormatterTests
{
    [Theory]
    [InlineData(typeof(Timeline))]
    [InlineData(typeof(TimelineSnapshot))]
    [InlineData(typeof(TimelineChart))]
    public void Given_a_timeline_type_When_the_kernel_looks_for_formatters_by_name_Then_it_finds_html_first_then_plain_text(Type type)
    {
        Assert.Equal(["text/html", "text/plain"], FormatterConvention.PreferredMimeTypes(type));
    }

    [Fact]
    public void Given_a_snapshot_When_formatted_as_html_Then_the_output_is_a_chart_div_and_a_script_that_draws_its_figure()
    {
        var snapshot = ChartTimelines.TwoThreads();

        var html = FormatterConvention.Format(snapshot, "text/html")!;

        Assert.Matches("<div class=\"task-timeline-chart\" id=\"task-timeline-[0-9a-f]{32}\"", html);
        Assert.Contains("window.Plotly.newPlot(target, figure.data, figure.layout", html);
        Assert.Contains(snapshot.Gantt().ToFigureJson().Replace("</", "<\\/"), html); // escaped so no "</script>" can end the script
    }

    [Fact]
    public async Task Given_a_recorded_timeline_When_formatted_as_plain_text_Then_it_is_the_text_gantt()
    {
        var (snapshot, thread) = await ChartTimelines.RecordChaiWhenAll();
        var golden = $"""
            Chai, WhenAll · thread pool · 3 lanes · 1 thread · total 2.00 s
                   |0                                                          | 2.00 s
            Masala |█░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░█| thread {thread}
            Green  |█░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░█| thread {thread}
            Ginger |█░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░█| thread {thread}
            █ running  ░ awaiting  ▒ ready, waiting for a thread
            t = 0.00 s → Masala, Green, Ginger start
            t = 0.00 s → Masala, Green, Ginger await
            t = 2.00 s → Masala, Green, Ginger resume
            t = 2.00 s → Masala, Green, Ginger end

            """.ReplaceLineEndings();

        Assert.Equal(golden, FormatterConvention.Format(snapshot, "text/plain"));
        Assert.Equal(golden, FormatterConvention.Format(snapshot.Gantt(), "text/plain"));
    }

    [Fact]
    public void Given_a_live_timeline_When_formatted_Then_html_and_text_both_describe_its_lanes()
    {
        using var timeline = new Timeline("Live");
        using (timeline.Begin("only")) { }

        Assert.Contains("<b>only<\\/b>", FormatterConvention.Format(timeline, "text/html"));
        Assert.StartsWith("Live · thread pool · 1 lane", FormatterConvention.Format(timeline, "text/plain"));
    }

    [Fact]
    public void Given_a_value_of_another_type_When_a_timeline_formatter_is_asked_Then_it_declines()
    {
        Assert.False(TimelineFormatterSource.Html.Format("not a timeline", TextWriter.Null));
        Assert.False(TimelineFormatterSource.PlainText.Format(42, TextWriter.Null));
    }
}
