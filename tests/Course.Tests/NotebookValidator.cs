using System.Diagnostics;

namespace Course.Tests;

/// <summary>The official nbformat validator (Debian's python3-nbformat), run once over many notebooks.</summary>
public static class NotebookValidator
{
    public const string Python = "/usr/bin/python3";

    const string Script = """
        import sys, nbformat
        for path in sys.argv[1:]:
            try:
                nbformat.validate(nbformat.read(path, as_version=4))
                print("ok\t" + path)
            except Exception as error:
                print("invalid\t" + path + "\t" + " ".join(str(error).split())[:400])
        """;

    /// <summary>One "file: reason" line per invalid notebook; empty when all are valid.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IEnumerable<string> notebooks)
    {
        var files = notebooks.ToArray();
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} not found: apt-get install -y python3-nbformat");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        foreach (var file in files)
            start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"nbformat validator failed (exit {process.ExitCode}): {await stderr}");
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var checkedFiles = lines.Select(line => line.Split('\t')[1]).ToHashSet();
        return lines.Where(line => line.StartsWith("invalid\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t') is var parts ? $"{parts[1]}: {parts[2]}" : line)
            .Concat(files.Where(file => !checkedFiles.Contains(file)).Select(file => $"{file}: not checked by the validator"))
            .ToArray();
    }
}
