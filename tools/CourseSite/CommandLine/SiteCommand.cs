using System.CommandLine;
using CourseSite.Notebooks;

namespace CourseSite.CommandLine;

/// <summary>The command line: a folder of executed notebooks in, a static site out.</summary>
public static class SiteCommand
{
    public static RootCommand Create()
    {
        var input = new Argument<string>("input")
        {
            Description = "The runner's output folder (its notebooks/ holds the executed copies) or a folder of executed notebooks",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "out",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Folder for the site [default: site/ beside the notebooks folder, e.g. out/site]" };
        var title = new Option<string>("--title") { Description = "Course title on every page", DefaultValueFactory = _ => SiteWriter.DefaultCourseTitle };
        var appendix = new Option<string[]>("--appendix")
        {
            Description = $"Markdown pages to add after the lessons [default: {DefaultAppendix} when it exists]",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => File.Exists(DefaultAppendix) ? [DefaultAppendix] : [],
        };

        var root = new RootCommand("Renders executed course notebooks as a static site that works offline (file://).") { input, output, title, appendix };
        root.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(title)!, parse.GetValue(appendix)!, parse.InvocationConfiguration));
        return root;
    }

    /// <summary>The Python tutorial's ideas, retold: the lessons link to it.</summary>
    const string DefaultAppendix = "docs/python-tutorial.md";

    static int Run(string input, string? output, string title, string[] appendices, InvocationConfiguration console)
    {
        var notebooksFolder = Directory.Exists(Path.Combine(input, "notebooks")) ? Path.Combine(input, "notebooks") : input;
        if (!Directory.Exists(notebooksFolder))
            return Fail(console, $"{input}: no such folder (run the notebooks first: dotnet run --project tools/NotebookRunner -c Release -- notebooks)");
        var notebooks = Directory.EnumerateFiles(notebooksFolder, "*.ipynb").ToArray();
        if (notebooks.Length == 0)
            return Fail(console, $"{notebooksFolder}: no executed notebooks (*.ipynb) in this folder");
        var siteFolder = output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebooksFolder))!, "site");
        try
        {
            console.Output.WriteLine($"site: {SiteWriter.Write(siteFolder, notebooks, title, appendices)}");
            return 0;
        }
        catch (Exception error) when (error is NotebookFormatException or ArgumentException or IOException or UnauthorizedAccessException)
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
