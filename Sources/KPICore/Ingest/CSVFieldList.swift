/// The fields of the record being split: two offsets per field (start, end) into the chunk's
/// buffer, and which quoted fields still hold doubled quotes. Grows (doubling) for a record with
/// more fields than it has room for, up to `limit` fields; fields past it are not kept (the
/// record is refused). A plain value holding pointers: its owner deallocates it.
struct CSVFieldList {
    /// `bounds[2i]` and `bounds[2i + 1]`: where field `i` starts and ends.
    private(set) var bounds: UnsafeMutablePointer<Int>
    /// Indices of quoted fields whose `""` are still to be undone.
    private(set) var escaped: UnsafeMutablePointer<Int>
    private(set) var capacity: Int
    /// The most fields kept.
    let limit: Int

    init(capacity: Int, limit: Int) {
        self.capacity = min(capacity, limit)
        self.limit = limit
        bounds = .allocate(capacity: 2 &* capacity)
        escaped = .allocate(capacity: capacity)
    }

    func deallocate() {
        bounds.deallocate()
        escaped.deallocate()
    }

    /// Sets field `index`, growing when it is the first one past the capacity; a field past
    /// `limit` is dropped.
    @inline(__always)
    mutating func set(_ index: Int, start: Int, end: Int) {
        if index >= capacity {
            guard index < limit else { return }
            grow()
        }
        bounds[2 &* index] = start
        bounds[2 &* index &+ 1] = end
    }

    /// Notes that field `index` (already set) is the `count`-th with doubled quotes.
    @inline(__always)
    func markEscaped(_ index: Int, count: Int) {
        escaped[count] = index
    }

    @inline(never)
    private mutating func grow() {
        let larger = CSVFieldList(capacity: 2 &* capacity, limit: limit)
        larger.bounds.moveInitialize(from: bounds, count: 2 &* capacity)
        larger.escaped.moveInitialize(from: escaped, count: capacity)
        deallocate()
        self = larger
    }
}
