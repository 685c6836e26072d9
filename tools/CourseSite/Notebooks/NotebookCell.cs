namespace CourseSite.Notebooks;

/// <summary>One cell of an executed notebook, as the site shows it.</summary>
/// <param name="Number">1-based position in the notebook.</param>
/// <param name="CellType">"markdown", "code" or "raw".</param>
/// <param name="Id">The nbformat cell id, when it has one.</param>
/// <param name="ExecutionCount">The kernel's count for an executed code cell, else null.</param>
public sealed record NotebookCell(int Number, string CellType, string? Id, string Source, IReadOnlyList<string> Tags, int? ExecutionCount, IReadOnlyList<CellOutput> Outputs)
{
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}
