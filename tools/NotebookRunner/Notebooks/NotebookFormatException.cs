namespace NotebookRunner.Notebooks;

/// <summary>The file cannot be run as a C# notebook (missing, malformed JSON, not nbformat 4, other kernel).</summary>
public sealed class NotebookFormatException(string message) : Exception(message);
