using CourseSite.Notebooks;

namespace CourseSite.Tests.Notebooks;

public sealed class ExecutedNotebookTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("executed-notebook-").FullName;

    [Fact]
    public void Given_an_executed_fixture_When_read_Then_cells_tags_counts_and_outputs_come_in_order()
    {
        var notebook = ExecutedNotebook.Read(Path.Combine(FixtureSite.FixturesFolder, "02-charts.ipynb"));

        Assert.Equal(["markdown", "code", "code", "code", "code", "code", "code"], notebook.Cells.Select(cell => cell.CellType));
        var exercise = notebook.Cells.Single(cell => cell.Id == "ex-overlap");
        Assert.Equal((4, 3), (exercise.Number, exercise.ExecutionCount));
        Assert.Equal(["exercise"], exercise.Tags);
        Assert.Equal(new StreamOutput("stderr", "careful\n"), notebook.Cells.Single(cell => cell.Id == "warn").Outputs.Single());
        Assert.True(notebook.Passed);
    }

    [Fact]
    public void Given_a_cell_with_an_error_output_When_read_Then_the_notebook_did_not_pass()
    {
        var notebook = ExecutedNotebook.Read(Path.Combine(FixtureSite.FixturesFolder, "01-first-steps.ipynb"));

        Assert.False(notebook.Passed);
        Assert.Equal("kettle <empty>", notebook.Cells.Single(cell => cell.Id == "oops").Outputs.OfType<ErrorOutput>().Single().Value);
    }

    [Theory]
    [InlineData("{ \"cells\": [", "malformed JSON (line 1, byte 13)")]
    [InlineData("[1, 2]", "not a Jupyter notebook (no \"cells\" array)")]
    [InlineData("{ \"nbformat\": 3, \"cells\": [] }", "not an nbformat 4 notebook (nbformat is 3)")]
    [InlineData("{ \"nbformat\": 4, \"cells\": [ { \"cell_type\": \"code\", \"source\": \"x\" }, 7 ] }", "cell 2 is not a notebook cell (no \"cell_type\")")]
    [InlineData("{ \"nbformat\": 4, \"cells\": [ { \"cell_type\": \"code\", \"source\": [1, 2] } ] }", "cell 1: text line 1 is not a string")]
    [InlineData("{ \"nbformat\": 4, \"cells\": [ { \"cell_type\": \"code\", \"source\": \"\", \"outputs\": [ { \"output_type\": \"widget\" } ] } ] }", "cell 1: output 1 has unknown output_type 'widget'")]
    public void Given_a_file_that_is_not_an_executed_notebook_When_read_Then_one_line_names_the_file_and_what_is_wrong(string json, string problem)
    {
        var path = Path.Combine(folder, "bad.ipynb");
        File.WriteAllText(path, json);

        var error = Assert.Throws<NotebookFormatException>(() => ExecutedNotebook.Read(path));

        Assert.Equal($"{path}: {problem}", error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
