namespace Course.Tests.Workshop;

/// <summary>.vscode/ makes a lesson open as a notebook on the .NET (C#) kernel.</summary>
public sealed class VsCodeSettingsTests
{
    [Fact]
    public void Notebooks_open_in_the_notebook_editor_and_new_ones_default_to_csharp_ipynb()
    {
        var settings = WorkshopFiles.ReadJsonc(".vscode/settings.json");

        Assert.Equal("jupyter-notebook", settings["workbench.editorAssociations"]!["*.ipynb"]!.GetValue<string>());
        Assert.Equal("csharp", settings["polyglot-notebook.defaultNotebookLanguage"]!.GetValue<string>());
        Assert.Equal(".ipynb", settings["polyglot-notebook.defaultNotebookExtension"]!.GetValue<string>());
        Assert.Equal("Course.slnx", settings["dotnet.defaultSolution"]!.GetValue<string>());
        Assert.True(File.Exists(WorkshopFiles.PathOf("Course.slnx")));
    }

    [Fact]
    public void The_codespace_applies_the_same_notebook_settings_as_the_workspace()
    {
        var workspace = WorkshopFiles.ReadJsonc(".vscode/settings.json");
        var codespace = WorkshopFiles.ReadJsonc(".devcontainer/devcontainer.json")["customizations"]!["vscode"]!["settings"]!.AsObject();
        var shared = codespace.Where(setting => workspace.ContainsKey(setting.Key)).ToArray();

        Assert.All(shared, setting => Assert.Equal(workspace[setting.Key]!.ToJsonString(), setting.Value!.ToJsonString()));
        Assert.Contains("workbench.editorAssociations", shared.Select(s => s.Key));
        // The codespace's own settings only tell Polyglot Notebooks where the container keeps its kernel (paths exist only there).
        Assert.All(codespace.Except(shared), setting => Assert.StartsWith("dotnet-interactive.", setting.Key));
    }
}
