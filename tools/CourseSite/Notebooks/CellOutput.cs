namespace CourseSite.Notebooks;

/// <summary>One nbformat output of an executed code cell.</summary>
public abstract record CellOutput;

/// <summary>Text written to stdout or stderr.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>A displayed value or the cell's result: one representation per MIME type.</summary>
public sealed record DataOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;

/// <summary>An exception or compile error the cell ended with.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
