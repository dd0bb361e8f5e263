import Dispatch

/// Calls `body` for `0 ..< count` on all cores (`DispatchQueue.concurrentPerform`) and returns the
/// results in index order; throws the error of the lowest index that failed, after all calls end.
///
/// `body` need not be `Sendable`: the caller promises that the call for index `i` touches only
/// state that no other index touches (its own chunk, its own sink).
package func concurrentMap<Value, Failure: Error>(_ count: Int, _ body: (Int) throws(Failure) -> Value) throws(Failure)
    -> [Value]
{
    let results = UnsafeMutablePointer<Result<Value, Failure>>.allocate(capacity: count)
    defer { results.deallocate() }
    withoutActuallyEscaping(body) { body in
        let shared = UncheckedSendable((body: body, results: results))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let (body, results) = shared.value
            (results + index).initialize(to: Result { () throws(Failure) -> Value in try body(index) })
        }
    }
    let all = (0..<count).map { (results + $0).move() }
    return try all.map { result throws(Failure) -> Value in try result.get() }
}

/// Carries non-`Sendable` state into `concurrentPerform`; see `concurrentMap` for the promise.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
