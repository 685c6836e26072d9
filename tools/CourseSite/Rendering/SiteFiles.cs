namespace CourseSite.Rendering;

/// <summary>The fixed file names of the site, linked relatively so pages work from file://.</summary>
public static class SiteFiles
{
    public const string Index = "index.html";
    public const string Stylesheet = "site.css";
    public const string PlotlyLibrary = "plotly.min.js";

    /// <summary>The page of a notebook: its file name with .html instead of .ipynb.</summary>
    public static string PageFor(string notebookPath) => Path.GetFileNameWithoutExtension(notebookPath) + ".html";
}
