using System.Text;
using LessonApps.Notebooks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LessonApps.Export;

/// <summary>Turns a lesson notebook into a file-based app (<c>apps/NN-name.cs</c>) that runs the lesson in a terminal.</summary>
public static class LessonExporter
{
    /// <summary>The command that regenerates every app, from the repository folder.</summary>
    public const string Command = "dotnet run --project tools/LessonApps -c Release";

    /// <summary>The app's file name for a notebook: <c>03-whenall.ipynb</c> → <c>03-whenall.cs</c>.</summary>
    public static string AppFileName(string notebookPath) => Path.GetFileNameWithoutExtension(notebookPath) + ".cs";

    /// <summary>The app for the notebook at <paramref name="notebookPath"/>; throws <see cref="ExportException"/> naming the notebook and cell.</summary>
    public static string Export(string notebookPath) => Export(LessonNotebook.Read(notebookPath));

    /// <summary>The app for <paramref name="notebook"/> (apps live in <c>apps/</c>, beside <c>notebooks/</c> and <c>helpers/</c>).</summary>
    public static string Export(LessonNotebook notebook)
    {
        var name = Path.GetFileNameWithoutExtension(notebook.FileName);
        var parsed = notebook.Cells.Where(c => c.IsCode && c.Source.Trim().Length > 0).Select(c => CodeCell.Parse(notebook.FileName, c)).ToList();
        if (!parsed.Any(c => c.IsLoader))
            throw new ExportException($"{notebook.FileName}: no loader cell (#!import ../artifacts/helpers/load.csx): the app would not know the helper library");
        var code = parsed.Where(c => !c.IsLoader).ToList();
        var scopes = new CellScopes(notebook.FileName, code);

        var app = new StringBuilder();
        app.AppendLine("#!/usr/bin/env dotnet");
        app.AppendLine($"// {Title(notebook)}");
        app.AppendLine("//");
        app.AppendLine($"// Run it from the repository folder: dotnet run apps/{name}.cs");
        app.AppendLine($"// Text timelines and check verdicts print in the terminal; charts are saved as offline HTML pages in apps/out/{name}/ (their paths are printed).");
        app.AppendLine($"// Generated from notebooks/{notebook.FileName} by `{Command}` — do not edit: change the notebook, then export again.");
        app.AppendLine("#:project ../helpers/TaskTimeline/TaskTimeline.csproj");
        app.AppendLine("// Timelines are recorded from the runtime's task events, which a native AOT app turns off.");
        app.AppendLine("#:property PublishAot=false");
        app.AppendLine("// As in the notebook: nullable annotations without flow warnings, and a warning (say, an async method with no await) never stops a run.");
        app.AppendLine("#:property Nullable=annotations");
        app.AppendLine("#:property TreatWarningsAsErrors=false");
        var packages = parsed.SelectMany(c => c.Packages).Distinct().ToList();
        if (packages.Count > 0)
        {
            app.AppendLine("// The lesson pins its packages as the notebook does (#r \"nuget: Id, Version\"), not in the repository's Directory.Packages.props.");
            app.AppendLine("#:property ManagePackageVersionsCentrally=false");
        }
        foreach (var package in packages)
            app.AppendLine($"#:package {package}");
        app.AppendLine();
        var usings = new[] { "using TaskTimeline;", "using TaskTimeline.Lab;" }
            .Concat(parsed.SelectMany(c => c.Usings).Select(u => u.WithoutTrivia().NormalizeWhitespace().ToFullString())).Distinct();
        foreach (var line in usings) app.AppendLine(line);

        int codeIndex = 0;
        foreach (var cell in notebook.Cells)
        {
            if (!cell.IsCode)
            {
                if (cell.Source.Trim().Length == 0) continue;
                app.AppendLine();
                foreach (var line in cell.Source.TrimEnd().Split('\n')) app.AppendLine(line.Length == 0 ? "//" : "// " + line.TrimEnd());
                continue;
            }
            var parsedCell = parsed.FirstOrDefault(c => c.Cell == cell);
            if (parsedCell is null || parsedCell.IsLoader) continue;
            int index = codeIndex++;
            var body = Body(parsedCell, scopes.Renames(index));
            if (body.Length == 0) continue;
            app.AppendLine();
            app.AppendLine(cell.IsExercise ? $"// ✏️ Exercise (cell {cell.Id}): change the code below, then run the app again; the check after it grades your change."
                : cell.IsCheck ? $"// ✔ Check (cell {cell.Id})"
                : $"// ── cell {cell.Id} ──");
            if (scopes.OwnFunction(index)) AppendOwnFunction(app, parsedCell, body);
            else app.AppendLine(body);
        }

        var types = code.SelectMany(c => c.Types).ToList();
        if (types.Count > 0)
        {
            app.AppendLine();
            app.AppendLine("// ── types the lesson declares (in a C# file they come after the top-level code) ──");
            foreach (var type in types) app.AppendLine(type.ToFullString().Trim('\n', '\r'));
        }
        return app.ToString().Replace("\r\n", "\n");
    }

    private static string Body(CodeCell cell, IReadOnlyDictionary<string, string> renames)
    {
        var members = cell.Body.ToList();
        // A method may use a variable its cell declares after it (in a script both are members); a local function may not, so methods go last.
        bool methodsLast = members.Select((m, i) => (m, i)).Any(p => IsMethod(p.m)
            && members.Skip(p.i + 1).Where(later => !IsMethod(later)).Any(later => CodeCell.Identifiers(p.m).Any(id => !CodeCell.Shadowed(id, id.Identifier.ValueText) && Declares(later, id.Identifier.ValueText))));
        if (methodsLast) members = members.Where(m => !IsMethod(m)).Concat(members.Where(IsMethod)).ToList();
        var text = new StringBuilder();
        foreach (var member in members)
        {
            var node = renames.Count > 0 ? new Renamer(renames).Visit(member)! : member;
            if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
            text.Append(member == cell.Display ? DisplayCall((GlobalStatementSyntax)node) : node.ToFullString());
        }
        return text.ToString().Trim('\n', '\r').TrimEnd();
    }

    // The kernel displays a cell's trailing expression; the app shows it in the terminal.
    private static string DisplayCall(GlobalStatementSyntax statement)
    {
        var expression = ((ExpressionStatementSyntax)statement.Statement).Expression;
        return statement.GetLeadingTrivia().ToFullString() + $"Terminal.Show({expression.WithoutTrivia().ToFullString()});" + statement.GetTrailingTrivia().ToFullString().TrimEnd(' ');
    }

    private static void AppendOwnFunction(StringBuilder app, CodeCell cell, string body)
    {
        var function = "Cell_" + new string(cell.Cell.Id.Select(ch => char.IsLetterOrDigit(ch) ? ch : '_').ToArray());
        app.AppendLine($"// A later cell declares {string.Join(", ", cell.Methods.Order().Select(m => m + "()"))} again: in one C# file, this cell runs in a function of its own.");
        app.AppendLine(cell.HasAwait ? $"await {function}();" : $"{function}();");
        app.AppendLine(cell.HasAwait ? $"async Task {function}()" : $"void {function}()");
        app.AppendLine("{");
        foreach (var line in body.Split('\n')) app.AppendLine(line.Length == 0 ? "" : "    " + line);
        app.AppendLine("}");
    }

    private static bool IsMethod(MemberDeclarationSyntax member) => member is MethodDeclarationSyntax or GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax };

    private static bool Declares(MemberDeclarationSyntax member, string name) =>
        member.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.ValueText == name)
        || member.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Any(d => d.Identifier.ValueText == name);

    private static string Title(LessonNotebook notebook) =>
        notebook.Cells.Where(c => !c.IsCode).SelectMany(c => c.Source.Split('\n')).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim()
        ?? Path.GetFileNameWithoutExtension(notebook.FileName);
}
