using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace TaskTimeline.Lab;

/// <summary>
/// Finds ASP.NET Core, which the lab server runs on, in the installed shared framework when the host process was started
/// without it. The .NET Interactive tool, Verso and the course runner carry ASP.NET Core; a console host of the kernel such as
/// dotnet-repl runs on Microsoft.NETCore.App alone, and there the first <see cref="LabServer"/> failed with
/// <c>FileNotFoundException: Microsoft.AspNetCore.Server.Kestrel.Core</c>. Hosts that carry it never get here: the handler
/// is only asked when the usual probing has failed.
/// </summary>
internal static class AspNetCoreFramework
{
#pragma warning disable CA2255 // A library's module initializer: the lab server's types must resolve however the host loaded this library (#r, a project reference), before any of them is touched.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void ResolveWhenTheHostLacksIt()
    {
        var context = AssemblyLoadContext.GetLoadContext(typeof(AspNetCoreFramework).Assembly) ?? AssemblyLoadContext.Default;
        context.Resolving += (loading, name) => Find(SharedFrameworksFolder(), Environment.Version, name) is { } path ? loading.LoadFromAssemblyPath(path) : null;
    }

    /// <summary>The folder that holds the runtime's shared frameworks (…/dotnet/shared), or null for a single-file host.</summary>
    internal static string? SharedFrameworksFolder() =>
        typeof(object).Assembly.Location is { Length: > 0 } core ? Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(core))) : null;

    /// <summary>The assembly <paramref name="name"/> in the newest Microsoft.AspNetCore.App of the running runtime's major version, if any.</summary>
    internal static string? Find(string? sharedFolder, Version runtime, AssemblyName name)
    {
        if (sharedFolder is null || name.Name is null) return null;
        var framework = Path.Combine(sharedFolder, "Microsoft.AspNetCore.App");
        if (!Directory.Exists(framework)) return null;
        return Directory.GetDirectories(framework)
            .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder).Split('-')[0], out var version) ? version : null))
            .Where(installed => installed.Version?.Major == runtime.Major)
            .OrderByDescending(installed => installed.Version)
            .Select(installed => Path.Combine(installed.Folder, name.Name + ".dll"))
            .FirstOrDefault(File.Exists);
    }
}
