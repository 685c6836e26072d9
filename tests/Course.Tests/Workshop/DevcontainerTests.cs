using System.Text.Json.Nodes;

namespace Course.Tests.Workshop;

/// <summary>.devcontainer/devcontainer.json opens the course in Codespaces with the SDK, runtimes and extensions the notebooks need.</summary>
public sealed class DevcontainerTests
{
    private const string DevcontainerPath = ".devcontainer/devcontainer.json";

    private static JsonObject Devcontainer() => WorkshopFiles.ReadJsonc(DevcontainerPath);

    [Fact]
    public void The_devcontainer_is_valid_against_the_schema()
    {
        Assert.Empty(DevcontainerSchema.Validate(Devcontainer()));
    }

    public static TheoryData<string, string> BrokenVariants => new()
    {
        { "misspelt postCreateCommand", "NoAdditionalPropertiesAllowed at #/postCreateComand" },
        { "cpus as text", "IntegerExpected at #/hostRequirements.cpus" },
        { "memory with a space", "PatternMismatch at #/hostRequirements.memory" },
        { "no image", "PropertyRequired at #/image" },
        { "extension display name instead of id", "PatternMismatch at #/customizations.vscode.extensions[4]" },
        { "feature without a registry", "NoAdditionalPropertiesAllowed at #/features.dotnet" },
        { "empty postCreateCommand", "StringTooShort at #/postCreateCommand" },
    };

    [Theory]
    [MemberData(nameof(BrokenVariants))]
    public void A_broken_devcontainer_is_rejected(string breakage, string expectedError)
    {
        // Given the real devcontainer.json with one thing broken
        var broken = Devcontainer();
        Break(broken, breakage);

        // When / Then
        Assert.Contains(expectedError, DevcontainerSchema.Validate(broken));
    }

    [Fact]
    public void The_dotnet_feature_installs_an_sdk_that_global_json_accepts()
    {
        // Given global.json's lowest SDK and how far it may roll forward
        var sdk = WorkshopFiles.ReadJsonc("global.json")["sdk"]!;
        var lowest = Version.Parse(sdk["version"]!.GetValue<string>());
        string rollForward = sdk["rollForward"]!.GetValue<string>();

        // When the feature installs its band (e.g. 10.0.4xx)
        var dotnet = Devcontainer()["features"]!["ghcr.io/devcontainers/features/dotnet:2"]!;
        string band = dotnet["version"]!.GetValue<string>();
        var installed = Version.Parse(band.Replace("xx", "00"));

        // Then global.json accepts it: same major.minor, a feature band at or above the lowest, and a roll-forward that allows it
        Assert.Equal((lowest.Major, lowest.Minor), (installed.Major, installed.Minor));
        Assert.True(installed.Build >= lowest.Build, $"the container installs {band}, below global.json's {lowest}");
        if (installed.Build / 100 != lowest.Build / 100) Assert.Contains(rollForward, new[] { "latestFeature", "latestMinor", "latestMajor" });
        // plus the .NET 8 and 9 runtimes (with ASP.NET Core) for older kernels
        Assert.Equal("8.0,9.0", dotnet["dotnetRuntimeVersions"]!.GetValue<string>());
        Assert.Equal("8.0,9.0", dotnet["aspNetCoreRuntimeVersions"]!.GetValue<string>());
    }

    [Fact]
    public void Post_create_builds_the_runner_which_stages_the_helper_library()
    {
        Assert.Equal("dotnet build tools/NotebookRunner -c Release", PostCreate("course"));
        Assert.True(File.Exists(WorkshopFiles.PathOf("tools/NotebookRunner/NotebookRunner.csproj")), "postCreateCommand builds tools/NotebookRunner, which has no project file.");
    }

    [Fact]
    public async Task Given_the_post_create_kernel_step_When_it_runs_Then_the_jupyter_kernelspec_starts_the_installed_tool_Polyglot_requires()
    {
        // Given the post-create step that installs the released kernel (the script CI runs the lessons with)
        string[] step = PostCreate("released-kernel").Split(' ');
        Assert.Equal(["bash", ".ci/released-kernel", "install"], step[..3]);
        using var scratch = new ScratchFolder();
        string kernels = Path.Combine(scratch.Path, "home", ".local", "share", "jupyter", "kernels");

        // When it runs (tools in a scratch folder instead of .tools/)
        var install = await Shell.RunAsync(WorkshopFiles.Root, [step[0], step[1], step[2], kernels], ("RELEASED_KERNEL_TOOLS", scratch.Path));
        Assert.True(install.ExitCode == 0, install.ToString());

        // Then the C# kernelspec starts the installed tool, which is the version the Polyglot extension is told to require
        var argv = JsonNode.Parse(File.ReadAllText(Path.Combine(kernels, ".net-csharp", "kernel.json")))!["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray();
        Assert.Equal(["jupyter", "--default-kernel", "csharp"], argv[1..4]);
        var version = await Shell.RunAsync(scratch.Path, [argv[0], "--version"]);
        Assert.Equal(Setting("dotnet-interactive.requiredInteractiveToolVersion"), version.StandardOutput.Trim().Split('+')[0]);
    }

    [Fact]
    public async Task Given_no_package_source_but_the_feed_post_create_fills_When_Polyglot_acquires_its_tool_Then_it_installs_the_required_version()
    {
        // Given the feed the post-create step fills (in a scratch folder) and a NuGet configuration with no other source
        using var scratch = new ScratchFolder();
        var install = await Shell.RunAsync(WorkshopFiles.Root, ["bash", ".ci/released-kernel", "install", Path.Combine(scratch.Path, "kernels")], ("RELEASED_KERNEL_TOOLS", scratch.Path));
        Assert.True(install.ExitCode == 0, install.ToString());
        string feed = Setting("dotnet-interactive.interactiveToolSource").Replace("${containerWorkspaceFolder}/.tools", scratch.Path);
        string storage = Directory.CreateDirectory(Path.Combine(scratch.Path, "globalStorage")).FullName;
        File.WriteAllText(Path.Combine(storage, "nuget.config"), "<configuration><packageSources><clear /></packageSources></configuration>");
        (string, string) emptyCache = ("NUGET_PACKAGES", Path.Combine(scratch.Path, "packages"));

        // When the extension acquires its tool as it does (a local tool in its global storage, from interactiveToolSource)
        string version = Setting("dotnet-interactive.requiredInteractiveToolVersion");
        var manifest = await Shell.RunAsync(storage, ["dotnet", "new", "tool-manifest"], emptyCache);
        var acquire = await Shell.RunAsync(storage, ["dotnet", "tool", "install", "--add-source", feed, "--ignore-failed-sources", "Microsoft.dotnet-interactive", "--version", version], emptyCache);

        // Then it installed that version, which starts
        Assert.True(manifest.ExitCode == 0, manifest.ToString());
        Assert.True(acquire.ExitCode == 0, acquire.ToString());
        var run = await Shell.RunAsync(storage, ["dotnet", "tool", "run", "dotnet-interactive", "--", "--version"], emptyCache);
        Assert.StartsWith(version + "+", run.StandardOutput.Trim());
    }

    [Fact]
    public void The_container_asks_for_what_a_two_core_codespace_has()
    {
        var host = Devcontainer()["hostRequirements"]!;

        Assert.Equal(2, host["cpus"]!.GetValue<int>());
        Assert.Equal("8gb", host["memory"]!.GetValue<string>());
        Assert.Equal("32gb", host["storage"]!.GetValue<string>());
    }

    [Fact]
    public void The_container_installs_the_notebook_extensions_the_workspace_recommends()
    {
        var installed = Devcontainer()["customizations"]!["vscode"]!["extensions"]!.AsArray().Select(e => e!.GetValue<string>());
        var recommended = WorkshopFiles.ReadJsonc(".vscode/extensions.json")["recommendations"]!.AsArray().Select(e => e!.GetValue<string>());

        Assert.Equal(["ms-dotnettools.dotnet-interactive-vscode", "ms-toolsai.jupyter", "Datafication.verso-notebook", "ms-dotnettools.csdevkit"], installed);
        Assert.Equal(installed, recommended);
    }

    private static string PostCreate(string name) => Devcontainer()["postCreateCommand"]![name]!.GetValue<string>();

    private static string Setting(string name) => Devcontainer()["customizations"]!["vscode"]!["settings"]![name]!.GetValue<string>();

    private static void Break(JsonObject devcontainer, string breakage)
    {
        switch (breakage)
        {
            case "misspelt postCreateCommand":
                devcontainer["postCreateComand"] = devcontainer["postCreateCommand"]!.DeepClone();
                devcontainer.Remove("postCreateCommand");
                break;
            case "cpus as text": devcontainer["hostRequirements"]!["cpus"] = "two"; break;
            case "memory with a space": devcontainer["hostRequirements"]!["memory"] = "8 GB"; break;
            case "no image": devcontainer.Remove("image"); break;
            case "extension display name instead of id": devcontainer["customizations"]!["vscode"]!["extensions"]!.AsArray().Add("Polyglot Notebooks"); break;
            case "feature without a registry": devcontainer["features"]!["dotnet"] = new JsonObject(); break;
            case "empty postCreateCommand": devcontainer["postCreateCommand"] = ""; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "No such breakage.");
        }
    }
}
