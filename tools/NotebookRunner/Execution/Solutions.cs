using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>The exercise convention: a cell tagged <c>exercise</c> with an id has its solution in solutions/&lt;notebook&gt;/&lt;id&gt;.csx.</summary>
public static class Solutions
{
    public const string ExerciseTag = "exercise";
    public const string CheckTag = "check";

    public static bool IsExercise(NotebookCell cell) => cell.IsCode && cell.HasTag(ExerciseTag);

    /// <summary>Where the solution of <paramref name="cell"/> lives, relative to the notebook's folder.</summary>
    public static string RelativePath(NotebookDocument notebook, NotebookCell cell) =>
        Path.Combine("solutions", notebook.Name, (cell.Id ?? "(no id)") + ".csx");
}
