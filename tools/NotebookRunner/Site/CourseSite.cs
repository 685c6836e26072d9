namespace NotebookRunner.Site;

/// <summary>One executed notebook to publish as a page of the course site.</summary>
/// <param name="ExecutedNotebookPath">The executed copy (.ipynb, outputs filled in).</param>
/// <param name="SourcePath">The source notebook it came from (for its name and order).</param>
/// <param name="Elapsed">How long the run took.</param>
/// <param name="Passed">Whether every cell ran without error.</param>
public sealed record SitePage(string ExecutedNotebookPath, string SourcePath, TimeSpan Elapsed, bool Passed);

/// <summary>Writes executed notebooks as a static, offline course site (index + one page per notebook).</summary>
public static class CourseSite
{
    /// <summary>Writes the site into <paramref name="outputDir"/> and returns the index page's path.</summary>
    public static string Write(string outputDir, IReadOnlyList<SitePage> pages) =>
        throw new NotImplementedException("CourseSite.Write is being built (issue 5).");
}
