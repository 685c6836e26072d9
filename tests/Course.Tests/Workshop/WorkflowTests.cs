using YamlDotNet.RepresentationModel;

namespace Course.Tests.Workshop;

/// <summary>The GitHub workflows: not run here, so their structure is checked instead.</summary>
public sealed class WorkflowTests
{
    [Fact]
    public void Test_workflow_runs_ci_on_pushes_and_pull_requests_with_the_global_json_sdk()
    {
        var workflow = WorkshopFiles.ReadYaml(".github/workflows/test.yml");
        var steps = workflow.Steps().ToArray();

        Assert.True(workflow.Map("on").Has("push") && workflow.Map("on").Has("pull_request"), "test.yml must run on push and pull_request.");
        Assert.Equal(["actions/checkout@v4", "actions/setup-dotnet@v4"], steps.Where(s => s.Has("uses")).Select(s => s.Text("uses")));
        Assert.Equal("global.json", steps.Single(s => s.Has("uses") && s.Text("uses").StartsWith("actions/setup-dotnet")).Map("with").Text("global-json-file"));
        Assert.Equal("bash .ci/run", steps.Single(s => s.Has("run")).Text("run"));
    }

    [Fact]
    public void Pages_workflow_builds_the_site_with_the_runner_and_deploys_out_site()
    {
        // Given
        var workflow = WorkshopFiles.ReadYaml(".github/workflows/pages.yml");
        var jobs = workflow.Map("jobs");
        var build = jobs.Map("build");
        var deploy = jobs.Map("deploy");
        var buildSteps = ((YamlSequenceNode)build.Get("steps")).Children.Cast<YamlMappingNode>().ToArray();

        // Then: the site is the runner's --html output, uploaded from out/site and deployed by the official actions
        Assert.Equal("write", workflow.Map("permissions").Text("pages"));
        Assert.Equal("write", workflow.Map("permissions").Text("id-token"));
        string buildSite = buildSteps.Single(s => s.Has("run")).Text("run");
        Assert.Equal("dotnet run --project tools/NotebookRunner -c Release -- notebooks --output out --html", buildSite);
        Assert.Equal("out/site", buildSteps.Single(s => s.Has("uses") && s.Text("uses").StartsWith("actions/upload-pages-artifact@")).Map("with").Text("path"));
        Assert.Equal("build", deploy.Text("needs"));
        Assert.Equal("github-pages", deploy.Map("environment").Text("name"));
        var deployStep = ((YamlSequenceNode)deploy.Get("steps")).Children.Cast<YamlMappingNode>().Single();
        Assert.Equal("actions/deploy-pages@v4", deployStep.Text("uses"));
        Assert.Equal("${{ steps.deployment.outputs.page_url }}", deploy.Map("environment").Text("url"));
        Assert.Equal("deployment", deployStep.Text("id"));
    }
}
