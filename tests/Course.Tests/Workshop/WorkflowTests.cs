using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Course.Tests.Workshop;

/// <summary>
/// The GitHub workflows are not run here; what they must do is checked against the files they depend on: CI runs the README's
/// test command, Pages publishes what the README's set-up command builds, and only after the tests passed.
/// </summary>
public sealed partial class WorkflowTests
{
    [Fact]
    public void Given_the_test_workflow_Then_it_runs_ci_which_runs_the_readmes_test_command_with_the_global_json_sdk()
    {
        var steps = WorkshopFiles.ReadYaml(".github/workflows/test.yml").Map("jobs").Map("test").StepList();

        var ci = steps.Single(step => step.Has("run"));
        Assert.Equal("bash .ci/run", ci.Text("run"));
        var test = ReadmeSetUp().TestCommand;
        Assert.True(CiCommands().Any(command => command == test || command.StartsWith(test + " ", StringComparison.Ordinal)), $".ci/run does not run the README's test command '{test}'");
        AssertSdkFromGlobalJsonBefore(steps, ci);
    }

    [Fact]
    public void Given_the_pages_workflow_Then_it_runs_the_readmes_set_up_command_and_uploads_the_site_that_command_writes()
    {
        var steps = WorkshopFiles.ReadYaml(".github/workflows/pages.yml").Map("jobs").Map("build").StepList();

        var build = steps.Single(step => step.Has("run"));
        var (mainCommand, _) = ReadmeSetUp();
        Assert.Equal(mainCommand, build.Text("run"));
        // The site builder writes <runner output>/site; the runner's output folder defaults to out.
        Assert.EndsWith("-- out", mainCommand);
        Assert.Equal("out/site", steps.Single(step => step.Has("uses") && step.Text("uses").StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal)).Map("with").Text("path"));
        AssertSdkFromGlobalJsonBefore(steps, build);
    }

    [Fact]
    public void Given_the_pages_workflow_Then_the_deployment_waits_for_the_test_workflow()
    {
        var jobs = WorkshopFiles.ReadYaml(".github/workflows/pages.yml").Map("jobs");

        var testJobs = jobs.Children.Where(job => job.Value is YamlMappingNode map && map.Has("uses") && map.Text("uses") == "./.github/workflows/test.yml")
            .Select(job => ((YamlScalarNode)job.Key).Value!).ToArray();
        Assert.NotEmpty(testJobs);
        var deployment = jobs.Children.Single(job => ((YamlMappingNode)job.Value).StepList().Any(step => step.Has("uses") && step.Text("uses").StartsWith("actions/deploy-pages@", StringComparison.Ordinal)));
        Assert.Contains(testJobs, Prerequisites(jobs, ((YamlScalarNode)deployment.Key).Value!).Contains);
        // A called workflow must declare that it can be called.
        Assert.True(WorkshopFiles.ReadYaml(".github/workflows/test.yml").Map("on").Has("workflow_call"), "test.yml lacks on.workflow_call, so pages.yml cannot run it.");
    }

    /// <summary>Every job <paramref name="job"/> waits for, directly or through others.</summary>
    static HashSet<string> Prerequisites(YamlMappingNode jobs, string job)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([job]);
        while (pending.TryPop(out var current))
        {
            var map = jobs.Map(current);
            if (!map.Has("needs"))
                continue;
            var needs = map.Get("needs") switch
            {
                YamlScalarNode one => [one.Value!],
                YamlSequenceNode many => many.Children.Cast<YamlScalarNode>().Select(need => need.Value!).ToArray(),
                var other => throw new InvalidDataException($"needs of {current} is neither a job nor a list: {other}"),
            };
            foreach (var need in needs.Where(found.Add))
                pending.Push(need);
        }
        return found;
    }

    static void AssertSdkFromGlobalJsonBefore(IReadOnlyList<YamlMappingNode> steps, YamlMappingNode step)
    {
        var setup = steps.Take(steps.ToList().IndexOf(step)).SingleOrDefault(s => s.Has("uses") && s.Text("uses").StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.True(setup is not null, "no actions/setup-dotnet step before the command");
        Assert.True(File.Exists(WorkshopFiles.PathOf(setup.Map("with").Text("global-json-file"))), "setup-dotnet's global-json-file does not exist");
    }

    /// <summary>The README's two set-up commands: the one-line main command and the test command, in that order.</summary>
    static (string MainCommand, string TestCommand) ReadmeSetUp()
    {
        var readme = File.ReadAllText(WorkshopFiles.PathOf("README.md"));
        var start = readme.IndexOf("\n## Set up", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Set up' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var blocks = BashBlock().Matches(readme[start..(end < 0 ? readme.Length : end)]).Select(match => match.Groups["code"].Value.Trim()).ToArray();
        Assert.True(blocks.Length == 2, $"README.md's set-up section should have two commands, has {blocks.Length} bash blocks");
        Assert.All(blocks, block => Assert.DoesNotContain('\n', block));
        return (blocks[0], blocks[1]);
    }

    /// <summary>The commands of .ci/run's lines, each up to its first redirection, pipe or chaining ("dotnet test X 2>&amp;1 | tee log" → "dotnet test X").</summary>
    static IEnumerable<string> CiCommands() =>
        File.ReadAllLines(WorkshopFiles.PathOf(".ci/run")).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(["2>", "|", "&&", ";"], StringSplitOptions.None)[0].Trim());

    [GeneratedRegex(@"```bash\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}

internal static class WorkflowSteps
{
    public static IReadOnlyList<YamlMappingNode> StepList(this YamlMappingNode job) =>
        job.Has("steps") ? ((YamlSequenceNode)job.Get("steps")).Children.Cast<YamlMappingNode>().ToArray() : [];
}
