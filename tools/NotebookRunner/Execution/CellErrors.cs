using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>Turns compile errors and exceptions into nbformat error outputs and one-line reasons with the cell's line numbers.</summary>
public static partial class CellErrors
{
    /// <param name="cellFileName">The name the cell was compiled under (stack frames in it give cell lines).</param>
    public static (ErrorOutput Output, string OneLine) Describe(Exception exception, string cellFileName) => exception switch
    {
        CompilationErrorException compilation => Compilation(compilation),
        CellFailure failure => (new ErrorOutput(failure.ErrorName, failure.Message, [$"{failure.ErrorName}: {failure.Message} (line {failure.Line})"]),
                                $"{failure.Message} (line {failure.Line})"),
        _ => Runtime(exception, cellFileName),
    };

    static (ErrorOutput, string) Compilation(CompilationErrorException error)
    {
        string[] lines = error.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).ToArray();
        Diagnostic first = error.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        int line = first.Location.GetLineSpan().StartLinePosition.Line + 1;
        return (new ErrorOutput("CompilationError", string.Join("\n", lines), lines),
                $"error {first.Id}: {first.GetMessage()} (line {line})");
    }

    static string Format(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({position.Line + 1},{position.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    static (ErrorOutput, string) Runtime(Exception exception, string cellFileName)
    {
        int? line = LineInCell(exception, cellFileName);
        string name = exception.GetType().FullName ?? exception.GetType().Name;
        string[] traceback = Traceback(exception);
        string where = line is null ? "" : $" (line {line})";
        return (new ErrorOutput(name, exception.Message, traceback), $"{name}: {FirstLine(exception.Message)}{where}");
    }

    /// <summary>The exception's text without the runner's own frames, cell paths shown as "cell N".</summary>
    static string[] Traceback(Exception exception)
    {
        var lines = exception.ToString().Replace("\r\n", "\n").Split('\n')
            .Where(line => !line.StartsWith("   at Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal)
                        && !line.StartsWith("   at NotebookRunner.", StringComparison.Ordinal))
            .Select(line => CellPath().Replace(line, " in $1:line"))
            .ToList();
        while (lines.Count > 0 && lines[^1].StartsWith("--- End of stack trace", StringComparison.Ordinal))
            lines.RemoveAt(lines.Count - 1);
        return lines.ToArray();
    }

    [GeneratedRegex(@" in (?:.*[/\\])?(cell \d+):line")]
    private static partial Regex CellPath();

    /// <summary>The line of the innermost stack frame that is in this cell, if any.</summary>
    static int? LineInCell(Exception exception, string cellFileName)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames();
        return frames.FirstOrDefault(frame => Path.GetFileName(frame.GetFileName()) == cellFileName && frame.GetFileLineNumber() > 0)?.GetFileLineNumber();
    }

    static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
