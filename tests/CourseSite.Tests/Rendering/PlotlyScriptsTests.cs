using CourseSite.Rendering;

namespace CourseSite.Tests.Rendering;

public sealed class PlotlyScriptsTests
{
    [Fact]
    public void Given_chart_html_with_inline_library_elements_When_stripped_Then_each_is_removed_and_its_source_returned()
    {
        const string html = "<script data-plotly-library>var Plotly={a:1};</script>\n<div id=\"c\"></div>"
            + "<SCRIPT type=\"text/javascript\" data-plotly-library=\"2.28.0\">\nvar Plotly={b:2};\n</SCRIPT >"
            + "<script>Plotly.newPlot(\"c\", [], {});</script>";

        var (stripped, libraries) = PlotlyScripts.StripLibrary(html);

        Assert.Equal("\n<div id=\"c\"></div><script>Plotly.newPlot(\"c\", [], {});</script>", stripped);
        Assert.Equal(["var Plotly={a:1};", "\nvar Plotly={b:2};\n"], libraries);
    }

    [Fact]
    public void Given_html_without_a_library_element_When_stripped_Then_it_is_unchanged()
    {
        const string html = "<script src=\"x.js\"></script><p>data-plotly-library is mentioned in text</p>";

        var (stripped, libraries) = PlotlyScripts.StripLibrary(html);

        Assert.Equal(html, stripped);
        Assert.Empty(libraries);
    }

    [Fact]
    public void Given_html_with_plot_calls_When_counted_Then_new_plots_and_reacts_count_and_mentions_do_not()
    {
        const string html = "<script>Plotly.newPlot('a', d, l); Plotly.react ('b', d, l); Plotly.relayout('a', {});</script><p>Plotly.newPlot</p>";

        Assert.Equal(2, PlotlyScripts.CountCharts(html));
    }
}
