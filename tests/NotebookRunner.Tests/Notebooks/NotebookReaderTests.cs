using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Notebooks;

public sealed class NotebookReaderTests
{
    const string Metadata = """{"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}""";

    [Fact]
    public void Given_a_csharp_notebook_when_read_then_cells_sources_tags_and_kernels_are_available()
    {
        var notebook = NotebookReader.Parse("x/01-intro.ipynb", $$$"""
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {{{Metadata}}}, "cells": [
              {"cell_type": "markdown", "id": "m", "metadata": {}, "source": "# Title"},
              {"cell_type": "code", "id": "ex-1", "metadata": {"tags": ["exercise"], "polyglot_notebook": {"kernelName": "csharp"}},
               "execution_count": null, "outputs": [], "source": ["\n", "  var x = 1;\n", "x"]}]}
            """);

        Assert.Equal("01-intro", notebook.Name);
        Assert.Equal(["markdown", "code"], notebook.Cells.Select(cell => cell.CellType));
        var code = notebook.Cells[1];
        Assert.Equal((2, "ex-1", "\n  var x = 1;\nx", "var x = 1;", "csharp"), (code.Number, code.Id, code.Source, code.FirstCodeLine, code.MetadataKernel));
        Assert.True(code.HasTag("exercise"));
    }

    [Theory]
    [InlineData("{\"cells\": [\n  {\"cell_type\": \"code\",\n", "malformed JSON (line 3, byte 1): Expected start of a property name or value, but instead reached end of data.")]
    [InlineData("[1, 2]", "not a Jupyter notebook (no \"cells\" array)")]
    [InlineData("{\"cells\": [], \"nbformat\": 3}", "not an nbformat 4 notebook (nbformat is 3)")]
    [InlineData("{\"cells\": [{\"source\": \"x\"}], \"nbformat\": 4}", "cell 1 is not a notebook cell (no \"cell_type\")")]
    [InlineData("{\"cells\": [], \"nbformat\": 4, \"metadata\": {\"kernelspec\": {\"language\": \"python\"}}}", "unknown kernel language 'python' (this runner runs C# notebooks)")]
    public void Given_text_that_is_not_a_csharp_notebook_when_read_then_one_line_says_why(string text, string expected)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse("x.ipynb", text));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Given_a_notebook_without_kernel_metadata_when_read_then_it_is_taken_as_csharp()
    {
        var notebook = NotebookReader.Parse("x.ipynb", "{\"cells\": [], \"nbformat\": 4, \"metadata\": {}}");

        Assert.Empty(notebook.Cells);
    }

    [Fact]
    public void Given_a_missing_file_when_read_then_it_says_file_not_found()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read("/nonexistent/x.ipynb"));

        Assert.Equal("file not found", error.Message);
    }

    [Fact]
    public void Given_text_with_several_lines_when_split_for_nbformat_then_each_line_keeps_its_newline()
    {
        Assert.Equal(["a\n", "\n", "b"], NotebookWriter.ToLines("a\n\nb").Select(line => line!.GetValue<string>()));
        Assert.Empty(NotebookWriter.ToLines(""));
    }
}
