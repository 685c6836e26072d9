namespace NotebookRunner.Site;

/// <summary>One executed notebook to publish as a page of the course site.</summary>
/// <param name="ExecutedNotebookPath">The executed copy (.ipynb, outputs filled in).</param>
/// <param name="SourcePath">The source notebook it came from (for its name and order).</param>
/// <param name="Elapsed">How long the run took.</param>
/// <param name="Passed">Whether every cell ran without error.</param>
public sealed record SitePage(string ExecutedNotebookPath, string SourcePath, TimeSpan Elapsed, bool Passed);
