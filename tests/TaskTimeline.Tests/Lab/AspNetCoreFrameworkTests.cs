using System.Reflection;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>A host without ASP.NET Core (dotnet-repl) finds it in the installed shared framework of its own major version.</summary>
public sealed class AspNetCoreFrameworkTests : IDisposable
{
    private readonly string _shared = Directory.CreateTempSubdirectory("aspnetcore-shared-").FullName;

    public void Dispose() => Directory.Delete(_shared, recursive: true);

    private void Install(string version, string assembly)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_shared, "Microsoft.AspNetCore.App", version)).FullName;
        File.WriteAllText(Path.Combine(folder, assembly + ".dll"), "");
    }

    [Fact]
    public void Given_several_installed_versions_When_an_assembly_is_asked_for_Then_the_newest_of_the_runtimes_major_version_answers()
    {
        Install("8.0.11", "Kestrel.Core");
        Install("10.0.1", "Kestrel.Core");
        Install("10.0.12", "Kestrel.Core");
        Install("11.0.0-preview.1", "Kestrel.Core");

        Assert.Equal(Path.Combine(_shared, "Microsoft.AspNetCore.App", "10.0.12", "Kestrel.Core.dll"), AspNetCoreFramework.Find(_shared, new Version(10, 0, 3), new AssemblyName("Kestrel.Core")));
        Assert.Equal(Path.Combine(_shared, "Microsoft.AspNetCore.App", "8.0.11", "Kestrel.Core.dll"), AspNetCoreFramework.Find(_shared, new Version(8, 0, 22), new AssemblyName("Kestrel.Core")));
    }

    [Fact]
    public void Given_no_matching_version_or_assembly_When_asked_Then_nothing_is_found_and_the_usual_error_stands()
    {
        Install("8.0.11", "Kestrel.Core");

        Assert.Null(AspNetCoreFramework.Find(_shared, new Version(9, 0, 0), new AssemblyName("Kestrel.Core")));
        Assert.Null(AspNetCoreFramework.Find(_shared, new Version(8, 0, 0), new AssemblyName("Not.In.The.Framework")));
        Assert.Null(AspNetCoreFramework.Find(Path.Combine(_shared, "missing"), new Version(8, 0, 0), new AssemblyName("Kestrel.Core")));
        Assert.Null(AspNetCoreFramework.Find(null, new Version(8, 0, 0), new AssemblyName("Kestrel.Core")));
    }

    [Fact]
    public void Given_this_machines_runtime_When_Kestrel_is_asked_for_Then_the_installed_framework_has_it_unless_the_run_is_self_contained()
    {
        bool sharedRuntime = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location))) == "Microsoft.NETCore.App";

        var found = AspNetCoreFramework.Find(AspNetCoreFramework.SharedFrameworksFolder(), Environment.Version, new AssemblyName("Microsoft.AspNetCore.Server.Kestrel.Core"));

        // The .NET 8 test run is self-contained (no shared frameworks beside its runtime): then there is nothing to find.
        if (sharedRuntime) Assert.True(found is not null && File.Exists(found), $"Kestrel not found beside the runtime in {AspNetCoreFramework.SharedFrameworksFolder()}");
        else Assert.Null(found);
    }
}
