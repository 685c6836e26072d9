namespace NotebookRunner.Packages;

/// <summary>A package could not be restored; the message carries NuGet's own error.</summary>
public sealed class PackageRestoreException(string message) : Exception(message);
