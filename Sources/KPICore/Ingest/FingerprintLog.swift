/// The fingerprints one chunk of a file has seen, kept apart per partition (a snapshot, a month or
/// a survey year) so that only the partitions a computation uses are checked for duplicates.
///
/// Memory stays bounded whatever the file's size: fingerprints are appended to blocks, and when
/// a new block would pass `memoryBudget` bytes, the blocks filled so far are written to an
/// unnamed temporary file (kept in memory instead if none can be written).
final class FingerprintLog {
    /// The most fingerprints one block holds (512 KiB).
    static let largestBlock = 1 << 16
    /// Default for `memoryBudget`.
    static let defaultMemoryBudget = 12 << 20

    /// Where one partition's fingerprints are.
    fileprivate struct Partition {
        let key: Int
        /// Blocks in memory, each with the number of fingerprints it holds.
        var blocks: [(start: UnsafeMutablePointer<UInt64>, capacity: Int, count: Int)] = []
        /// Runs written to the spill file: byte offset and number of fingerprints.
        var spilled: [(offset: Int, count: Int)] = []
        /// Free entries of the last block, where the partition's next fingerprints go: rows of
        /// different partitions may alternate, and each keeps filling its own block.
        var room = 0
        /// The size of the partition's next block: blocks double up to `largestBlock`.
        var nextCapacity = 1024

        /// Fingerprints in memory and spilled (exact once the log is finished).
        var count: Int { blocks.reduce(0) { $0 &+ $1.count } &+ spilled.reduce(0) { $0 &+ $1.count } }
    }

    private let memoryBudget: Int
    private var partitions: [Partition] = []
    /// The slot in `partitions` of each partition key.
    private var slotOfPartition = PeriodSlots()
    private var spill: SpillFile?
    private var spillFailed = false
    private var bytesInMemory = 0

    /// The partition being filled and its last block: `cursor` is the next free entry, `room`
    /// the entries left (0 when the partition has no block with room).
    private var lastPartition = Int.min
    private var slot = -1
    private var cursor = UnsafeMutablePointer<UInt64>(bitPattern: 8)!
    private var room = 0

    /// A log that keeps at most about `memoryBudget` bytes of fingerprints in memory.
    init(memoryBudget: Int = FingerprintLog.defaultMemoryBudget) {
        self.memoryBudget = memoryBudget
    }

    deinit {
        for partition in partitions {
            for block in partition.blocks { block.start.deallocate() }
        }
    }

    /// The number of fingerprints of the partition in `slot`.
    fileprivate func partitionCount(_ slot: Int) -> Int { partitions[slot].count }

    /// How many fingerprints went to the spill file.
    var spilledCount: Int { partitions.reduce(0) { $0 &+ $1.spilled.reduce(0) { $0 &+ $1.count } } }

    /// Adds a fingerprint to `partition`.
    @inline(__always)
    func add(_ fingerprint: UInt64, partition: Int) {
        if partition != lastPartition { switchTo(partition) }
        if room == 0 { openBlock() }
        cursor.initialize(to: fingerprint)
        cursor += 1
        room &-= 1
    }

    /// Records how far the partition being filled got: the log is then ready to be read.
    func finish() {
        leavePartition()
        lastPartition = Int.min
        slot = -1
    }

    // MARK: - Filling

    @inline(never)
    private func switchTo(_ partition: Int) {
        leavePartition()
        lastPartition = partition
        slot = slotOfPartition.slot(of: partition)
        if slot == partitions.count { partitions.append(Partition(key: partition)) }
        room = partitions[slot].room
        if room > 0, let last = partitions[slot].blocks.last { cursor = last.start + last.count }
    }

    /// Records the count of the current partition's last block and the room left in it.
    private func leavePartition() {
        guard slot >= 0, let last = partitions[slot].blocks.indices.last else { return }
        partitions[slot].blocks[last].count = partitions[slot].blocks[last].capacity &- room
        partitions[slot].room = room
    }

    @inline(never)
    private func openBlock() {
        leavePartition()
        let capacity = partitions[slot].nextCapacity
        partitions[slot].nextCapacity = min(capacity &* 2, Self.largestBlock)
        if bytesInMemory &+ capacity &* 8 > memoryBudget { spillBlocks() }
        let start = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        partitions[slot].blocks.append((start, capacity, 0))
        bytesInMemory &+= capacity &* 8
        cursor = start
        room = capacity
    }

    /// Writes every block to the spill file and frees it (a partition then starts a new block);
    /// keeps them when the file cannot be written. Called with every block's count recorded.
    private func spillBlocks() {
        guard !spillFailed else { return }
        if spill == nil { spill = SpillFile() }
        guard let spill else {
            SpillFile.noteUnusable()
            return spillFailed = true
        }
        for index in partitions.indices {
            var kept: [(start: UnsafeMutablePointer<UInt64>, capacity: Int, count: Int)] = []
            for block in partitions[index].blocks {
                if !spillFailed, let offset = spill.append(block.start, count: block.count &* 8) {
                    partitions[index].spilled.append((offset, block.count))
                    block.start.deallocate()
                    bytesInMemory &-= block.capacity &* 8
                } else {
                    spillFailed = true
                    kept.append(block)
                }
            }
            if kept.last?.start != partitions[index].blocks.last?.start { partitions[index].room = 0 }
            partitions[index].blocks = kept
        }
    }

    /// Appends `fingerprints` to `partition`, as `add` would one by one.
    func append(contentsOf fingerprints: UnsafeBufferPointer<UInt64>, partition: Int) {
        guard var next = fingerprints.baseAddress else { return }
        if partition != lastPartition { switchTo(partition) }
        var left = fingerprints.count
        while left > 0 {
            if room == 0 { openBlock() }
            let count = min(room, left)
            cursor.initialize(from: next, count: count)
            (cursor, next, room, left) = (cursor + count, next + count, room &- count, left &- count)
        }
    }

    /// Calls `body` with every fingerprint of the partition in `slot`, a batch at a time;
    /// `buffer` (room for `largestBlock`) receives those read back from the spill file.
    fileprivate func forEachBatch(
        ofSlot slot: Int, buffer: UnsafeMutablePointer<UInt64>, _ body: (UnsafeBufferPointer<UInt64>) -> Void
    ) throws(SpillError) {
        let partition = partitions[slot]
        for block in partition.blocks { body(UnsafeBufferPointer(start: block.start, count: block.count)) }
        for run in partition.spilled {
            var done = 0
            while done < run.count {
                let count = min(Self.largestBlock, run.count &- done)
                try spill!.read(into: buffer, count: count &* 8, at: run.offset &+ done &* 8)
                body(UnsafeBufferPointer(start: buffer, count: count))
                done &+= count
            }
        }
    }

    // MARK: - Checking

    /// The fingerprints that occur more than once across `logs`, in the partitions `include`
    /// accepts, on all cores. A partition whose hash table would pass `largestTable` entries
    /// (1 MiB by default, to stay in the cores' caches) is first spread by the top bits of its
    /// fingerprints into buckets small enough (in a log of their own, spilled like this one), and
    /// each bucket is checked on its own: memory stays bounded and time linear.
    static func duplicates(
        in logs: [FingerprintLog], largestTable: Int = 1 << 17, include: (Int) -> Bool
    ) throws(SpillError) -> Set<UInt64> {
        for log in logs { log.finish() }
        let keys = Set(logs.flatMap { $0.partitions.map(\.key) }).filter(include).sorted()
        let groups = try concurrentMap(keys.count) { (index) throws(SpillError) -> [[FingerprintSource]] in
            let sources = logs.compactMap { log in log.slotOfPartition.existingSlot(of: keys[index]).map { FingerprintSource(log: log, slot: $0) } }
            let total = sources.reduce(0) { $0 &+ $1.count }
            var bits = 0
            while (total >> bits) &* 2 > largestTable, bits < 12 { bits &+= 1 }
            return bits == 0 ? [sources] : try buckets(of: sources, bits: bits).map { [$0] }
        }.joined().map { $0 }
        let repeated = try concurrentMap(groups.count) { (index) throws(SpillError) -> [UInt64] in
            try repeatedFingerprints(in: groups[index])
        }
        return Set(repeated.joined())
    }

    /// The fingerprints of `sources` spread into `1 << bits` buckets by their top bits.
    private static func buckets(of sources: [FingerprintSource], bits: Int) throws(SpillError) -> [FingerprintSource] {
        let bucketCount = 1 << bits, shift = UInt64(64 &- bits)
        let log = FingerprintLog(memoryBudget: 4 << 20)
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: largestBlock)
        let sorted = UnsafeMutablePointer<UInt64>.allocate(capacity: largestBlock)
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: bucketCount &+ 1)
        defer {
            buffer.deallocate()
            sorted.deallocate()
            starts.deallocate()
        }
        for source in sources {
            try source.log.forEachBatch(ofSlot: source.slot, buffer: buffer) { batch in
                // A counting sort of the batch by bucket, then one append per bucket.
                starts.initialize(repeating: 0, count: bucketCount &+ 1)
                for fingerprint in batch { starts[Int(fingerprint >> shift) &+ 1] &+= 1 }
                for bucket in 0..<bucketCount { starts[bucket &+ 1] &+= starts[bucket] }
                for fingerprint in batch {
                    let bucket = Int(fingerprint >> shift)
                    sorted[starts[bucket]] = fingerprint
                    starts[bucket] &+= 1
                }
                var start = 0
                for bucket in 0..<bucketCount where starts[bucket] > start {
                    log.append(contentsOf: UnsafeBufferPointer(start: sorted + start, count: starts[bucket] &- start), partition: bucket)
                    start = starts[bucket]
                }
            }
        }
        log.finish()
        return log.partitions.indices.map { FingerprintSource(log: log, slot: $0) }
    }

    /// The fingerprints that appear more than once in `sources`.
    private static func repeatedFingerprints(in sources: [FingerprintSource]) throws(SpillError) -> [UInt64] {
        var table = FingerprintTable(expected: sources.reduce(0) { $0 &+ $1.count })
        var repeated: [UInt64] = []
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: largestBlock)
        defer { buffer.deallocate() }
        for source in sources {
            try source.log.forEachBatch(ofSlot: source.slot, buffer: buffer) { batch in
                for fingerprint in batch where !table.insert(fingerprint) { repeated.append(fingerprint) }
            }
        }
        return repeated
    }
}

/// One partition of a log, as the check reads it.
private struct FingerprintSource {
    let log: FingerprintLog
    let slot: Int
    var count: Int { log.partitionCount(slot) }
}

/// A set of fingerprints by open addressing, growing when it is three quarters full.
private struct FingerprintTable: ~Copyable {
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private var count = 0

    init(expected: Int) {
        var capacity = 1024
        while capacity < expected &* 2 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity &- 1
    }

    deinit { slots.deallocate() }

    /// Adds `fingerprint`; false when it was there already. (0 is stored as 1: a negligible merge.)
    mutating func insert(_ fingerprint: UInt64) -> Bool {
        let key = fingerprint == 0 ? 1 : fingerprint
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let existing = slots[slot]
            if existing == key { return false }
            if existing == 0 { break }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = key
        count &+= 1
        if count &* 4 > (mask &+ 1) &* 3 { grow() }
        return true
    }

    private mutating func grow() {
        let old = slots, oldCapacity = mask &+ 1
        slots = .allocate(capacity: oldCapacity &* 2)
        slots.initialize(repeating: 0, count: oldCapacity &* 2)
        mask = oldCapacity &* 2 &- 1
        for index in 0..<oldCapacity where old[index] != 0 {
            var slot = Int(truncatingIfNeeded: old[index] >> 7) & mask
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }
}
