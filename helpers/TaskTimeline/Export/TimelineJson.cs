using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaskTimeline;

/// <summary>
/// Reads and writes a snapshot as JSON (schema <c>task-timeline/1</c>, documented in data/README.md):
/// <c>{"schema","title","mode","totalMs","codeEndMs"?,"lanes":[name…],"parents"?:[lane or -1…],"events":[{"lane","kind","ms","thread","label"?}…]}</c>.
/// </summary>
public static class TimelineJson
{
    /// <summary>The value of the "schema" property.</summary>
    public const string Schema = "task-timeline/1";

    /// <summary>Serialises <paramref name="snapshot"/>.</summary>
    public static string Write(TimelineSnapshot snapshot, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("title", snapshot.Title);
            json.WriteString("mode", ModeName(snapshot.Mode));
            json.WriteNumber("totalMs", snapshot.TotalMs);
            if (snapshot.CodeEndMs is { } codeEnd) json.WriteNumber("codeEndMs", codeEnd);
            json.WriteStartArray("lanes");
            foreach (var name in snapshot.LaneNames) json.WriteStringValue(name);
            json.WriteEndArray();
            if (snapshot.Lanes.Any(l => l.ParentId is not null))
            {
                json.WriteStartArray("parents");
                foreach (var lane in snapshot.Lanes) json.WriteNumberValue(lane.ParentId ?? -1);
                json.WriteEndArray();
            }
            json.WriteStartArray("events");
            foreach (var e in snapshot.Events)
            {
                json.WriteStartObject();
                json.WriteNumber("lane", e.Lane);
                json.WriteString("kind", KindName(e.Kind));
                json.WriteNumber("ms", e.AtMs);
                json.WriteNumber("thread", e.ThreadId);
                if (e.Label is not null) json.WriteString("label", e.Label);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses JSON written by <see cref="Write"/>; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="FormatException">The JSON is malformed or does not follow the schema.</exception>
    public static TimelineSnapshot Read(string json, string source = "timeline JSON")
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var schema = Required(root, "schema", source).GetString();
            if (schema != Schema) throw new FormatException($"{source}: schema is '{schema}', expected '{Schema}'.");
            var title = Required(root, "title", source).GetString() ?? "";
            var mode = ParseMode(Required(root, "mode", source).GetString(), source);
            var lanes = Required(root, "lanes", source).EnumerateArray().Select(l => l.GetString() ?? "").ToArray();
            // Files written before lanes were nested have no "parents": every lane is a root.
            var parents = root.TryGetProperty("parents", out var nested) ? nested.EnumerateArray().Select(p => p.GetInt32()).ToArray() : null;
            var events = new List<TimelineEvent>();
            int index = 0;
            foreach (var e in Required(root, "events", source).EnumerateArray())
            {
                var where = $"{source}: events[{index++}]";
                events.Add(new TimelineEvent(
                    Required(e, "lane", where).GetInt32(),
                    ParseKind(Required(e, "kind", where).GetString(), where),
                    Required(e, "ms", where).GetDouble(),
                    Required(e, "thread", where).GetInt32(),
                    e.TryGetProperty("label", out var label) ? label.GetString() : null));
            }
            double? codeEnd = root.TryGetProperty("codeEndMs", out var end) ? end.GetDouble() : null;
            return TimelineSnapshot.FromEvents(title, mode, lanes, events, parents, codeEnd);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}: not valid JSON ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a snapshot from a JSON file.</summary>
    public static TimelineSnapshot ReadFile(string path) => Read(File.ReadAllText(path), path);

    private static JsonElement Required(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{where}: missing \"{name}\".");

    internal static string ModeName(TimelineMode mode) => mode == TimelineMode.EventLoop ? "eventLoop" : "threadPool";

    private static TimelineMode ParseMode(string? text, string where) => text switch
    {
        "threadPool" => TimelineMode.ThreadPool,
        "eventLoop" => TimelineMode.EventLoop,
        _ => throw new FormatException($"{where}: mode '{text}' is not 'threadPool' or 'eventLoop'."),
    };

    internal static string KindName(TimelineEventKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);

    private static TimelineEventKind ParseKind(string? text, string where) =>
        Enum.TryParse<TimelineEventKind>(text, ignoreCase: true, out var kind) && kind != TimelineEventKind.None && text == KindName(kind)
            ? kind
            : throw new FormatException($"{where}: kind '{text}' is not one of queued, start, suspend, ready, resume, end, fault, cancel, block, unblock.");
}
