using System.CommandLine;
using System.Text;
using LessonApps.Export;

namespace LessonApps.CommandLine;

/// <summary>The command line: every lesson notebook in, one file-based app per lesson out (or, with --check, the stale ones listed).</summary>
public static class ExportCommand
{
    public static RootCommand Create()
    {
        var notebooks = new Option<string>("--notebooks") { Description = "Folder of lesson notebooks", DefaultValueFactory = _ => "notebooks" };
        var apps = new Option<string>("--apps") { Description = "Folder for the apps", DefaultValueFactory = _ => "apps" };
        var check = new Option<bool>("--check") { Description = "Write nothing; fail when an app differs from what its notebook exports" };
        var root = new RootCommand("Exports each lesson notebook to a file-based app (dotnet run apps/NN-name.cs).") { notebooks, apps, check };
        root.SetAction(parse => Run(parse.GetValue(notebooks)!, parse.GetValue(apps)!, parse.GetValue(check), parse.InvocationConfiguration));
        return root;
    }

    static int Run(string notebooks, string apps, bool check, InvocationConfiguration console)
    {
        if (!Directory.Exists(notebooks))
            return Fail(console, $"{notebooks}: no such folder (run from the repository folder, or pass --notebooks)");
        var paths = Directory.EnumerateFiles(notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        if (paths.Length == 0)
            return Fail(console, $"{notebooks}: no lesson notebooks (*.ipynb) in this folder");
        try
        {
            var exported = paths.Select(path => (App: Path.Combine(apps, LessonExporter.AppFileName(path)), Text: LessonExporter.Export(path))).ToArray();
            if (check)
            {
                var stale = exported.Where(e => !File.Exists(e.App) || File.ReadAllText(e.App) != e.Text).Select(e => e.App).ToArray();
                foreach (var app in stale) console.Error.WriteLine($"stale: {app} (regenerate: {LessonExporter.Command})");
                if (stale.Length == 0) console.Output.WriteLine($"{exported.Length} apps up to date");
                return stale.Length == 0 ? 0 : 1;
            }
            Directory.CreateDirectory(apps);
            foreach (var (app, text) in exported)
            {
                bool changed = !File.Exists(app) || File.ReadAllText(app) != text;
                if (changed) File.WriteAllText(app, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                console.Output.WriteLine($"{(changed ? "wrote" : "same ")} {app}");
            }
            return 0;
        }
        catch (Exception error) when (error is ExportException or IOException or UnauthorizedAccessException)
        {
            return Fail(console, error.Message);
        }
    }

    static int Fail(InvocationConfiguration console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return 1;
    }
}
