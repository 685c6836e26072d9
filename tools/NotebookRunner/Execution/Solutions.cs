using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>The exercise convention: a cell tagged <c>exercise</c> with an id has its solution in &lt;solutions&gt;/&lt;notebook&gt;/&lt;id&gt;.csx.</summary>
public static class Solutions
{
    public const string ExerciseTag = "exercise";
    public const string CheckTag = "check";

    public static bool IsExercise(NotebookCell cell) => cell.IsCode && cell.HasTag(ExerciseTag);

    /// <summary>Where the solution of <paramref name="cell"/> lives.</summary>
    /// <param name="directory">The solutions folder, or null for solutions/ beside the notebook.</param>
    public static string PathOf(NotebookDocument notebook, NotebookCell cell, string? directory) =>
        Path.Combine(directory ?? Path.Combine(notebook.Directory, "solutions"), notebook.Name, (cell.Id ?? "(no id)") + ".csx");
}
