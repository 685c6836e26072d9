using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.EndToEnd;

/// <summary>Given the package notebooks (#r "nuget:", #i, Plotly.NET), when the runner runs them all at once.</summary>
public sealed class PackageTests(PackageTests.Run run) : IClassFixture<PackageTests.Run>
{
    public sealed class Run : IDisposable
    {
        public FixtureFolder Fixtures { get; } = new();
        public RunnerResult Result { get; }
        public string FeedFolder { get; } = Path.Combine(Path.GetTempPath(), "notebook-runner-tests-feed");

        public Run()
        {
            Directory.CreateDirectory(FeedFolder);
            File.WriteAllText(Fixtures.PathOf("packages/absolute-source.ipynb"), File.ReadAllText(Fixtures.PathOf("packages/nuget.ipynb"))
                .Replace("\"#r \\\"nuget: Humanizer.Core, 2.14.1\\\"\\n\",", $"\"#i \\\"nuget: {FeedFolder}\\\"\\n\", \"#r \\\"nuget: Humanizer.Core, 2.14.1\\\"\\n\","));
            // The kernel restores each package set with a separate build: give it room on a loaded machine.
            Result = RunnerCli.Run(Fixtures.Root, "packages", "--timeout", "900", "-o", "out");
        }

        public void Dispose() => Fixtures.Dispose();
    }

    [Fact]
    public void Then_the_run_fails_because_of_the_bad_packages_only()
    {
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Equal(
            ["absolute-source: passed", "missing-package: failed", "nuget-latest: passed", "nuget: passed", "relative-source: failed"],
            run.Result.Summary["notebooks"]!.AsArray().Select(notebook => $"{notebook!["name"]}: {notebook["status"]}"));
    }

    [Fact]
    public void Then_a_restored_package_and_its_namespace_are_usable_and_the_kernels_package_list_is_shown()
    {
        var notebook = run.Result.Executed("nuget");
        string[] outputs = notebook.Describe(1);
        Assert.Equal(2, outputs.Length);
        Assert.Contains("Installed Packages", outputs[0]);
        Assert.Contains("Humanizer.Core, 2.14.1", outputs[0]);
        Assert.Equal("result text/plain: course runner test", outputs[1]);
        Assert.Equal(["result text/plain: second cell"], notebook.Describe(2));
        Nbformat.AssertValid(notebook.Path);
    }

    [Fact]
    public void Then_a_package_without_version_resolves_to_the_latest_stable_one()
    {
        var outputs = run.Result.Executed("nuget-latest").Describe(1);
        Assert.Matches(@"Installed Packages.*Humanizer\.Core, \d+\.\d+\.\d+", outputs[0]);
        Assert.Equal("result text/plain: latest version", outputs[1]);
    }

    [Fact]
    public void Then_an_absolute_package_source_is_accepted()
    {
        Assert.Equal("result text/plain: course runner test", run.Result.Executed("absolute-source").Describe(1)[1]);
    }

    [Fact]
    public void Then_a_package_that_does_not_exist_shows_the_restore_error_and_later_cells_still_run()
    {
        string error = run.Result.Errors.Single(line => line.Contains("missing-package.ipynb cell 1 "));
        Assert.StartsWith("packages/missing-package.ipynb cell 1 (`#r \"nuget: No.Such.Package.For.Runner.Tests, ...`): error NU1101: Unable to find package No.Such.Package.For.Runner.Tests.", error);
        var notebook = run.Result.Executed("missing-package");
        Assert.Contains(notebook.Describe(1), output => output.StartsWith("error Error: error NU1101", StringComparison.Ordinal));
        Assert.Equal(["result html: 2"], notebook.Describe(2));
    }

    [Fact]
    public void Then_a_version_that_cannot_be_restored_shows_NuGets_reason()
    {
        string error = run.Result.Errors.Single(line => line.Contains("missing-package.ipynb cell 3 "));
        Assert.StartsWith("packages/missing-package.ipynb cell 3 (`#r \"nuget: Humanizer.Core, 99.0.0\"`): error NU1102: Unable to find package Humanizer.Core with version (>= 99.0.0)", error);
    }

    [Fact]
    public void Then_a_relative_package_source_fails_as_in_the_kernel_and_breaks_later_restores()
    {
        Assert.Equal(
            ["packages/relative-source.ipynb cell 1 (`#i \"nuget: ./local-packages\"`): PackageManagement Error 999 Invalid URI: The format of the URI could not be determined.",
             "packages/relative-source.ipynb cell 2 (`#r \"nuget: Humanizer.Core, 2.14.1\"`): PackageManagement Error 999 Invalid URI: The format of the URI could not be determined."],
            run.Result.Errors.Where(line => line.StartsWith("packages/relative-source.ipynb")));
    }
}
