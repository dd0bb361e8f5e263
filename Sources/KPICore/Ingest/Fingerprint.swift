/// 64-bit fingerprints of record identities (a snapshot and an id), for finding duplicates
/// without keeping the ids: 10 million rows need 80 MB, and two different identities share a
/// fingerprint with a probability of about 10⁻⁶ per 10 million rows.
enum Fingerprint {
    /// Mixes `value` into `hash` (a 64-bit multiply–xorshift step).
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var h = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 29)
    }

    /// The fingerprint of `bytes` within `scope` (such as a snapshot's day number).
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, scope: Int) -> UInt64 {
        var hash = mix(0x243F_6A88_85A3_08D3, UInt64(bitPattern: Int64(scope)) &+ UInt64(bytes.count))
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset &+ 8 <= bytes.count {
            hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset &+= 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift &+= 8
            offset &+= 1
        }
        return mix(hash, tail)
    }
}

/// The fingerprints one chunk has seen, kept apart per partition (a month or a survey year) so
/// that only the partitions a computation uses are checked.
struct FingerprintLog {
    private var slotOfPartition: [Int: Int] = [:]
    private var partitions: [Int] = []
    private var storage: [[UInt64]] = []
    private var lastPartition = Int.min
    private var lastSlot = -1

    /// Adds a fingerprint to `partition`.
    @inline(__always)
    mutating func add(_ fingerprint: UInt64, partition: Int) {
        if partition != lastPartition {
            lastPartition = partition
            if let slot = slotOfPartition[partition] {
                lastSlot = slot
            } else {
                lastSlot = storage.count
                slotOfPartition[partition] = lastSlot
                partitions.append(partition)
                storage.append([])
            }
        }
        storage[lastSlot].append(fingerprint)
    }

    /// The fingerprints that occur more than once across `logs`, in the partitions `include`
    /// accepts. Partitions are checked concurrently, each with an open-addressing hash set.
    static func duplicates(in logs: [FingerprintLog], include: (Int) -> Bool) -> Set<UInt64> {
        let partitions = Set(logs.flatMap(\.partitions)).filter(include).sorted()
        let repeated = concurrentMap(partitions.count) { index in
            repeatedFingerprints(logs.compactMap { log in log.slotOfPartition[partitions[index]].map { log.storage[$0] } })
        }
        return Set(repeated.joined())
    }

    /// The fingerprints that appear more than once in `arrays`.
    private static func repeatedFingerprints(_ arrays: [[UInt64]]) -> [UInt64] {
        let total = arrays.reduce(0) { $0 + $1.count }
        var capacity = 16
        while capacity < total * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // Slot value 0 means empty; fingerprint 0 is stored as 1 (a negligible merge).
        var table = [UInt64](repeating: 0, count: capacity)
        var repeated: [UInt64] = []
        table.withUnsafeMutableBufferPointer { table in
            for array in arrays {
                for fingerprint in array {
                    let key = fingerprint == 0 ? 1 : fingerprint
                    var slot = Int(truncatingIfNeeded: key >> 7) & mask
                    while true {
                        let existing = table[slot]
                        if existing == 0 { table[slot] = key; break }
                        if existing == key { repeated.append(fingerprint); break }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
        }
        return repeated
    }
}
