static class Shared
{
    public static int Answer() => 42;
}
