using System.Runtime.Versioning;
using System.Reflection;

namespace TaskTimeline.Tests;

/// <summary>Each target of this project runs on its own runtime: the net8.0 run proves the library works on .NET 8, not on a rolled-forward 10.</summary>
public sealed class TestRuntimeTests
{
    [Fact]
    public void The_runtime_is_the_one_this_build_targets()
    {
        // Given the framework this test assembly was compiled for, e.g. ".NETCoreApp,Version=v8.0"
        string target = typeof(TestRuntimeTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var targetVersion = new FrameworkName(target).Version;

        // Then the runtime running it has the same major version
        Assert.Equal(targetVersion.Major, Environment.Version.Major);
    }

    [Fact]
    public void The_library_under_test_targets_net8()
    {
        string target = typeof(TaskTimeline.Lab.LabServer).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        Assert.Equal(".NETCoreApp,Version=v8.0", target);
    }
}
