using TaskTimeline.Charts.Rendering;
using TaskTimeline.Charts.Spec;

namespace TaskTimeline;

/// <summary>
/// An interactive Plotly chart of one or more timelines; displays itself in notebooks (text/html) and as a text Gantt
/// (text/plain). Create it with <c>timeline.Gantt()</c>, <c>timeline.ThreadView()</c> or <see cref="Compare(TimelineSnapshot[])"/>.
/// </summary>
/// <remarks>
/// At scale: a Gantt of more than <see cref="MaxLanes"/> lanes (default <see cref="DefaultMaxLanes"/>) or more than
/// <see cref="DefaultMaxBars"/> segments draws lanes-per-phase over time instead of one row per lane (three traces,
/// 400 time bins), so a 10,000-lane timeline builds and draws quickly. A thread view with more than
/// <see cref="DefaultMaxBars"/> running bursts merges bursts closer than 1/1500 of the x range into one "busy" bar.
/// Running bursts shorter than 0.4 % of the x range are drawn at that width; hover text keeps the true times.
/// </remarks>
[TypeFormatterSource(typeof(TimelineFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class TimelineChart
{
    /// <summary>Default for <see cref="MaxLanes"/>.</summary>
    internal const int DefaultMaxLanes = 200;

    /// <summary>Segments per panel above which the Gantt switches to the over-time view and the thread view merges bursts.</summary>
    internal const int DefaultMaxBars = 4000;

    private readonly string? _title;
    private readonly Lazy<ChartSpec> _spec;
    private readonly Lazy<string> _figure;

    internal TimelineChart(TimelineView view, IReadOnlyList<TimelineSnapshot> snapshots, string? title = null, int maxLanes = DefaultMaxLanes)
    {
        View = view;
        Snapshots = snapshots;
        MaxLanes = maxLanes;
        _title = title;
        _spec = new(BuildSpec);
        _figure = new(() => PlotlyBridge.FigureJson(_spec.Value.ToJson()));
    }

    /// <summary>What the chart shows.</summary>
    internal TimelineView View { get; }

    /// <summary>The timelines drawn, top to bottom.</summary>
    internal IReadOnlyList<TimelineSnapshot> Snapshots { get; }

    /// <summary>Lanes per timeline up to which the Gantt draws one row per lane.</summary>
    internal int MaxLanes { get; }

    /// <summary>Shown above the chart.</summary>
    public string Title => _title ?? DefaultTitle();

    /// <summary>Whether the lanes are too many to draw one row each (the Gantt then shows lanes per phase over time).</summary>
    internal bool IsAggregated => View == TimelineView.Gantt && Snapshots.Any(TooBig);

    /// <summary>Stacks two or more timelines (recordings or snapshots) on one x scale, each with its total.</summary>
    public static TimelineChart Compare(params TimelineSnapshot[] snapshots) =>
        new(TimelineView.Gantt, Checked(snapshots, nameof(snapshots)).ToArray());

    /// <summary>The same chart with another title.</summary>
    public TimelineChart WithTitle(string title) => new(View, Snapshots, title, MaxLanes);

    /// <summary>The same chart drawing one row per lane up to <paramref name="maxLanes"/> lanes.</summary>
    internal TimelineChart WithMaxLanes(int maxLanes) => maxLanes >= 1
        ? new(View, Snapshots, _title, maxLanes)
        : throw new ArgumentOutOfRangeException(nameof(maxLanes), maxLanes, "maxLanes must be at least 1.");

    /// <summary>The Plotly figure (<c>{"data":[…],"layout":{…},"frames":[]}</c>).</summary>
    internal string ToFigureJson() => _figure.Value;

    /// <summary>
    /// The notebook output, as the kernel formatter shows it: the chart, with plotly.js only in the first chart of the
    /// notebook session. Front ends that look for <c>ToHtml()</c> (Verso) show exactly this.
    /// </summary>
    public string ToHtml() => ToNotebookHtml(PlotlySession.Current);

    /// <summary>A standalone HTML page, plotly.js embedded (about 3.6 MB): opens offline from file://.</summary>
    internal string ToStandaloneHtml() => ChartHtml.Document(Title, ChartHtml.Library + ChartHtml.Fragment(ToFigureJson(), _spec.Value.HeightPx));

    /// <summary>Writes <see cref="ToStandaloneHtml"/> to <paramref name="path"/> (folders are created); returns the full path.</summary>
    public string SaveHtml(string path) => ChartFiles.Write(path, ToStandaloneHtml());

    /// <summary>The text Gantt of every timeline in the chart.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Snapshots.Select(TextGantt.Render));

    /// <summary>Notebook output in <paramref name="session"/>: plotly.js first if this is the session's first chart.</summary>
    internal string ToNotebookHtml(PlotlySession session)
    {
        var chart = ChartHtml.Fragment(ToFigureJson(), _spec.Value.HeightPx);
        return session.Claim() ? ChartHtml.Library + chart : chart;
    }

    internal ChartSpec ToSpec() => _spec.Value;

    private bool TooBig(TimelineSnapshot s) => s.Lanes.Count > MaxLanes || GanttView.BarCount(s) > DefaultMaxBars;

    private string DefaultTitle()
    {
        if (Snapshots.Count > 1) return string.Join(" vs ", Snapshots.Select(s => s.Title));
        var s = Snapshots[0];
        var what = View == TimelineView.Threads ? " · by thread" : "";
        return $"{s.Title}{what} · total {ChartText.Total(s.TotalMs)} · {ChartText.Count(s.Lanes.Count, "lane")} on {ChartText.Count(s.Threads.Count, "thread")}";
    }

    private ChartSpec BuildSpec()
    {
        double xMax = Snapshots.Max(s => s.TotalMs);
        var styles = ChartPalette.ForThreads(Snapshots.SelectMany(s => s.Threads));
        bool compare = Snapshots.Count > 1;
        var panels = Snapshots.Select(s =>
        {
            var panelTitle = $"<b>{ChartText.Html(s.Title)}</b> · total {ChartText.Total(s.TotalMs)}";
            if (View == TimelineView.Threads) return ThreadView.Build(s, xMax, DefaultMaxBars, panelTitle);
            if (!TooBig(s)) return GanttView.Build(s, styles, xMax, panelTitle);
            var note = $"{ChartText.Count(s.Lanes.Count, "lane")}: lanes in each phase over time (more than {ChartText.Count(MaxLanes, "lane")} or {DefaultMaxBars:N0} segments)";
            return ConcurrencyView.Build(s, xMax, compare ? panelTitle + " · " + note : note);
        }).ToArray();
        var title = ChartText.Html(Title);
        if (!compare && panels[0].Kind == PanelKind.Counts) title += $"<br><sub>{panels[0].Title}</sub>";
        return ChartComposer.Compose(title, panels, xMax, markTotals: compare, View == TimelineView.Threads ? ThreadView.LegendTitle : GanttView.LegendTitle);
    }

    private static T[] Checked<T>(T[]? items, string name) where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items.Length < 2) throw new ArgumentException($"Compare needs two or more timelines; got {items.Length}.", name);
        if (Array.IndexOf(items, null) is var i and >= 0) throw new ArgumentNullException(name, $"{name}[{i}] is null.");
        return items;
    }
}
