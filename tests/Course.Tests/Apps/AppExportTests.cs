using LessonApps.Export;

namespace Course.Tests.Apps;

public sealed class AppExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("app-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Lessons.Lessons.Names), MemberType = typeof(Lessons.Lessons))]
    public void Given_a_lesson_notebook_When_exported_in_memory_Then_the_committed_app_is_the_same(string lesson)
    {
        var exported = LessonExporter.Export(Path.Combine(Lessons.Lessons.Repo.Notebooks, lesson + ".ipynb"));

        var app = LessonApps.PathOf(lesson);
        Assert.True(File.Exists(app), $"apps/{lesson}.cs is missing: regenerate the apps with `{LessonExporter.Command}`");
        Assert.True(exported == File.ReadAllText(app), $"apps/{lesson}.cs is stale (its notebook changed): regenerate the apps with `{LessonExporter.Command}`");
    }

    [Fact]
    public void Given_the_apps_folder_When_listed_Then_every_app_has_its_lesson_notebook()
    {
        var lessons = Lessons.Lessons.Paths.Select(LessonExporter.AppFileName).ToHashSet();

        var orphans = Directory.EnumerateFiles(LessonApps.Folder, "*.cs").Select(Path.GetFileName).Where(app => !lessons.Contains(app!)).ToArray();

        Assert.True(orphans.Length == 0, $"apps without a notebook (delete them): {string.Join(", ", orphans)}");
    }

    [Fact]
    public void Given_a_notebook_that_is_not_json_When_exported_Then_a_one_line_error_names_it()
    {
        var path = Write("broken.ipynb", """{ "cells": [ { "cell_type": "code", """);

        var error = Assert.Throws<ExportException>(() => LessonExporter.Export(path));

        Assert.StartsWith("broken.ipynb: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Given_a_cell_that_references_a_dll_When_exported_Then_a_one_line_error_names_the_notebook_and_the_cell()
    {
        var path = Notebook("dll.ipynb", ("code-01", LoaderCell), ("code-02", "#r \"lib/Other.dll\"\nOther.Run();"));

        var error = Assert.Throws<ExportException>(() => LessonExporter.Export(path));

        Assert.Equal("dll.ipynb: cell code-02: '#r \"lib/Other.dll\"' has no file-based app equivalent (only the loader import and #r \"nuget: Id, Version\" export)", error.Message);
    }

    [Fact]
    public void Given_a_method_declared_twice_and_the_first_used_in_between_When_exported_Then_the_error_names_both_cells()
    {
        var path = Notebook("twice.ipynb", ("code-01", LoaderCell), ("a", "int Brew() => 1;"), ("b", "Brew()"), ("c", "int Brew() => 2;\nBrew()"));

        var error = Assert.Throws<ExportException>(() => LessonExporter.Export(path));

        Assert.StartsWith("twice.ipynb: cell a declares Brew(), which cell c declares again, and cell b uses its 'Brew'", error.Message);
    }

    [Fact]
    public void Given_a_variable_declared_again_When_exported_Then_the_earlier_one_is_renamed_and_the_later_cells_keep_the_name()
    {
        var path = Notebook("again.ipynb", ("code-01", LoaderCell),
            ("a", "var clock = 1;\nConsole.WriteLine(clock);"), ("b", "clock++;"), ("c", "var clock = \"two\";"), ("d", "clock"));

        var app = LessonExporter.Export(path);

        Assert.Contains("var clock1 = 1;\nConsole.WriteLine(clock1);", app);
        Assert.Contains("clock1++;", app);
        Assert.Contains("var clock = \"two\";", app);
        Assert.Contains("Terminal.Show(clock);", app);
    }

    [Fact]
    public void Given_a_block_variable_named_like_a_later_top_level_one_When_exported_Then_the_block_one_is_renamed_and_a_loop_variable_is_not()
    {
        var path = Notebook("block.ipynb", ("code-01", LoaderCell),
            ("a", "try { var cup = 1; Console.WriteLine(cup); } catch (Exception) { }\nfor (int i = 0; i < 2; i++) { }"), ("b", "var cup = 2;\nfor (int i = 0; i < 2; i++) { }\ncup"));

        var app = LessonExporter.Export(path);

        Assert.Contains("try { var cup1 = 1; Console.WriteLine(cup1); }", app);
        Assert.Contains("var cup = 2;", app);
        Assert.Contains("Terminal.Show(cup);", app);
        Assert.DoesNotContain("i1", app);
    }

    [Fact]
    public void Given_cells_with_usings_packages_and_a_record_When_exported_Then_directives_come_first_and_the_record_last()
    {
        var path = Notebook("order.ipynb", ("code-01", LoaderCell),
            ("a", "#r \"nuget: Nito.AsyncEx.Context, 5.1.2\"\nusing Nito.AsyncEx;\nrecord Cup(string Tea);\nvar cup = new Cup(\"chai\");"), ("b", "using System.Text;\ncup"));

        var lines = LessonExporter.Export(path).Split('\n');

        int package = Array.IndexOf(lines, "#:package Nito.AsyncEx.Context@5.1.2"), usingText = Array.IndexOf(lines, "using System.Text;");
        int firstCode = Array.IndexOf(lines, "var cup = new Cup(\"chai\");"), record = Array.IndexOf(lines, "record Cup(string Tea);");
        Assert.True(package > 0 && package < usingText && usingText < firstCode && firstCode < record, string.Join('\n', lines));
        Assert.Contains("Terminal.Show(cup);", lines);
    }

    private const string LoaderCell = "#!import ../artifacts/helpers/load.csx";

    private string Notebook(string name, params (string Id, string Code)[] cells)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            cells = cells.Select(c => new { cell_type = "code", id = c.Id, metadata = new { }, source = c.Code, outputs = Array.Empty<object>(), execution_count = (int?)null }),
            metadata = new { },
            nbformat = 4,
            nbformat_minor = 5,
        });
        return Write(name, json);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
