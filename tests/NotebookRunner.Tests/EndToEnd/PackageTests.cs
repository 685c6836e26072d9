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
            // Not Plotly.NET itself, only an assembly that says it is: enough to prove #r of it is refused before loading.
            TestAssemblies.Compile(Fixtures.PathOf("packages/lib/Plotly.NET.dll"), "Plotly.NET", "public static class Chart { }");
            Directory.CreateDirectory(FeedFolder);
            File.WriteAllText(Fixtures.PathOf("packages/absolute-source.ipynb"), File.ReadAllText(Fixtures.PathOf("packages/nuget.ipynb"))
                .Replace("\"#r \\\"nuget: Humanizer.Core, 2.14.1\\\"\\n\",", $"\"#i \\\"nuget: {FeedFolder}\\\"\\n\", \"#r \\\"nuget: Humanizer.Core, 2.14.1\\\"\\n\","));
            Result = RunnerCli.Run(Fixtures.Root, "packages", "-o", "out");
        }

        public void Dispose() => Fixtures.Dispose();
    }

    [Fact]
    public void Then_the_run_fails_because_of_the_bad_packages_only()
    {
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Equal(
            ["absolute-source: passed", "missing-package: failed", "nuget-latest: passed", "nuget: passed", "plotly: failed", "relative-source: failed"],
            run.Result.Summary["notebooks"]!.AsArray().Select(notebook => $"{notebook!["name"]}: {notebook["status"]}"));
    }

    [Fact]
    public void Then_a_restored_package_and_its_namespace_are_usable_and_the_kernel_style_list_is_shown()
    {
        var notebook = run.Result.Executed("nuget");
        Assert.Equal(
            ["display text/html: <div><strong>Installed Packages</strong><ul><li><span>Humanizer.Core, 2.14.1</span></li></ul></div> + text/plain: Installed Packages\n  - Humanizer.Core, 2.14.1\n",
             "result text/plain: course runner test"],
            notebook.Describe(1));
        Assert.Equal(["result text/plain: second cell"], notebook.Describe(2));
        Nbformat.AssertValid(notebook.Path);
    }

    [Fact]
    public void Then_a_package_without_version_resolves_to_the_latest_stable_one()
    {
        var outputs = run.Result.Executed("nuget-latest").Describe(1);
        Assert.Matches(@"(?s)^display .*Installed Packages\n  - Humanizer\.Core, \d+\.\d+\.\d+\n$", outputs[0]);
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
        Assert.StartsWith("packages/missing-package.ipynb cell 1 (`#r \"nuget: No.Such.Package.For.Runner.Tests, ...`): restore of No.Such.Package.For.Runner.Tests, 1.0.0 failed: error NU1101: Unable to find package No.Such.Package.For.Runner.Tests.", error);
        Assert.EndsWith("(line 1)", error);
        var notebook = run.Result.Executed("missing-package");
        Assert.StartsWith("error PackageRestoreError: restore of No.Such.Package.For.Runner.Tests, 1.0.0 failed: error NU1101", notebook.Describe(1)[0]);
        Assert.Equal(["result text/plain: 2"], notebook.Describe(2));
    }

    [Fact]
    public void Then_a_version_that_cannot_be_restored_shows_NuGets_reason()
    {
        string error = run.Result.Errors.Single(line => line.Contains("missing-package.ipynb cell 3 "));
        Assert.StartsWith("packages/missing-package.ipynb cell 3 (`#r \"nuget: Humanizer.Core, 99.0.0\"`): restore of Humanizer.Core, 99.0.0 failed: error NU1102: Unable to find package Humanizer.Core with version (>= 99.0.0)", error);
    }

    [Fact]
    public void Then_Plotly_NET_is_refused_with_the_kernels_reason_as_package_and_as_dll()
    {
        Assert.Contains(
            "packages/plotly.ipynb cell 1 (`#r \"nuget: Plotly.NET, 6.0.0\"`): #r \"nuget: Plotly.NET, 6.0.0\": Plotly.NET cannot be loaded into the notebook: it needs FSharp.Core 10.1.0.0 and the .NET Interactive kernel already has FSharp.Core 10.0.0.0 loaded, so in VS Code the first chart fails (FileNotFoundException 'FSharp.Core, Version=10.1.0.0'). Draw charts through TaskTimeline, which loads Plotly.NET into its own AssemblyLoadContext. (line 1)",
            run.Result.Errors);
        Assert.Contains(run.Result.Errors, line => line.StartsWith("packages/plotly.ipynb cell 2 (`#r \"lib/Plotly.NET.dll\"`): #r \"lib/Plotly.NET.dll\" is Plotly.NET. Plotly.NET cannot be loaded"));
        Assert.Equal(["result text/plain: still running"], run.Result.Executed("plotly").Describe(3));
    }

    [Fact]
    public void Then_a_relative_package_source_fails_like_the_kernel_and_breaks_later_restores()
    {
        Assert.Equal(
            ["packages/relative-source.ipynb cell 1 (`#i \"nuget: ./local-packages\"`): #i \"nuget: ./local-packages\": #i needs an absolute path or URL: the .NET Interactive kernel rejects a relative package source ('Invalid URI: The format of the URI could not be determined') and every later #r \"nuget:\" in the notebook fails (line 1)",
             "packages/relative-source.ipynb cell 2 (`#r \"nuget: Humanizer.Core, 2.14.1\"`): #r \"nuget:\" after a relative #i fails in the .NET Interactive kernel (the package source list is broken for the rest of the notebook) (line 1)"],
            run.Result.Errors.Where(line => line.StartsWith("packages/relative-source.ipynb")));
    }
}
