import Foundation

/// One result slot per iteration of `DispatchQueue.concurrentPerform`: each iteration writes
/// only its own slot of a fixed buffer, so neither a lock nor an exclusive array access is needed.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    subscript(index: Int) -> Value {
        get { slots[index]! }
        set { slots[index] = newValue }
    }

    /// All results, in iteration order.
    var values: [Value] { (0..<count).map { slots[$0]! } }
}
