using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>Given the command line, when it is used wrongly or with its options.</summary>
public sealed class CommandLineTests : IDisposable
{
    readonly FixtureFolder fixtures = new();

    public void Dispose() => fixtures.Dispose();

    [Fact]
    public void When_with_solutions_and_expect_unsolved_are_combined_then_it_refuses()
    {
        var result = RunnerCli.Run(fixtures.Root, "exercises", "--with-solutions", "--expect-unsolved");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--with-solutions (or --solutions) and --expect-unsolved cannot be combined", result.StandardError);
    }

    [Fact]
    public void When_the_timeout_is_not_positive_then_it_refuses()
    {
        var result = RunnerCli.Run(fixtures.Root, "errors/ok.ipynb", "--timeout", "0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--timeout must be a positive number of seconds", result.StandardError);
    }

    [Fact]
    public void When_a_folder_holds_no_notebooks_then_it_says_so()
    {
        Directory.CreateDirectory(fixtures.PathOf("empty"));

        var result = RunnerCli.Run(fixtures.Root, "empty");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["no notebooks found in empty"], result.Errors);
    }

    [Fact]
    public void When_no_path_is_given_then_it_runs_the_notebooks_folder_into_out()
    {
        Directory.CreateDirectory(fixtures.PathOf("notebooks"));
        File.Copy(fixtures.PathOf("errors/ok.ipynb"), fixtures.PathOf("notebooks/ok.ipynb"));

        var result = RunnerCli.Run(fixtures.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(fixtures.PathOf("out/notebooks/ok.ipynb")));
        Assert.Contains("│ ok ", result.StandardOutput);
    }

    [Fact]
    public void When_two_notebooks_share_a_file_name_then_the_second_is_not_run_and_reported()
    {
        Directory.CreateDirectory(fixtures.PathOf("again"));
        File.Copy(fixtures.PathOf("errors/ok.ipynb"), fixtures.PathOf("again/ok.ipynb"));

        var result = RunnerCli.Run(fixtures.Root, "errors/ok.ipynb", "again/ok.ipynb", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["again/ok.ipynb: not run, errors/ok.ipynb has the same file name and its executed copy would be overwritten"], result.Errors);
    }
}
