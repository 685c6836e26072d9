namespace NotebookRunner.Directives;

/// <summary>A cell split into its kernel, its directives and the C# left to compile.</summary>
/// <param name="Kernel">The kernel the cell's first line switches to (<c>#!fsharp</c>), or null for the notebook's C#.</param>
/// <param name="Directives">The directives, in order.</param>
/// <param name="Code">The cell's C# with every directive line blanked, so compiler line numbers stay the cell's.</param>
public sealed record ParsedCell(string? Kernel, IReadOnlyList<Directive> Directives, string Code);
