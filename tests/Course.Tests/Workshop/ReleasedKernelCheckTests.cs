using System.Text.Json.Nodes;

namespace Course.Tests.Workshop;

/// <summary>
/// .ci/execute_notebooks.py, the check CI applies to every lesson the released kernel executed through nbclient, run with
/// --check-only on notebooks shaped like the kernel's output: it must fail on what a learner would see broken, and only on that.
/// </summary>
public sealed class ReleasedKernelCheckTests
{
    private const string Library = "<script>/*! plotly.js v2.28.0 | MIT */ window.Plotly = {};</script>";

    private static string Chart(string id, string traces) =>
        $"<div class=\"task-timeline-chart\" id=\"{id}\"></div><script>var figure = {{\"data\":{traces},\"layout\":{{}}}}; Plotly.newPlot(document.getElementById(\"{id}\"), figure.data);</script>";

    private const string Bars = "[{\"type\":\"bar\",\"orientation\":\"h\",\"y\":[\"Masala\"],\"x\":[2000],\"base\":[0]}]";

    [Fact]
    public async Task Given_a_lesson_with_an_unsolved_exercise_and_drawn_charts_When_checked_Then_it_passes()
    {
        var notebook = Notebook(
            Markdown("# Lesson"),
            Code(Html(Library + Chart("a", Bars))),
            Code(Stream("❌ Not solved yet: 3 lanes overlap")),
            Code(Html(Chart("b", Bars))));

        var run = await CheckAsync(notebook);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("3 code cells, 2 charts", run.StandardOutput);
    }

    [Fact]
    public async Task Given_an_error_output_When_checked_Then_it_fails_naming_the_cell_and_the_error()
    {
        var notebook = Notebook(Markdown("# Lesson"), Code(Stream("fine")), Code(Error("InvalidOperationException", "Green boiled over\n   at Submission#3")));

        var run = await CheckAsync(notebook);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cell 3: InvalidOperationException: Green boiled over", run.StandardError);
        Assert.DoesNotContain("Submission#3", run.StandardError);
    }

    public static TheoryData<string, string, string> UndrawnCharts => new()
    {
        { "no plotly.js on the page yet", Chart("a", Bars), "cell 1: chart output before plotly.js is on the page" },
        { "a figure without data points", Library + Chart("a", "[{\"type\":\"bar\",\"x\":[],\"y\":[]}]"), "cell 1: chart has no figure with a trace that has data points" },
        { "a script aimed at a missing element", Library + Chart("a", Bars).Replace("id=\"a\"", "id=\"b\""), "cell 1: chart script targets no element of its output" },
    };

    [Theory]
    [MemberData(nameof(UndrawnCharts))]
    public async Task Given_a_chart_that_would_not_draw_When_checked_Then_it_fails_saying_why(string breakage, string html, string expected)
    {
        var run = await CheckAsync(Notebook(Code(Html(html))));

        Assert.True(run.ExitCode == 1, $"{breakage}: {run}");
        Assert.Contains(expected, run.StandardError);
    }

    private static async Task<ShellRun> CheckAsync(JsonObject notebook)
    {
        using var scratch = new ScratchFolder();
        string path = Path.Combine(scratch.Path, "lesson.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());
        return await Shell.RunAsync(WorkshopFiles.Root, ["/usr/bin/python3", ".ci/execute_notebooks.py", "--check-only", path]);
    }

    private static JsonObject Notebook(params JsonObject[] cells) => new()
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 4,
        ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" } },
        ["cells"] = new JsonArray(cells),
    };

    private static JsonObject Markdown(string source) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = source };

    private static JsonObject Code(JsonObject output) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = 1,
        ["metadata"] = new JsonObject(),
        ["source"] = "// cell",
        ["outputs"] = new JsonArray(output),
    };

    private static JsonObject Html(string html) => new()
    {
        ["output_type"] = "execute_result",
        ["execution_count"] = 1,
        ["metadata"] = new JsonObject(),
        ["data"] = new JsonObject { ["text/html"] = html, ["text/plain"] = "timeline" },
    };

    private static JsonObject Stream(string text) => new() { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = text };

    private static JsonObject Error(string name, string value) => new() { ["output_type"] = "error", ["ename"] = name, ["evalue"] = value, ["traceback"] = new JsonArray() };
}
