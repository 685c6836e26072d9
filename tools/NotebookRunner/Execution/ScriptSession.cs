using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;
using NotebookRunner.Directives;
using AssemblyReference = NotebookRunner.Directives.AssemblyReference;
using NotebookRunner.Packages;

namespace NotebookRunner.Execution;

/// <summary>
/// One Roslyn scripting session for one notebook: every cell continues the previous state, so variables,
/// usings, methods and types carry over. References are loaded into the default load context (see FACTS: the
/// load-context trap) and registered with the session's assembly loader.
/// </summary>
public sealed class ScriptSession
{
    /// <summary>The usings the C# kernel starts with.</summary>
    public static readonly string[] KernelImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    static readonly HashSet<string> FrameworkAssemblyNames = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Select(Path.GetFileNameWithoutExtension)
        .ToHashSet(StringComparer.OrdinalIgnoreCase)!;

    readonly InteractiveAssemblyLoader loader = new();
    readonly NuGetRestorer restorer;
    readonly List<NuGetReference> packages = [];
    readonly List<string> packageSources = [];
    readonly HashSet<string> referencedPaths = new(StringComparer.Ordinal);
    readonly HashSet<string> probeFolders = new(StringComparer.Ordinal);
    readonly CellGlobals globals = new();
    ScriptOptions options;
    ScriptState<object?>? state;
    bool packageSourcesBroken;

    public ScriptSession(string notebookDirectory, NuGetRestorer restorer)
    {
        this.restorer = restorer;
        NotebookDirectory = notebookDirectory;
        options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(KernelImports)
            .AddReferences(typeof(Enumerable).Assembly, typeof(Task<>).Assembly, typeof(CellGlobals).Assembly)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory).WithSearchPaths(notebookDirectory))
            .WithSourceResolver(new SourceFileResolver([notebookDirectory], notebookDirectory))
            .WithEmitDebugInformation(true)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithFileEncoding(Encoding.UTF8);
        AssemblyLoadContext.Default.Resolving += ResolveBesideReferences;
    }

    /// <summary>
    /// Compiles and runs a trivial script with the sessions' options, so the compiler is loaded and JIT-ed before the
    /// first real cell: a fresh worker otherwise pays that cold start inside the notebook's first cells.
    /// </summary>
    public static void WarmUp()
    {
        ScriptOptions warmUp = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(KernelImports)
            .AddReferences(typeof(Enumerable).Assembly, typeof(Task<>).Assembly, typeof(CellGlobals).Assembly)
            .WithEmitDebugInformation(true)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithFileEncoding(Encoding.UTF8)
            .WithFilePath("warm-up");
        Script<object?> script = CSharpScript.Create<object?>("new[] { 1, 1 }.Sum()", warmUp, typeof(CellGlobals));
        HasTrailingValue(script.GetCompilation());
        // Synchronous on purpose: the idle worker must not leave thread-pool threads behind (lessons measure the pool).
        script.RunAsync(new CellGlobals()).GetAwaiter().GetResult();
    }

    public string NotebookDirectory { get; }

    /// <summary>Compiles and runs one cell's C# (directives already applied).</summary>
    /// <param name="code">The cell's code.</param>
    /// <param name="fileName">The name stack traces and diagnostics give the cell (its lines are the cell's).</param>
    public async Task<CellValue> RunAsync(string code, string fileName)
    {
        ScriptOptions cellOptions = options.WithFilePath(fileName);
        Script<object?> script = state is null
            ? CSharpScript.Create<object?>(code, cellOptions, typeof(CellGlobals), loader)
            : state.Script.ContinueWith<object?>(code, cellOptions);
        var errors = script.Compile().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
            throw new CompilationErrorException(errors[0].GetMessage(), [.. errors]);
        bool hasValue = HasTrailingValue(script.GetCompilation());
        state = state is null
            ? await script.RunAsync(globals, catchException: _ => true)
            : await script.RunFromAsync(state, catchException: _ => true);
        if (state.Exception is { } exception)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
        return new CellValue(hasValue, state.ReturnValue);
    }

    /// <summary>True when the cell ends in an expression without a semicolon whose type is not void (the kernel shows its value).</summary>
    static bool HasTrailingValue(Compilation compilation)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        var root = (CompilationUnitSyntax)tree.GetRoot();
        if (root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement } || !statement.SemicolonToken.IsMissing)
            return false;
        ITypeSymbol? type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    /// <summary><c>#r "file.dll"</c>: resolved from the notebook's folder, refused when it would pull Plotly.NET in.</summary>
    public void Reference(AssemblyReference reference)
    {
        string path = Path.GetFullPath(reference.Path, NotebookDirectory);
        if (!File.Exists(path))
            throw new CellFailure("FileNotFoundException", $"#r: assembly not found: {reference.Path} (looked at {path})", reference.Line);
        string? plotly = PlotlyReferenceOf(path);
        if (plotly is not null)
            throw new CellFailure("KernelCompatibilityError", $"#r \"{reference.Path}\" {plotly}. {KernelCompatibility.PlotlyReason}", reference.Line);
        Load([path]);
    }

    /// <summary><c>#i "nuget: source"</c>: absolute paths and URLs only, as in the kernel.</summary>
    public void AddSource(PackageSource source)
    {
        if (!KernelCompatibility.IsAbsoluteSource(source.Source))
        {
            packageSourcesBroken = true;
            throw new CellFailure("KernelCompatibilityError", $"#i \"nuget: {source.Source}\": {KernelCompatibility.RelativeSourceReason}", source.Line);
        }
        if (!packageSources.Contains(source.Source))
            packageSources.Add(source.Source);
    }

    /// <summary><c>#r "nuget: ..."</c>: restores the notebook's whole package set so far and loads what is new.</summary>
    public RestoredPackages AddPackages(IReadOnlyList<NuGetReference> requested)
    {
        int line = requested[0].Line;
        if (packageSourcesBroken)
            throw new CellFailure("KernelCompatibilityError", KernelCompatibility.BrokenByRelativeSourceReason, line);
        if (requested.FirstOrDefault(package => KernelCompatibility.IsPlotly(package.Id)) is { } plotly)
            throw new CellFailure("KernelCompatibilityError", $"#r \"nuget: {plotly}\": {KernelCompatibility.PlotlyReason}", plotly.Line);
        var set = packages.Where(known => !requested.Any(package => package.Id.Equals(known.Id, StringComparison.OrdinalIgnoreCase))).Concat(requested).ToList();
        RestoredPackages restored;
        try
        {
            restored = restorer.Restore(set, packageSources);
        }
        catch (PackageRestoreException error)
        {
            throw new CellFailure("PackageRestoreError", error.Message, line);
        }
        if (restored.Packages.FirstOrDefault(package => KernelCompatibility.IsPlotly(package.Id)) is { } transitive)
            throw new CellFailure("KernelCompatibilityError", $"{string.Join(", ", requested)} depends on {transitive.Id} {transitive.Version}: {KernelCompatibility.PlotlyReason}", line);
        packages.Clear();
        packages.AddRange(set);
        Load(restored.RuntimeAssemblies);
        return restored;
    }

    void Load(IEnumerable<string> paths)
    {
        var references = new List<MetadataReference>();
        foreach (string path in paths)
        {
            if (!referencedPaths.Add(path))
                continue;
            AssemblyName name = AssemblyName.GetAssemblyName(path);
            if (FrameworkAssemblyNames.Contains(name.Name!))
                continue;   // the shared framework's copy is already there and newer
            probeFolders.Add(Path.GetDirectoryName(path)!);
            Assembly assembly = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(loaded => loaded.GetName().Name == name.Name)
                ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
            loader.RegisterDependency(assembly);
            references.Add(MetadataReference.CreateFromFile(path));
        }
        options = options.AddReferences(references);
    }

    Assembly? ResolveBesideReferences(AssemblyLoadContext context, AssemblyName name)
    {
        foreach (string folder in probeFolders)
        {
            string candidate = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(candidate))
                return context.LoadFromAssemblyPath(candidate);
        }
        return null;
    }

    /// <summary>Why the assembly would bring Plotly.NET into the notebook's context, or null when it would not.</summary>
    static string? PlotlyReferenceOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
            return null;
        MetadataReader metadata = pe.GetMetadataReader();
        if (metadata.IsAssembly && KernelCompatibility.IsPlotly(metadata.GetString(metadata.GetAssemblyDefinition().Name)))
            return "is Plotly.NET";
        foreach (var handle in metadata.AssemblyReferences)
        {
            string referenced = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
            if (KernelCompatibility.IsPlotly(referenced))
                return $"references {referenced}";
        }
        return null;
    }
}

/// <summary>What a cell evaluated to: <see cref="HasValue"/> is false when it ended in a statement (nothing to show).</summary>
public readonly record struct CellValue(bool HasValue, object? Value);
