using System.Diagnostics;

namespace NotebookRunner.Tests.Infrastructure;

/// <summary>The official nbformat validator (Debian's python3-nbformat), run on executed notebooks.</summary>
public static class Nbformat
{
    const string Python = "/usr/bin/python3";
    const string Script = "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))";

    public static void AssertValid(string notebookPath)
    {
        Assert.True(File.Exists(Python), "python3 is missing: apt-get install -y python3-nbformat");
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(notebookPath);
        using var process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{notebookPath} is not valid nbformat (apt-get install -y python3-nbformat if the module is missing):\n{errors}");
    }
}
