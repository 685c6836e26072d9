namespace TaskTimeline;

/// <summary>Lanes in reading order: each call right under the lane that made it, its name indented by depth.</summary>
internal static class LaneTree
{
    /// <summary>Roots in the order they appeared, each followed by its children (depth first, in the order they appeared).</summary>
    public static IReadOnlyList<(LaneTimeline Lane, int Depth)> Order(IReadOnlyList<LaneTimeline> lanes)
    {
        var children = new List<LaneTimeline>?[lanes.Count];
        var roots = new List<LaneTimeline>();
        foreach (var lane in lanes)
            if (lane.ParentId is { } parent && parent >= 0 && parent < lanes.Count) (children[parent] ??= new()).Add(lane);
            else roots.Add(lane);
        var ordered = new List<(LaneTimeline, int)>(lanes.Count);
        var stack = new Stack<(LaneTimeline Lane, int Depth)>(roots.AsEnumerable().Reverse().Select(r => (r, 0)));
        while (stack.Count > 0)
        {
            var (lane, depth) = stack.Pop();
            ordered.Add((lane, depth));
            if (children[lane.Id] is { } kids)
                for (int i = kids.Count - 1; i >= 0; i--) stack.Push((kids[i], depth + 1));
        }
        return ordered;
    }

    /// <summary>The lane's name as a nested row reads: <c>  └ Fetch("/delay/2")</c>, two spaces per level below the first.</summary>
    /// <param name="name">The lane's name.</param>
    /// <param name="depth">0 for a root.</param>
    /// <param name="space">A no-break space where the text is drawn as SVG, which drops leading spaces.</param>
    public static string Indented(string name, int depth, char space = ' ') => depth == 0 ? name : new string(space, 2 * depth) + "└ " + name;
}
