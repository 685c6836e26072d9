using System.Runtime.CompilerServices;

namespace TaskTimeline;

/// <summary>
/// Append-only, lock-free event store: one Interlocked.Increment claims a slot, chunks are allocated on demand,
/// so recording costs a timestamp, an increment and a few stores, and memory grows with use up to a fixed cap.
/// </summary>
internal sealed class EventLog
{
    private const int ChunkShift = 12;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    internal struct Entry
    {
        public long Timestamp;
        public string? Label;
        public int Lane;
        public int ThreadId;
        public TimelineEventKind Kind; // written last, read first: None means "slot claimed, not yet written"
    }

    private readonly Entry[]?[] _chunks;
    private int _claimed;

    public EventLog(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "An event log needs room for at least one event.");
        Capacity = capacity;
        _chunks = new Entry[]?[(capacity + ChunkSize - 1) >> ChunkShift];
    }

    public int Capacity { get; }

    /// <summary>Events that did not fit under the cap.</summary>
    public int Dropped => Math.Max(0, Volatile.Read(ref _claimed) - Capacity);

    public int Count => Math.Min(Volatile.Read(ref _claimed), Capacity);

    /// <summary>Appends an event; returns false (and counts it as dropped) when the cap is reached.</summary>
    public bool TryAppend(long timestamp, int lane, TimelineEventKind kind, string? label)
    {
        int index = Interlocked.Increment(ref _claimed) - 1;
        if (index >= Capacity) return false;
        var chunk = _chunks[index >> ChunkShift] ?? AllocateChunk(index >> ChunkShift);
        ref Entry slot = ref chunk[index & ChunkMask];
        slot.Timestamp = timestamp;
        slot.Label = label;
        slot.Lane = lane;
        slot.ThreadId = Environment.CurrentManagedThreadId;
        Volatile.Write(ref Unsafe.As<TimelineEventKind, byte>(ref slot.Kind), (byte)kind);
        return true;
    }

    private Entry[] AllocateChunk(int chunkIndex)
    {
        var fresh = new Entry[ChunkSize];
        return Interlocked.CompareExchange(ref _chunks[chunkIndex], fresh, null) ?? fresh;
    }

    /// <summary>Copies every event written so far, waiting briefly for slots that are claimed but still being written.</summary>
    public Entry[] Copy()
    {
        int count = Count;
        var copy = new Entry[count];
        for (int i = 0; i < count; i++)
        {
            var chunk = _chunks[i >> ChunkShift];
            var spin = new SpinWait();
            while (chunk is null || Volatile.Read(ref Unsafe.As<TimelineEventKind, byte>(ref chunk[i & ChunkMask].Kind)) == 0)
            {
                spin.SpinOnce();
                chunk ??= Volatile.Read(ref _chunks[i >> ChunkShift]);
            }
            copy[i] = chunk[i & ChunkMask];
        }
        return copy;
    }
}
