namespace LessonApps.Export;

/// <summary>A notebook cannot be exported faithfully; the message is one line naming the notebook (and cell).</summary>
public sealed class ExportException(string message) : Exception(message);
