namespace CourseSite.Notebooks;

/// <summary>The file is not a readable nbformat 4 notebook; the message is one line naming the file (and cell).</summary>
public sealed class NotebookFormatException(string message) : Exception(message);
