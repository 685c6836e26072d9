namespace NotebookRunner.Directives;

/// <summary>A kernel directive on one line of a cell (1-based <see cref="Line"/>).</summary>
public abstract record Directive(int Line);

/// <summary><c>#r "nuget: Id, Version"</c>; a null version means the latest stable one.</summary>
public sealed record NuGetReference(int Line, string Id, string? Version) : Directive(Line)
{
    public override string ToString() => Version is null ? Id : $"{Id}, {Version}";
}

/// <summary><c>#r "path/to/Library.dll"</c>, resolved from the notebook's folder.</summary>
public sealed record AssemblyReference(int Line, string Path) : Directive(Line);

/// <summary><c>#i "nuget: source"</c>: an extra package source for later restores.</summary>
public sealed record PackageSource(int Line, string Source) : Directive(Line);

/// <summary><c>#!import file</c>: runs another notebook's or script's C# code in this session first.</summary>
public sealed record ImportFile(int Line, string Path) : Directive(Line);

/// <summary><c>#!time</c>: reports the cell's wall time, like the kernel.</summary>
public sealed record TimeCell(int Line) : Directive(Line);

/// <summary>A directive the kernel would reject or this runner does not implement; <see cref="Reason"/> says which.</summary>
public sealed record InvalidDirective(int Line, string Text, string Reason) : Directive(Line);
