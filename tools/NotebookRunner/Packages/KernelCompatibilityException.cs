namespace NotebookRunner.Packages;

/// <summary>Something the real .NET Interactive kernel is known to reject; refused here too, so CI never passes what VS Code breaks on.</summary>
public sealed class KernelCompatibilityException(string message) : Exception(message);
