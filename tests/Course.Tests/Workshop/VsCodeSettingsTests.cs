using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Course.Tests.Workshop;

/// <summary>.vscode/ opens the lessons as C# notebooks and the solution with every project; checked against the repository it describes.</summary>
public sealed class VsCodeSettingsTests
{
    static readonly JsonObject Settings = WorkshopFiles.ReadJsonc(".vscode/settings.json");

    [Fact]
    public void Given_the_default_solution_Then_it_exists_and_holds_every_project_of_the_repository()
    {
        var solution = Settings["dotnet.defaultSolution"]!.GetValue<string>();
        var listed = XDocument.Load(WorkshopFiles.PathOf(solution)).Descendants("Project")
            .Select(project => project.Attribute("Path")!.Value.Replace('\\', '/')).Order(StringComparer.Ordinal);

        var onDisk = new[] { "helpers", "tools", "tests", "benchmarks" }
            .Where(folder => Directory.Exists(WorkshopFiles.PathOf(folder)))
            .SelectMany(folder => Directory.EnumerateFiles(WorkshopFiles.PathOf(folder), "*.csproj", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(WorkshopFiles.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "artifacts" or "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, listed);
    }

    [Fact]
    public void Given_a_new_notebook_Then_it_defaults_to_the_kernel_and_format_of_every_lesson()
    {
        var lessons = Directory.EnumerateFiles(WorkshopFiles.PathOf("notebooks"), "*.ipynb").ToArray();
        Assert.NotEmpty(lessons);

        var language = Settings["polyglot-notebook.defaultNotebookLanguage"]!.GetValue<string>();
        var extension = Settings["polyglot-notebook.defaultNotebookExtension"]!.GetValue<string>();
        Assert.All(lessons, lesson =>
        {
            Assert.Equal(extension, Path.GetExtension(lesson));
            var metadata = JsonNode.Parse(File.ReadAllText(lesson))!["metadata"]!;
            Assert.Equal(language, metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        });
        Assert.Equal("jupyter-notebook", Settings["workbench.editorAssociations"]![$"*{extension}"]!.GetValue<string>());
    }

    [Fact]
    public void Given_the_build_output_folders_git_ignores_Then_the_editor_neither_watches_nor_searches_them()
    {
        var ignoredFolders = File.ReadAllLines(WorkshopFiles.PathOf(".gitignore"))
            .Where(line => line.StartsWith('/') && line.EndsWith('/'))
            .Select(line => line.Trim('/')).ToArray();
        Assert.Contains("artifacts", ignoredFolders);

        Assert.All(ignoredFolders, folder =>
        {
            Assert.True(Settings["files.watcherExclude"]![$"**/{folder}/**"]?.GetValue<bool>() == true, $"files.watcherExclude misses {folder}/");
            Assert.True(Settings["search.exclude"]![$"**/{folder}"]?.GetValue<bool>() == true, $"search.exclude misses {folder}/");
        });
    }

    [Fact]
    public void Given_a_codespace_Then_it_applies_the_same_notebook_settings_as_the_workspace()
    {
        var codespace = WorkshopFiles.ReadJsonc(".devcontainer/devcontainer.json")["customizations"]!["vscode"]!["settings"]!.AsObject();
        var shared = codespace.Where(setting => Settings.ContainsKey(setting.Key)).ToArray();

        Assert.All(shared, setting => Assert.Equal(Settings[setting.Key]!.ToJsonString(), setting.Value!.ToJsonString()));
        Assert.Contains("workbench.editorAssociations", shared.Select(s => s.Key));
        // The codespace's own settings only tell Polyglot Notebooks where the container keeps its kernel (paths exist only there).
        Assert.All(codespace.Except(shared), setting => Assert.StartsWith("dotnet-interactive.", setting.Key));
    }
}
