/// The fingerprints one chunk of a file has seen, kept apart per partition (a snapshot, a month or
/// a survey year) so that only the partitions a computation uses are checked for duplicates.
///
/// Memory stays bounded whatever the file's size: fingerprints are appended to blocks, and when
/// a new block would pass `memoryBudget` bytes, the blocks filled so far are written to an
/// unnamed temporary file (kept in memory instead if none can be written).
///
/// The log is a class (the check reads several logs from several threads), but its state sits
/// behind a pointer, in a struct: Swift checks every access to a class's stored `var` at run
/// time (exclusivity), which costs more than the rest of `add` when rows of different
/// partitions alternate, while a struct's accesses are checked when compiling.
final class FingerprintLog {
    /// The most fingerprints one block holds (512 KiB).
    static let largestBlock = 1 << 16
    /// Default for `memoryBudget`.
    static let defaultMemoryBudget = 12 << 20

    private let state: UnsafeMutablePointer<FingerprintBlocks>

    /// A log that keeps at most about `memoryBudget` bytes of fingerprints in memory.
    init(memoryBudget: Int = FingerprintLog.defaultMemoryBudget) {
        state = .allocate(capacity: 1)
        state.initialize(to: FingerprintBlocks(memoryBudget: memoryBudget))
    }

    deinit {
        state.pointee.freeBlocks()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The partitions, each with its blocks' counts exact once the log is finished.
    fileprivate var partitions: [FingerprintPartition] { state.pointee.partitions }

    /// The slot of the partition `key`, if the log has it.
    fileprivate func slot(of key: Int) -> Int? { state.pointee.slotOfPartition.existingSlot(of: key) }

    /// The number of fingerprints of the partition in `slot`.
    fileprivate func partitionCount(_ slot: Int) -> Int { state.pointee.partitions[slot].count }

    /// How many fingerprints went to the spill file.
    var spilledCount: Int { state.pointee.partitions.reduce(0) { $0 &+ $1.spilled.reduce(0) { $0 &+ $1.count } } }

    /// How many runs the spill file holds (each written at once, read back at once).
    var spilledRunCount: Int { state.pointee.partitions.reduce(0) { $0 &+ $1.spilled.count } }

    /// Adds a fingerprint to `partition`.
    @inline(__always)
    func add(_ fingerprint: UInt64, partition: Int) { state.pointee.add(fingerprint, partition: partition) }

    /// Appends `fingerprints` to `partition`, as `add` would one by one.
    func append(contentsOf fingerprints: UnsafeBufferPointer<UInt64>, partition: Int) {
        state.pointee.append(contentsOf: fingerprints, partition: partition)
    }

    /// Records how far each partition's last block got: the log is then ready to be read.
    func finish() { state.pointee.recordCounts() }

    /// Calls `body` with every fingerprint of the partition in `slot`, a batch at a time;
    /// `buffer` (room for `largestBlock`) receives those read back from the spill file.
    fileprivate func forEachBatch(
        ofSlot slot: Int, buffer: UnsafeMutablePointer<UInt64>, _ body: (UnsafeBufferPointer<UInt64>) -> Void
    ) throws(SpillError) {
        let partition = state.pointee.partitions[slot]
        for block in partition.blocks { body(UnsafeBufferPointer(start: block.start, count: block.count)) }
        for run in partition.spilled {
            var done = 0
            while done < run.count {
                let count = min(Self.largestBlock, run.count &- done)
                try state.pointee.spill!.read(into: buffer, count: count &* 8, at: run.offset &+ done &* 8)
                body(UnsafeBufferPointer(start: buffer, count: count))
                done &+= count
            }
        }
    }

    // MARK: - Checking

    /// The fingerprints that occur more than once across `logs`, in the partitions `include`
    /// accepts, on all cores, a partition at a time on each. A partition whose hash table would
    /// pass `largestTable` entries (1 MiB by default, to stay in the cores' caches) is first
    /// spread by the top bits of its fingerprints into buckets small enough (in a log of their
    /// own, spilled like this one), and each bucket is checked on its own, before the core takes
    /// the next partition: memory stays bounded (one bucket log per core, whatever the number of
    /// partitions) and time linear.
    static func duplicates(
        in logs: [FingerprintLog], largestTable: Int = 1 << 17, include: (Int) -> Bool
    ) throws(SpillError) -> Set<UInt64> {
        for log in logs { log.finish() }
        let keys = Set(logs.flatMap { $0.partitions.map(\.key) }).filter(include).sorted()
        let repeated = try concurrentMap(keys.count) { (index) throws(SpillError) -> [UInt64] in
            let sources = logs.compactMap { log in
                log.slot(of: keys[index]).map { FingerprintSource(log: log, slot: $0) }
            }
            let total = sources.reduce(0) { $0 &+ $1.count }
            var bits = 0
            while (total >> bits) &* 2 > largestTable, bits < 12 { bits &+= 1 }
            guard bits > 0 else { return try repeatedFingerprints(in: sources) }
            var found: [UInt64] = []
            for bucket in try buckets(of: sources, bits: bits) { found += try repeatedFingerprints(in: [bucket]) }
            return found
        }
        return Set(repeated.joined())
    }

    /// The fingerprints of `sources` spread into `1 << bits` buckets by their top bits.
    private static func buckets(of sources: [FingerprintSource], bits: Int) throws(SpillError) -> [FingerprintSource] {
        let bucketCount = 1 << bits
        let shift = UInt64(64 &- bits)
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
                    log.append(
                        contentsOf: UnsafeBufferPointer(start: sorted + start, count: starts[bucket] &- start),
                        partition: bucket)
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
        let old = slots
        let oldCapacity = mask &+ 1
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
