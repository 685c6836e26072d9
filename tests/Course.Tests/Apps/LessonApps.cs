namespace Course.Tests.Apps;

/// <summary>The committed file-based apps (apps/NN-name.cs), one per lesson notebook.</summary>
internal static class LessonApps
{
    public static string Folder => Path.Combine(Lessons.Lessons.Repo.Root, "apps");

    public static string PathOf(string lesson) => Path.Combine(Folder, lesson + ".cs");
}
