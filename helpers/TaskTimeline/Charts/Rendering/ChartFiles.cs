using System.Text;

namespace TaskTimeline.Charts.Rendering;

/// <summary>Writes chart output files, creating folders, with errors that name the path.</summary>
internal static class ChartFiles
{
    public static string Write(string path, string content)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The output path is empty.", nameof(path));
        var full = Path.GetFullPath(path);
        try
        {
            if (Path.GetDirectoryName(full) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            File.WriteAllText(full, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot write '{full}': {ex.Message}", ex);
        }
        return full;
    }
}
