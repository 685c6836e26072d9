using System.Net;
using NotebookRunner.Directives;
using NotebookRunner.Packages;

namespace NotebookRunner.Execution;

/// <summary>The "Installed Packages" display the kernel shows after <c>#r "nuget:"</c>.</summary>
static class InstalledPackages
{
    public static IReadOnlyDictionary<string, string> Describe(IReadOnlyList<NuGetReference> requested, RestoredPackages restored)
    {
        var lines = requested.Select(package => $"{package.Id}, {restored.VersionOf(package.Id)}").ToArray();
        return new Dictionary<string, string>
        {
            ["text/html"] = "<div><strong>Installed Packages</strong><ul>"
                + string.Concat(lines.Select(line => $"<li><span>{WebUtility.HtmlEncode(line)}</span></li>")) + "</ul></div>",
            ["text/plain"] = "Installed Packages\n" + string.Concat(lines.Select(line => $"  - {line}\n")),
        };
    }
}
