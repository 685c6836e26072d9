using System.CommandLine;
using CourseSite.CommandLine;

namespace CourseSite.Tests.CommandLine;

public sealed class SiteCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("course-site-cli-").FullName;

    [Fact]
    public async Task Given_the_runners_output_folder_When_run_Then_the_site_goes_to_its_site_folder()
    {
        FixtureSite.CopyFixtures(Path.Combine(folder, "out", "notebooks"));

        var (exit, stdout, stderr) = await RunAsync(Path.Combine(folder, "out"));

        Assert.True(exit == 0, stderr);
        var index = Path.Combine(folder, "out", "site", "index.html");
        Assert.Equal($"site: {index}", stdout.Trim());
        Assert.Equal(["01-first-steps.html", "02-charts.html", "index.html"], Directory.EnumerateFiles(Path.GetDirectoryName(index)!, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_a_folder_of_executed_notebooks_and_an_output_When_run_Then_the_site_goes_there()
    {
        var notebooks = Path.Combine(folder, "executed");
        FixtureSite.CopyFixtures(notebooks);
        var site = Path.Combine(folder, "public");

        var (exit, _, stderr) = await RunAsync(notebooks, "-o", site, "--title", "Workshop");

        Assert.True(exit == 0, stderr);
        Assert.Contains("<title>Workshop</title>", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Fact]
    public async Task Given_a_folder_that_does_not_exist_When_run_Then_one_error_line_names_it_and_the_exit_code_is_1()
    {
        var missing = Path.Combine(folder, "not-run-yet");

        var (exit, _, stderr) = await RunAsync(missing);

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {missing}: no such folder", stderr);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Given_a_broken_notebook_among_good_ones_When_run_Then_one_error_line_names_it_and_no_site_is_written()
    {
        var notebooks = Path.Combine(folder, "out", "notebooks");
        FixtureSite.CopyFixtures(notebooks);
        var broken = Path.Combine(notebooks, "03-broken.ipynb");
        File.WriteAllText(broken, "{ \"cells\": [");

        var (exit, _, stderr) = await RunAsync(Path.Combine(folder, "out"));

        Assert.Equal(1, exit);
        Assert.Equal($"error: {broken}: malformed JSON (line 1, byte 13)", stderr.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(folder, "out", "site")));
    }

    [Fact]
    public async Task Given_an_empty_folder_When_run_Then_it_says_there_are_no_executed_notebooks()
    {
        var (exit, _, stderr) = await RunAsync(folder);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {folder}: no executed notebooks (*.ipynb) in this folder", stderr.TrimEnd());
    }

    static async Task<(int Exit, string StdOut, string StdErr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await SiteCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
