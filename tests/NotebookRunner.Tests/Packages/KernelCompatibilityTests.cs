using NotebookRunner.Packages;

namespace NotebookRunner.Tests.Packages;

public sealed class KernelCompatibilityTests
{
    [Theory]
    [InlineData("/srv/feed", true)]
    [InlineData("https://example.invalid/v3/index.json", true)]
    [InlineData("./local-packages", false)]
    [InlineData("local-packages", false)]
    [InlineData("../feed", false)]
    public void Given_a_package_source_when_checked_then_only_absolute_paths_and_urls_are_accepted(string source, bool accepted)
    {
        Assert.Equal(accepted, KernelCompatibility.IsAbsoluteSource(source));
    }

    [Theory]
    [InlineData("Plotly.NET", true)]
    [InlineData("plotly.net.csharp", true)]
    [InlineData("Plotly.NETX", false)]
    [InlineData("TaskTimeline.Charts", false)]
    public void Given_a_name_when_checked_then_Plotly_NET_and_its_packages_are_recognised(string name, bool plotly)
    {
        Assert.Equal(plotly, KernelCompatibility.IsPlotly(name));
    }
}
