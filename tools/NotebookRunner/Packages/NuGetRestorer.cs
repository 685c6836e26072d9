using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using NotebookRunner.Directives;

namespace NotebookRunner.Packages;

/// <summary>
/// Restores packages the way the kernel does: a temporary project restored with the SDK against the configured
/// sources. Each package set is restored once into a cache folder; later runs read its project.assets.json.
/// </summary>
public sealed class NuGetRestorer(string cacheRoot)
{
    const string TargetFramework = "net10.0";

    /// <summary>The per-user cache the runner uses by default.</summary>
    public static string DefaultCacheRoot => Path.Combine(Path.GetTempPath(), "notebook-runner", "restore");

    /// <exception cref="PackageRestoreException">NuGet could not restore the set; the message has its errors.</exception>
    public RestoredPackages Restore(IReadOnlyList<NuGetReference> packages, IReadOnlyList<string> extraSources)
    {
        string folder = Path.Combine(cacheRoot, CacheKey(packages, extraSources));
        string assets = Path.Combine(folder, "obj", "project.assets.json");
        bool fromCache = File.Exists(assets);
        if (!fromCache)
            RestoreInto(folder, packages, extraSources);
        return ReadAssets(assets, fromCache);
    }

    static string CacheKey(IReadOnlyList<NuGetReference> packages, IReadOnlyList<string> sources)
    {
        string identity = string.Join("\n", packages.Select(package => $"{package.Id.ToLowerInvariant()}/{package.Version ?? "*"}").Order(StringComparer.Ordinal))
            + "\n--\n" + string.Join("\n", sources) + "\n--\n" + TargetFramework;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..20].ToLowerInvariant();
    }

    static void RestoreInto(string folder, IReadOnlyList<NuGetReference> packages, IReadOnlyList<string> extraSources)
    {
        // Restore next to the cache entry, then move it in whole: concurrent workers never see a half-written entry.
        string scratch = folder + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(scratch);
        try
        {
            string project = Path.Combine(scratch, "NotebookPackages.csproj");
            WriteProject(project, packages, extraSources);
            RunRestore(project, packages);
            try
            {
                Directory.Move(scratch, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
                // Another worker restored the same set first; theirs is as good as ours.
            }
        }
        finally
        {
            if (Directory.Exists(scratch))
                Directory.Delete(scratch, recursive: true);
        }
    }

    static void WriteProject(string path, IReadOnlyList<NuGetReference> packages, IReadOnlyList<string> extraSources)
    {
        var properties = new XElement("PropertyGroup",
            new XElement("TargetFramework", TargetFramework),
            new XElement("ManagePackageVersionsCentrally", "false"),
            new XElement("ImportDirectoryBuildProps", "false"),
            new XElement("ImportDirectoryBuildTargets", "false"),
            new XElement("DisableImplicitFrameworkReferences", "false"));
        if (extraSources.Count > 0)
            properties.Add(new XElement("RestoreAdditionalProjectSources", string.Join(';', extraSources)));
        var references = new XElement("ItemGroup", packages.Select(package =>
            new XElement("PackageReference", new XAttribute("Include", package.Id), new XAttribute("Version", package.Version ?? "*"))));
        new XDocument(new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"), properties, references)).Save(path);
    }

    static void RunRestore(string project, IReadOnlyList<NuGetReference> packages)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["restore", project, "--nologo", "--verbosity", "quiet", "-p:NuGetAudit=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        // Variables set by an outer dotnet/MSBuild (dotnet test, dotnet run) would point the inner restore at the wrong SDK pieces.
        foreach (string variable in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
            start.Environment.Remove(variable);
        using var process = Process.Start(start) ?? throw new PackageRestoreException("could not start 'dotnet restore'");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode == 0)
            return;
        string text = output.Result + "\n" + errors.Result;
        var messages = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains("error ", StringComparison.Ordinal))
            .Select(CleanErrorLine)
            .Distinct()
            .ToArray();
        // NuGet continues one error over several lines with the same code: keep the code on the first only.
        for (int index = 1; index < messages.Length; index++)
        {
            string code = messages[index].Split(':')[0];
            if (messages.Take(index).Any(message => message.StartsWith(code + ":", StringComparison.Ordinal)))
                messages[index] = messages[index][(code.Length + 1)..].Trim();
        }
        string wanted = string.Join(", ", packages.Select(package => package.ToString()));
        throw new PackageRestoreException($"restore of {wanted} failed: " + (messages.Length > 0 ? string.Join(" | ", messages) : text.Trim()));
    }

    /// <summary>"/tmp/x/NotebookPackages.csproj : error NU1101: Unable ... [/tmp/x/NotebookPackages.csproj]" → "error NU1101: Unable ...".</summary>
    static string CleanErrorLine(string line)
    {
        int error = line.IndexOf("error ", StringComparison.Ordinal);
        string message = line[error..];
        int project = message.LastIndexOf(" [", StringComparison.Ordinal);
        return (project > 0 && message.EndsWith(']') ? message[..project] : message).Trim();
    }

    static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    static RestoredPackages ReadAssets(string assetsPath, bool fromCache)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsPath))!;
        string[] packageFolders = ((JsonObject)assets["packageFolders"]!).Select(folder => folder.Key).ToArray();
        var target = (JsonObject)((JsonObject)assets["targets"]!).First().Value!;
        var libraries = (JsonObject)assets["libraries"]!;
        var packages = new List<RestoredPackage>();
        var assemblies = new List<string>();
        foreach (var (key, entry) in target)
        {
            if (entry?["type"]?.GetValue<string>() != "package")
                continue;
            string[] idAndVersion = key.Split('/');
            packages.Add(new RestoredPackage(idAndVersion[0], idAndVersion[1]));
            string libraryPath = libraries[key]!["path"]!.GetValue<string>();
            if (entry["runtime"] is not JsonObject runtime)
                continue;
            foreach (string item in runtime.Select(pair => pair.Key).Where(item => item.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                string? file = packageFolders.Select(folder => Path.Combine(folder, libraryPath, item)).FirstOrDefault(File.Exists);
                if (file is not null)
                    assemblies.Add(Path.GetFullPath(file));
            }
        }
        return new RestoredPackages(packages, assemblies, fromCache);
    }
}
