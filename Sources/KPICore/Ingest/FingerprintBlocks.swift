/// Where one partition's fingerprints are.
struct FingerprintPartition {
    let key: Int
    /// Blocks in memory, each with the number of fingerprints it holds (for the last block, as
    /// of the last `FingerprintBlocks.recordCounts`).
    var blocks: [(start: UnsafeMutablePointer<UInt64>, capacity: Int, count: Int)] = []
    /// Runs written to the spill file: byte offset and number of fingerprints.
    var spilled: [(offset: Int, count: Int)] = []
    /// The size of the partition's next block: blocks double up to `FingerprintLog.largestBlock`
    /// (or less, see `FingerprintBlocks.openBlock`).
    var nextCapacity = 1024

    /// Fingerprints in memory and spilled (exact once the counts are recorded).
    var count: Int { blocks.reduce(0) { $0 &+ $1.count } &+ spilled.reduce(0) { $0 &+ $1.count } }
}

/// The state of a `FingerprintLog`: every partition's blocks, and where each partition's next
/// fingerprint goes. Rows of different partitions may alternate on every row (a file sorted by
/// another key), so each partition keeps its own open block: a row costs one look-up of its
/// partition's slot (`PeriodSlots`, no hashing) and one store.
struct FingerprintBlocks {
    /// The next free entry of a partition's last block and the entries left in it (0: no block
    /// with room).
    private struct OpenBlock {
        var cursor = UnsafeMutablePointer<UInt64>(bitPattern: 8)!
        var room = 0
    }

    let memoryBudget: Int
    private(set) var partitions: [FingerprintPartition] = []
    /// The slot in `partitions` (and `open`) of each partition key.
    private(set) var slotOfPartition = PeriodSlots()
    private var open: [OpenBlock] = []
    private(set) var spill: SpillFile?
    private var spillFailed = false
    private var bytesInMemory = 0

    init(memoryBudget: Int) {
        self.memoryBudget = memoryBudget
    }

    /// Adds a fingerprint to `partition`.
    @inline(__always)
    mutating func add(_ fingerprint: UInt64, partition: Int) {
        let slot = slotOfPartition.slot(of: partition)
        if slot == open.count { addPartition(partition) }
        if open[slot].room == 0 { openBlock(slot) }
        open[slot].cursor.initialize(to: fingerprint)
        open[slot].cursor += 1
        open[slot].room &-= 1
    }

    /// Appends `fingerprints` to `partition`, as `add` would one by one.
    mutating func append(contentsOf fingerprints: UnsafeBufferPointer<UInt64>, partition: Int) {
        guard var next = fingerprints.baseAddress else { return }
        let slot = slotOfPartition.slot(of: partition)
        if slot == open.count { addPartition(partition) }
        var left = fingerprints.count
        while left > 0 {
            if open[slot].room == 0 { openBlock(slot) }
            let count = min(open[slot].room, left)
            open[slot].cursor.initialize(from: next, count: count)
            open[slot].cursor += count
            open[slot].room &-= count
            (next, left) = (next + count, left &- count)
        }
    }

    /// Records the count of every partition's last block.
    mutating func recordCounts() {
        for slot in partitions.indices { recordCount(slot) }
    }

    /// Frees the blocks in memory.
    func freeBlocks() {
        for partition in partitions {
            for block in partition.blocks { block.start.deallocate() }
        }
    }

    private mutating func recordCount(_ slot: Int) {
        guard let last = partitions[slot].blocks.indices.last else { return }
        partitions[slot].blocks[last].count = partitions[slot].blocks[last].capacity &- open[slot].room
    }

    @inline(never)
    private mutating func addPartition(_ key: Int) {
        partitions.append(FingerprintPartition(key: key))
        open.append(OpenBlock())
    }

    @inline(never)
    private mutating func openBlock(_ slot: Int) {
        recordCount(slot)
        // The open blocks of all partitions together take at most half the budget: larger ones
        // would fill it by themselves, and every new block would then spill them all, a few
        // fingerprints each (a shuffled file fills every partition at once).
        let fairShare = max(1024, memoryBudget / (16 &* partitions.count))
        let capacity = min(partitions[slot].nextCapacity, fairShare)
        partitions[slot].nextCapacity = min(capacity &* 2, FingerprintLog.largestBlock)
        if bytesInMemory &+ capacity &* 8 > memoryBudget { spillBlocks() }
        let start = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        partitions[slot].blocks.append((start, capacity, 0))
        bytesInMemory &+= capacity &* 8
        open[slot] = OpenBlock(cursor: start, room: capacity)
    }

    /// Writes every block to the spill file and frees it (a partition then starts a new block);
    /// keeps them when the file cannot be written.
    private mutating func spillBlocks() {
        guard !spillFailed else { return }
        recordCounts()
        if spill == nil { spill = SpillFile() }
        guard let spill else {
            SpillFile.noteUnusable()
            spillFailed = true
            return
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
            if kept.last?.start != partitions[index].blocks.last?.start { open[index].room = 0 }
            partitions[index].blocks = kept
        }
    }
}
