import Foundation

/// Runs `body(0)` … `body(count - 1)` each on its own thread and waits for all: for work
/// that blocks (a store waiting on its server), where a dispatch queue's width (the core
/// count) would run only two at a time on this machine. Their results in order, or the
/// first failure.
func onThreads<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) throws -> [T] {
    let results = Results<T>(count)
    let done = DispatchGroup()
    for index in 0..<count {
        done.enter()
        Thread.detachNewThread {
            results.set(index, Result { try body(index) })
            done.leave()
        }
    }
    done.wait()
    return try results.all.map { try $0!.get() }
}

/// The threads' results, each written once under the lock.
private final class Results<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<T, any Error>?]

    init(_ count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<T, any Error>) {
        lock.lock()
        items[index] = result
        lock.unlock()
    }

    var all: [Result<T, any Error>?] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// Now on the wall clock, in seconds since 1970: the one clock the bench and the follower
/// processes share, to tell how long after an append's commit each follower had it.
func wallSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
