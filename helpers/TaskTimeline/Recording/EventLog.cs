using System.Numerics;
using System.Runtime.CompilerServices;

namespace TaskTimeline;

/// <summary>
/// Append-only, lock-free event store: one Interlocked.Increment claims a slot, chunks are allocated on demand,
/// so recording costs a timestamp, an increment and a few stores, and memory grows with use up to a fixed cap.
/// </summary>
/// <remarks>
/// Chunks double in size (256, 512, 1,024, … entries), so a small timeline costs an 8 KB chunk rather than a large-object-heap
/// array, while a big one still needs only a dozen chunks; the chunk of a slot is found with one Log2 (docs/benchmarks.md).
/// </remarks>
internal sealed class EventLog
{
    private const int FirstChunkShift = 8;
    private const int FirstChunkSize = 1 << FirstChunkShift;

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
        _chunks = new Entry[]?[ChunkOf(capacity - 1) + 1];
    }

    public int Capacity { get; }

    /// <summary>Events that did not fit under the cap.</summary>
    public int Dropped => Math.Max(0, Volatile.Read(ref _claimed) - Capacity);

    public int Count => Math.Min(Volatile.Read(ref _claimed), Capacity);

    /// <summary>Appends an event; returns false (and counts it as dropped) when the cap is reached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAppend(long timestamp, int lane, TimelineEventKind kind, string? label)
    {
        int index = Interlocked.Increment(ref _claimed) - 1;
        if (index >= Capacity) return false;
        int chunkIndex = ChunkOf(index);
        var chunk = _chunks[chunkIndex] ?? AllocateChunk(chunkIndex);
        ref Entry slot = ref chunk[OffsetIn(chunkIndex, index)];
        slot.Timestamp = timestamp;
        // Chunks start zeroed and slots are never reused, so an event without a label skips the reference store and its GC write barrier.
        if (label is not null) slot.Label = label;
        slot.Lane = lane;
        slot.ThreadId = Environment.CurrentManagedThreadId;
        Volatile.Write(ref Unsafe.As<TimelineEventKind, byte>(ref slot.Kind), (byte)kind);
        return true;
    }

    /// <summary>Chunk k holds the slots from 256·(2^k − 1) on, 256·2^k of them.</summary>
    private static int ChunkOf(int index) => BitOperations.Log2((uint)(index >> FirstChunkShift) + 1);

    private static int FirstSlotOf(int chunkIndex) => (FirstChunkSize << chunkIndex) - FirstChunkSize;

    private static int OffsetIn(int chunkIndex, int index) => index - FirstSlotOf(chunkIndex);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Entry[] AllocateChunk(int chunkIndex)
    {
        // The last chunk stops at the cap.
        int size = (int)Math.Min((long)FirstChunkSize << chunkIndex, (long)Capacity - FirstSlotOf(chunkIndex));
        var fresh = new Entry[size];
        return Interlocked.CompareExchange(ref _chunks[chunkIndex], fresh, null) ?? fresh;
    }

    /// <summary>Copies every event written so far, waiting briefly for slots that are claimed but still being written.</summary>
    public Entry[] Copy()
    {
        int count = Count;
        var copy = new Entry[count];
        for (int i = 0; i < count; i++)
        {
            int chunkIndex = ChunkOf(i), offset = OffsetIn(chunkIndex, i);
            var chunk = _chunks[chunkIndex];
            var spin = new SpinWait();
            while (chunk is null || Volatile.Read(ref Unsafe.As<TimelineEventKind, byte>(ref chunk[offset].Kind)) == 0)
            {
                spin.SpinOnce();
                chunk ??= Volatile.Read(ref _chunks[chunkIndex]);
            }
            copy[i] = chunk[offset];
        }
        return copy;
    }
}
