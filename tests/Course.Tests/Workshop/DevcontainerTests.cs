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
        { "extension display name instead of id", "PatternMismatch at #/customizations.vscode.extensions[3]" },
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
    public void The_dotnet_feature_installs_the_sdk_band_global_json_asks_for()
    {
        // Given global.json's SDK (e.g. 10.0.400 with rollForward latestPatch, i.e. any 10.0.4xx)
        var sdk = WorkshopFiles.ReadJsonc("global.json")["sdk"]!;
        string version = sdk["version"]!.GetValue<string>();
        Assert.Equal("latestPatch", sdk["rollForward"]!.GetValue<string>());
        string band = version[..^2] + "xx";

        // Then the feature asks for that band, plus the .NET 8 and 9 runtimes (with ASP.NET Core) for older kernels
        var dotnet = Devcontainer()["features"]!["ghcr.io/devcontainers/features/dotnet:2"]!;
        Assert.Equal(band, dotnet["version"]!.GetValue<string>());
        Assert.Equal("8.0,9.0", dotnet["dotnetRuntimeVersions"]!.GetValue<string>());
        Assert.Equal("8.0,9.0", dotnet["aspNetCoreRuntimeVersions"]!.GetValue<string>());
    }

    [Fact]
    public void Post_create_builds_the_runner_which_stages_the_helper_library()
    {
        Assert.Equal("dotnet build tools/NotebookRunner -c Release", Devcontainer()["postCreateCommand"]!.GetValue<string>());
        Assert.True(File.Exists(WorkshopFiles.PathOf("tools/NotebookRunner/NotebookRunner.csproj")), "postCreateCommand builds tools/NotebookRunner, which has no project file.");
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

        Assert.Equal(["ms-dotnettools.dotnet-interactive-vscode", "ms-toolsai.jupyter", "ms-dotnettools.csdevkit"], installed);
        Assert.Equal(installed, recommended);
    }

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
