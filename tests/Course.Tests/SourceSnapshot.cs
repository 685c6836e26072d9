using System.Security.Cryptography;

namespace Course.Tests;

/// <summary>SHA-256 of every file under a folder, to prove a run left its sources byte-identical.</summary>
public sealed class SourceSnapshot(IReadOnlyDictionary<string, string> hashes)
{
    /// <summary>Relative path → hash.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; } = hashes;

    public static SourceSnapshot Take(string folder) => new(
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))), StringComparer.Ordinal)
            : new Dictionary<string, string>());

    /// <summary>One line per file added, removed or changed since <paramref name="before"/>.</summary>
    public IReadOnlyList<string> DifferencesFrom(SourceSnapshot before) =>
        before.Hashes.Keys.Union(Hashes.Keys).Order(StringComparer.Ordinal)
            .Select(file => (file, was: before.Hashes.GetValueOrDefault(file), now: Hashes.GetValueOrDefault(file)))
            .Where(entry => entry.was != entry.now)
            .Select(entry => entry.was is null ? $"added: {entry.file}" : entry.now is null ? $"removed: {entry.file}" : $"changed: {entry.file}")
            .ToArray();
}
