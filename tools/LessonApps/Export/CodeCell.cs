using System.Text.RegularExpressions;
using LessonApps.Notebooks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LessonApps.Export;

/// <summary>
/// A code cell parsed as the kernel compiles it (a C# script submission), split into what a file-based app needs:
/// packages, usings, top-level code, type declarations, and the names it declares and uses.
/// </summary>
internal sealed partial class CodeCell
{
    private CodeCell(LessonCell cell, bool isLoader, IReadOnlyList<string> packages, IReadOnlyList<UsingDirectiveSyntax> usings,
        IReadOnlyList<MemberDeclarationSyntax> body, IReadOnlyList<MemberDeclarationSyntax> types, MemberDeclarationSyntax? display)
    {
        Cell = cell;
        IsLoader = isLoader;
        Packages = packages;
        Usings = usings;
        Body = body;
        Types = types;
        Display = display;
        Methods = body.Select(MethodName).OfType<string>().ToHashSet();
        Variables = body.SelectMany(DeclaredVariables).ToHashSet();
        NestedVariables = body.Where(m => m is GlobalStatementSyntax { Statement: not LocalFunctionStatementSyntax }).SelectMany(NestedNames).Where(n => !Variables.Contains(n)).ToHashSet();
        References = body.SelectMany(Identifiers).Select(i => i.Identifier.ValueText).ToHashSet();
        HasAwait = body.Any(m => m.DescendantNodes().OfType<AwaitExpressionSyntax>().Any(a => !a.Ancestors().Any(IsFunction))
            || m.DescendantNodes().OfType<ForEachStatementSyntax>().Any(f => f.AwaitKeyword != default)
            || m.DescendantNodes().OfType<LocalDeclarationStatementSyntax>().Any(d => d.AwaitKeyword != default));
    }

    public LessonCell Cell { get; }

    /// <summary>The lessons' first cell (<c>#!import ../artifacts/helpers/load.csx</c>): in an app, the <c>#:project</c> line and its usings.</summary>
    public bool IsLoader { get; }

    /// <summary><c>#r "nuget: Id, Version"</c> lines as <c>Id@Version</c>.</summary>
    public IReadOnlyList<string> Packages { get; }

    public IReadOnlyList<UsingDirectiveSyntax> Usings { get; }

    /// <summary>Statements and methods (local functions in the app), in cell order.</summary>
    public IReadOnlyList<MemberDeclarationSyntax> Body { get; }

    /// <summary>Records, classes and other type declarations: they go to the end of the app.</summary>
    public IReadOnlyList<MemberDeclarationSyntax> Types { get; }

    /// <summary>The trailing expression without <c>;</c> the kernel displays, when there is one (the last of <see cref="Body"/>).</summary>
    public MemberDeclarationSyntax? Display { get; }

    public IReadOnlySet<string> Methods { get; }

    /// <summary>Variables the cell declares at its top level (what a later cell can see).</summary>
    public IReadOnlySet<string> Variables { get; }

    /// <summary>
    /// Variables declared in the cell's blocks, loops and catch clauses (not in its lambdas or methods): a later cell cannot see
    /// them, but in one C# file they clash with a top-level variable of the same name anywhere (CS0136).
    /// </summary>
    public IReadOnlySet<string> NestedVariables { get; }

    /// <summary>Every name the cell's code refers to.</summary>
    public IReadOnlySet<string> References { get; }

    /// <summary>Whether the cell's own code (not a method in it) awaits.</summary>
    public bool HasAwait { get; }

    public bool Declares(string name) => Methods.Contains(name) || Variables.Contains(name);

    public static CodeCell Parse(string notebook, LessonCell cell)
    {
        string Where() => $"{notebook}: cell {cell.Id}";
        bool loader = false;
        var packages = new List<string>();
        var code = new List<string>();
        foreach (var line in cell.Source.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("#!import ", StringComparison.Ordinal) && trimmed.EndsWith("artifacts/helpers/load.csx", StringComparison.Ordinal)) loader = true;
            else if (NugetReference().Match(trimmed) is { Success: true } nuget)
                packages.Add(nuget.Groups["version"].Success ? $"{nuget.Groups["id"].Value}@{nuget.Groups["version"].Value}"
                    : throw new ExportException($"{Where()}: #r \"nuget: {nuget.Groups["id"].Value}\" has no version; a file-based app needs one (#r \"nuget: Id, Version\")"));
            else if (trimmed.StartsWith("#!", StringComparison.Ordinal) || trimmed.StartsWith("#r ", StringComparison.Ordinal)
                     || trimmed.StartsWith("#i ", StringComparison.Ordinal) || trimmed.StartsWith("#load ", StringComparison.Ordinal))
                throw new ExportException($"{Where()}: '{trimmed}' has no file-based app equivalent (only the loader import and #r \"nuget: Id, Version\" export)");
            else code.Add(line);
        }
        if (loader && code.Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("//", StringComparison.Ordinal)))
            throw new ExportException($"{Where()}: the loader cell holds code besides its import; move that code to a cell of its own");

        var tree = CSharpSyntaxTree.ParseText(string.Join('\n', code), ScriptOptions);
        if (tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            throw new ExportException($"{Where()}: line {error.Location.GetLineSpan().StartLinePosition.Line + 1}: {error.GetMessage()}");
        var root = tree.GetCompilationUnitRoot();
        if (root.Externs.Count > 0 || root.AttributeLists.Count > 0)
            throw new ExportException($"{Where()}: extern aliases and assembly attributes cannot be exported");

        var body = new List<MemberDeclarationSyntax>();
        var types = new List<MemberDeclarationSyntax>();
        foreach (var member in root.Members)
        {
            switch (member)
            {
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    types.Add(member);
                    break;
                case GlobalStatementSyntax:
                    body.Add(member);
                    break;
                case MethodDeclarationSyntax method when method.Modifiers.All(m => m.Kind() is SyntaxKind.StaticKeyword or SyntaxKind.AsyncKeyword or SyntaxKind.UnsafeKeyword or SyntaxKind.ExternKeyword):
                    body.Add(member);
                    break;
                case FieldDeclarationSyntax field when field.Modifiers.All(m => m.IsKind(SyntaxKind.ConstKeyword)):
                    body.Add(member);
                    break;
                default:
                    throw new ExportException($"{Where()}: line {member.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: a script member like '{FirstLine(member)}' has no top-level statement equivalent");
            }
        }
        var display = body.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } } last ? last : null;
        return new CodeCell(cell, loader, packages, root.Usings, body, types, display);
    }

    /// <summary>The names a name in <paramref name="node"/> refers to (not member names after a dot, not argument names).</summary>
    public static IEnumerable<IdentifierNameSyntax> Identifiers(SyntaxNode node) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Where(IsReference);

    public static bool IsReference(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == name,
        MemberBindingExpressionSyntax => false,
        QualifiedNameSyntax qualified => qualified.Left == name,
        NameColonSyntax or NameEqualsSyntax => false,
        _ => true,
    };

    /// <summary>Whether a lambda or method around <paramref name="node"/> declares its own parameter or local <paramref name="name"/>.</summary>
    public static bool Shadowed(SyntaxNode node, string name) => node.Ancestors().Where(IsFunction).Any(function =>
        function.ChildNodes().OfType<BaseParameterListSyntax>().SelectMany(list => list.Parameters).Any(p => p.Identifier.ValueText == name)
        || function is SimpleLambdaExpressionSyntax simple && simple.Parameter.Identifier.ValueText == name
        || function.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.ValueText == name)
        || function.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Any(d => d.Identifier.ValueText == name));

    public static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MethodDeclarationSyntax;

    private static readonly CSharpParseOptions ScriptOptions = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    private static string? MethodName(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax local } => local.Identifier.ValueText,
        _ => null,
    };

    // Expression variables (out var, patterns, deconstruction) of a top-level statement live in the enclosing scope, as locals do;
    // those of loops, blocks, lambdas and nested functions do not.
    private static IEnumerable<string> DeclaredVariables(MemberDeclarationSyntax member)
    {
        SyntaxNode? scoped = member switch
        {
            FieldDeclarationSyntax field => field.Declaration,
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            GlobalStatementSyntax { Statement: ExpressionStatementSyntax expression } => expression.Expression,
            GlobalStatementSyntax { Statement: IfStatementSyntax branch } => branch.Condition,
            GlobalStatementSyntax { Statement: ReturnStatementSyntax { Expression: { } returned } } => returned,
            GlobalStatementSyntax { Statement: ThrowStatementSyntax { Expression: { } thrown } } => thrown,
            GlobalStatementSyntax { Statement: SwitchStatementSyntax choice } => choice.Expression,
            _ => null,
        };
        if (scoped is null) return [];
        var nodes = scoped.DescendantNodesAndSelf(n => n == scoped || !(IsFunction(n) || n is StatementSyntax or QueryExpressionSyntax));
        return nodes.OfType<VariableDeclaratorSyntax>().Where(v => v.Parent?.Parent == scoped.Parent || v.Parent == scoped).Select(v => v.Identifier.ValueText)
            .Concat(nodes.OfType<SingleVariableDesignationSyntax>().Select(d => d.Identifier.ValueText));
    }

    private static IEnumerable<string> NestedNames(MemberDeclarationSyntax member)
    {
        var nodes = member.DescendantNodes(n => !IsFunction(n)).Where(n => !n.Ancestors().Any(IsFunction) && !IsFunction(n));
        return nodes.Select(n => n switch
        {
            VariableDeclaratorSyntax v => v.Identifier.ValueText,
            SingleVariableDesignationSyntax d => d.Identifier.ValueText,
            ForEachStatementSyntax f => f.Identifier.ValueText,
            CatchDeclarationSyntax { Identifier.ValueText.Length: > 0 } c => c.Identifier.ValueText,
            _ => null,
        }).OfType<string>();
    }

    private static string FirstLine(SyntaxNode node) => node.ToString().Split('\n')[0].Trim();

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<id>[A-Za-z0-9_.\-]+)\s*(,\s*(?<version>[^"\s]+)\s*)?"$""")]
    private static partial Regex NugetReference();
}
