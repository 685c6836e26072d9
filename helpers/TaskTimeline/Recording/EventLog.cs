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
/// A slot is 16 bytes (timestamp, thread, kind and lane packed in one int) so a million events stream through the cache;
/// labels live in a parallel chunk allocated on the first label.
/// </remarks>
internal sealed class EventLog
{
    private const int FirstChunkShift = 8;
    private const int FirstChunkSize = 1 << FirstChunkShift;

    private const int KindBits = 4;
    private const int KindMask = (1 << KindBits) - 1;

    /// <summary>An event as read back.</summary>
    internal readonly record struct Entry(long Timestamp, int Lane, int ThreadId, TimelineEventKind Kind, string? Label);

    private struct Slot
    {
        public long Timestamp;
        public int ThreadId;
        public int KindAndLane; // written last, read first: 0 means "slot claimed, not yet written" (Kind.None)
    }

    /// <summary>The most lanes a log can tell apart (lane ids share an int with the kind).</summary>
    public const int MaxLanes = int.MaxValue >> KindBits;

    private readonly Slot[]?[] _chunks;
    private readonly string?[]?[] _labelChunks;
    private int _claimed;
    private long _dropped;

    public EventLog(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "An event log needs room for at least one event.");
        Capacity = capacity;
        _chunks = new Slot[]?[ChunkOf(capacity - 1) + 1];
        _labelChunks = new string?[]?[_chunks.Length];
    }

    public int Capacity { get; }

    /// <summary>Events that did not fit under the cap.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public int Count => Math.Min(Volatile.Read(ref _claimed), Capacity);

    /// <summary>Appends an event; returns false (and counts it as dropped) when the cap is reached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAppend(long timestamp, int lane, TimelineEventKind kind, string? label)
    {
        // Once full, stop claiming: the claim counter stays within Capacity plus one per racing thread, so it never wraps.
        if (Volatile.Read(ref _claimed) >= Capacity || Interlocked.Increment(ref _claimed) - 1 is var index && index >= Capacity)
        {
            Interlocked.Increment(ref _dropped);
            return false;
        }
        int chunkIndex = ChunkOf(index);
        var chunk = _chunks[chunkIndex] ?? AllocateChunk(chunkIndex);
        ref Slot slot = ref chunk[OffsetIn(chunkIndex, index)];
        slot.Timestamp = timestamp;
        slot.ThreadId = Environment.CurrentManagedThreadId;
        if (label is not null) (_labelChunks[chunkIndex] ?? AllocateLabelChunk(chunkIndex, chunk.Length))[OffsetIn(chunkIndex, index)] = label;
        Volatile.Write(ref slot.KindAndLane, (lane << KindBits) | (int)kind);
        return true;
    }

    /// <summary>Chunk k holds the slots from 256·(2^k − 1) on, 256·2^k of them.</summary>
    private static int ChunkOf(int index) => BitOperations.Log2((uint)(index >> FirstChunkShift) + 1);

    private static int FirstSlotOf(int chunkIndex) => (FirstChunkSize << chunkIndex) - FirstChunkSize;

    private static int OffsetIn(int chunkIndex, int index) => index - FirstSlotOf(chunkIndex);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Slot[] AllocateChunk(int chunkIndex)
    {
        // The last chunk stops at the cap.
        int size = (int)Math.Min((long)FirstChunkSize << chunkIndex, (long)Capacity - FirstSlotOf(chunkIndex));
        var fresh = new Slot[size];
        return Interlocked.CompareExchange(ref _chunks[chunkIndex], fresh, null) ?? fresh;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string?[] AllocateLabelChunk(int chunkIndex, int size)
    {
        var fresh = new string?[size];
        return Interlocked.CompareExchange(ref _labelChunks[chunkIndex], fresh, null) ?? fresh;
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
            int kindAndLane;
            while (chunk is null || (kindAndLane = Volatile.Read(ref chunk[offset].KindAndLane)) == 0)
            {
                spin.SpinOnce();
                chunk ??= Volatile.Read(ref _chunks[chunkIndex]);
            }
            ref Slot slot = ref chunk[offset];
            copy[i] = new Entry(slot.Timestamp, kindAndLane >> KindBits, slot.ThreadId, (TimelineEventKind)(kindAndLane & KindMask), _labelChunks[chunkIndex]?[offset]);
        }
        return copy;
    }
}
