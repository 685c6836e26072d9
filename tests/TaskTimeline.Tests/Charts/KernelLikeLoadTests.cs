using System.Reflection;
using System.Runtime.Loader;

namespace TaskTimeline.Tests.Charts;

/// <summary>
/// The .NET Interactive kernel already holds FSharp.Core 10.0 when a notebook does <c>#r "TaskTimeline.dll"</c>, and
/// Plotly.NET 6 needs FSharp.Core 10.1. Reproduce that: FSharp.Core 10.0.x in the default context first, then
/// TaskTimeline.dll loaded by path, then a chart.
/// </summary>
public class KernelLikeLoadTests
{
    [Fact]
    public void Given_FSharp_Core_10_0_already_loaded_When_TaskTimeline_is_loaded_by_path_and_draws_Then_the_chart_renders_with_its_own_FSharp_Core()
    {
        var kernelFSharp = LoadKernelFSharpCore();
        var taskTimelinePath = typeof(Timeline).Assembly.Location;
        var kernel = new KernelLikeContext();
        var library = kernel.LoadFromAssemblyPath(taskTimelinePath);

        var snapshot = library.GetType("TaskTimeline.TimelineJson", throwOnError: true)!.GetMethod("Read")!
            .Invoke(null, [TimelineJson.Write(ChartTimelines.TwoThreads()), "kernel test"])!;
        var chart = library.GetType("TaskTimeline.TimelineChartExtensions", throwOnError: true)!
            .GetMethod("Gantt", [snapshot.GetType()])!.Invoke(null, [snapshot])!;
        var figure = (string)chart.GetType().GetMethod("ToFigureJson", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(chart, null)!;
        var html = (string)chart.GetType().GetMethod("ToStandaloneHtml", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(chart, null)!;

        Assert.Same(kernel, AssemblyLoadContext.GetLoadContext(library));
        Assert.Equal(ChartTimelines.TwoThreads().Gantt().ToFigureJson(), figure);
        Assert.Contains("<script type=\"text/plain\" data-plotly-library>", html);
        Assert.Equal(new Version(10, 0, 0, 0), kernelFSharp.GetName().Version);
        Assert.Same(kernelFSharp, AssemblyLoadContext.Default.Assemblies.Single(a => a.GetName().Name == "FSharp.Core"));
        var chartsFSharp = AssemblyLoadContext.All.Where(c => c.Name == "TaskTimeline.Charts")
            .SelectMany(c => c.Assemblies).Where(a => a.GetName().Name == "FSharp.Core").ToArray();
        Assert.NotEmpty(chartsFSharp);
        Assert.All(chartsFSharp, a => Assert.Equal(new Version(10, 1, 0, 0), a.GetName().Version));
    }

    [Fact]
    public void Given_TaskTimeline_When_its_references_are_listed_Then_neither_Plotly_nor_FSharp_Core_is_among_them()
    {
        var references = typeof(Timeline).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.DoesNotContain("Plotly.NET", references);
        Assert.DoesNotContain("FSharp.Core", references);
        Assert.DoesNotContain(typeof(Timeline).Assembly.GetExportedTypes(), t => t.Namespace?.StartsWith("Plotly", StringComparison.Ordinal) == true);
    }

    private static Assembly LoadKernelFSharpCore()
    {
        var path = typeof(KernelLikeLoadTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "KernelFSharpCore").Value!;
        Assert.True(File.Exists(path), $"FSharp.Core 10.0.x not found at '{path}' (restore downloads it).");
        var fsharp = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        // Use it, as the kernel's F# side does, so it is not just mapped but live.
        var empty = fsharp.GetType("Microsoft.FSharp.Collections.FSharpList`1", throwOnError: true)!.MakeGenericType(typeof(int)).GetProperty("Empty")!.GetValue(null);
        Assert.NotNull(empty);
        return fsharp;
    }

    /// <summary>Like a script host's load context for <c>#r</c>: loads the given file, everything else from the default context.</summary>
    private sealed class KernelLikeContext() : AssemblyLoadContext("kernel-like #r")
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
