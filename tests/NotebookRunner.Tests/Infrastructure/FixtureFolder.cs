namespace NotebookRunner.Tests.Infrastructure;

/// <summary>A private copy of the fixture notebooks, so runs never touch the originals or each other.</summary>
public sealed class FixtureFolder : IDisposable
{
    public FixtureFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "notebook-runner-tests", Guid.NewGuid().ToString("N")[..12]);
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures"), Root);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "out");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed worker may still hold a file for a moment; the temp folder is cleaned eventually.
        }
    }

    static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (string folder in Directory.EnumerateDirectories(from))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
