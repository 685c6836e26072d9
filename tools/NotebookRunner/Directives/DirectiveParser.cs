using System.Text.RegularExpressions;

namespace NotebookRunner.Directives;

/// <summary>Splits a cell into kernel directives and C# the way the .NET Interactive kernel reads them.</summary>
public static partial class DirectiveParser
{
    static readonly HashSet<string> CSharpKernelNames = new(StringComparer.OrdinalIgnoreCase) { "csharp", "c#" };

    /// <summary>Kernels the real kernel knows; their cells are reported as skipped, not as errors.</summary>
    public static readonly IReadOnlySet<string> OtherKernelNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md", "sql", "kql",
        "mermaid", "value", "http", "python", "r", "vscode", "webview",
    };

    public static bool IsCSharpKernel(string name) => CSharpKernelNames.Contains(name);

    public static ParsedCell Parse(string source)
    {
        string[] lines = source.Replace("\r\n", "\n").Split('\n');
        var directives = new List<Directive>();
        string? kernel = null;
        bool seenCode = false;
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index].Trim();
            Directive? directive = ParseLine(index + 1, line);
            if (directive is null)
            {
                seenCode |= line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal);
                continue;
            }
            lines[index] = "";
            if (directive is KernelName name)
            {
                if (!seenCode && directives.Count == 0 && kernel is null)
                {
                    kernel = IsCSharpKernel(name.Name) ? null : name.Name;
                    continue;
                }
                directive = new InvalidDirective(index + 1, line, "switching kernels inside a cell is not supported: put it in its own cell");
            }
            directives.Add(directive);
        }
        return new ParsedCell(kernel, directives, string.Join('\n', lines));
    }

    static Directive? ParseLine(int number, string line)
    {
        if (line.StartsWith("#!", StringComparison.Ordinal))
            return ParseMagic(number, line);
        Match reference = ReferencePattern().Match(line);
        if (reference.Success)
            return ParseReference(number, line, reference.Groups["kind"].Value, reference.Groups["value"].Value);
        return null;
    }

    static Directive ParseMagic(int number, string line)
    {
        string[] words = line[2..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string name = words.Length > 0 ? words[0] : "";
        string argument = words.Length > 1 ? words[1].Trim('"') : "";
        if (IsCSharpKernel(name) || OtherKernelNames.Contains(name))
            return new KernelName(number, name);
        return name switch
        {
            "import" when argument.Length > 0 => new ImportFile(number, argument),
            "import" => new InvalidDirective(number, line, "#!import needs a file"),
            "time" => new TimeCell(number),
            _ => new InvalidDirective(number, line, $"unknown magic command '#!{name}'"),
        };
    }

    static Directive ParseReference(int number, string line, string kind, string value)
    {
        bool isNuGet = value.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase);
        string argument = isNuGet ? value["nuget:".Length..].Trim() : value.Trim();
        if (kind == "i")
        {
            return isNuGet && argument.Length > 0
                ? new PackageSource(number, argument)
                : new InvalidDirective(number, line, "#i takes a package source: #i \"nuget: <absolute path or URL>\"");
        }
        if (!isNuGet)
            return new AssemblyReference(number, argument);
        string[] parts = argument.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts[0].Length == 0 || (parts.Length == 2 && parts[1].Length == 0))
            return new InvalidDirective(number, line, "expected #r \"nuget: PackageId\" or #r \"nuget: PackageId, Version\"");
        return new NuGetReference(number, parts[0], parts.Length == 2 ? parts[1] : null);
    }

    [GeneratedRegex("""^#(?<kind>[ri])\s+"(?<value>[^"]*)"\s*(//.*)?$""")]
    private static partial Regex ReferencePattern();

    /// <summary>A kernel-switch line such as <c>#!fsharp</c> (only meaningful as a cell's first line).</summary>
    sealed record KernelName(int Line, string Name) : Directive(Line);
}
