namespace Course.Tests.Workshop;

/// <summary>A new folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("course-workshop-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { } // a tool still closing a file: the temp folder is the system's to clean
    }
}
