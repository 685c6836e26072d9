using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>Turns the kernel's <see cref="CommandFailed"/> into an nbformat error output and a one-line reason.</summary>
public static partial class CellErrors
{
    public static (ErrorOutput Output, string OneLine) Describe(CommandFailed failed) => failed.Exception switch
    {
        null or CodeSubmissionCompilationErrorException => Compilation(failed.Message),
        var exception => Runtime(exception),
    };

    /// <summary>Compile errors and directive errors: the kernel's message, one diagnostic per line.</summary>
    static (ErrorOutput, string) Compilation(string message)
    {
        string[] lines = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => RestoreProject().Replace(line, ""))
            .ToArray();
        string first = lines.FirstOrDefault() ?? "the kernel reported a failure without a message";
        var position = DiagnosticPosition().Match(first);
        string oneLine = position.Success ? $"{first[position.Length..].Trim()} (line {position.Groups[1].Value})" : first;
        return (new ErrorOutput(position.Success ? "CompilationError" : "Error", string.Join("\n", lines), lines), oneLine);
    }

    static (ErrorOutput, string) Runtime(Exception exception)
    {
        string name = exception.GetType().FullName ?? exception.GetType().Name;
        string[] traceback = exception.ToString().ReplaceLineEndings("\n").Split('\n')
            .Where(line => !line.StartsWith("   at Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal)
                        && !line.StartsWith("   at Microsoft.DotNet.Interactive.", StringComparison.Ordinal))
            .ToArray();
        int? line = FirstCellLine(exception);
        string where = line is null ? "" : $" (line {line})";
        return (new ErrorOutput(name, exception.Message, traceback), $"{name}: {exception.Message.Split('\n')[0].Trim()}{where}");
    }

    /// <summary>The line of the innermost stack frame in the submission (the kernel compiles cells without a file name).</summary>
    static int? FirstCellLine(Exception exception)
    {
        var match = SubmissionFrame().Match(exception.StackTrace ?? "");
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    /// <summary>The kernel's restore errors start with the path of its temporary restore project: noise in a one-line error.</summary>
    [GeneratedRegex(@"^\S+\.fsproj : ")]
    private static partial Regex RestoreProject();

    [GeneratedRegex(@"^\((\d+),\d+\):")]
    private static partial Regex DiagnosticPosition();

    [GeneratedRegex(@"Submission#\d+.*:line (\d+)")]
    private static partial Regex SubmissionFrame();
}
