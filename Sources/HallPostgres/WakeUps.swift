import Foundation

/// A counter of "something was appended to this hall", bumped from the event loop by each
/// notification and read by followers on their own threads: a follower asks the server
/// only when the counter moved since it last asked (or its poll interval ran out).
final class WakeUps: @unchecked Sendable {
    private let condition = NSCondition()
    private var count = 0

    var current: Int {
        condition.lock()
        defer { condition.unlock() }
        return count
    }

    func bump() {
        condition.lock()
        count += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the counter is no longer `seen` or `timeout` seconds have passed; whether
    /// it moved.
    func wait(past seen: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while count == seen {
            guard condition.wait(until: deadline) else { return count != seen }
        }
        return true
    }
}
