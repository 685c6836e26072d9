using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NotebookRunner.Tests.Infrastructure;

/// <summary>Small libraries compiled on the fly for notebooks to #r (no binaries in the repository).</summary>
public static class TestAssemblies
{
    /// <summary>Writes <paramref name="path"/>: an assembly named <paramref name="assemblyName"/> compiled from <paramref name="code"/>.</summary>
    public static void Compile(string path, string assemblyName, string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(file => Path.GetFileName(file) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(file => MetadataReference.CreateFromFile(file));
        var compilation = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(code)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
