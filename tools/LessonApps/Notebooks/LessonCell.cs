namespace LessonApps.Notebooks;

/// <summary>One cell of a lesson notebook: its id, kind, source text and tags.</summary>
public sealed record LessonCell(string Id, bool IsCode, string Source, IReadOnlyList<string> Tags)
{
    /// <summary>An exercise stub the learner edits (tag <c>exercise</c>).</summary>
    public bool IsExercise => Tags.Contains("exercise");

    /// <summary>The check that grades the exercise before it (tag <c>check</c>).</summary>
    public bool IsCheck => Tags.Contains("check");
}
