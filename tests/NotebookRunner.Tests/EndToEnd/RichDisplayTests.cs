using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>Given display/rich-display.ipynb (a type with the kernel's formatter convention, a relative #r), when the runner runs it.</summary>
public sealed class RichDisplayTests(RichDisplayTests.Run run) : IClassFixture<RichDisplayTests.Run>
{
    public sealed class Run : IDisposable
    {
        public FixtureFolder Fixtures { get; } = new();
        public RunnerResult Result { get; }
        public ExecutedNotebook Notebook { get; }

        public Run()
        {
            TestAssemblies.Compile(Fixtures.PathOf("display/lib/Greeter.dll"), "Greeter",
                """public static class Greeter { public static string Hello(string name) => $"Hello, {name}!"; }""");
            Result = RunnerCli.Run(Fixtures.Root, "display", "-o", "out");
            Notebook = Result.Executed("rich-display");
        }

        public void Dispose() => Fixtures.Dispose();
    }

    [Fact]
    public void Then_it_passes()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Nbformat.AssertValid(run.Notebook.Path);
    }

    [Fact]
    public void Then_a_trailing_value_is_formatted_by_its_TypeFormatterSource_formatter_in_the_kernels_preferred_mime_type()
    {
        Assert.Equal(["result html: <b>done</b>"], run.Notebook.Describe(2));
    }

    [Fact]
    public void Then_display_uses_the_same_formatters()
    {
        Assert.Equal(["display html: <b>shown</b>"], run.Notebook.Describe(3));
    }

    [Fact]
    public void Then_a_relative_r_loads_the_dll_from_the_notebooks_folder()
    {
        Assert.Equal(["result text/plain: Hello, course!"], run.Notebook.Describe(4));
    }

    [Fact]
    public void Then_values_without_formatters_get_the_kernels_own_html_form()
    {
        Assert.Equal(["result html: [ 1, 2, 3 ]"], run.Notebook.Describe(5));
    }
}
