import Foundation

/// Simulated time that runs `speed` times faster than the wall clock and stands still while
/// paused: what the demo's console and its simulated staff both read, so the screen shows
/// 10:42 exactly when the staff act at 10:42. The wall-clock instant always comes in as a
/// parameter (this module reads no clock), which is also what lets tests step through it.
public struct AcceleratedClock: Sendable, Equatable {
    /// The speeds the demo's keys step through, in simulated seconds per real second.
    public static let speeds: [Double] = [1, 5, 10, 30, 60, 120, 300, 600]

    /// Simulated seconds per real second.
    public private(set) var speed: Double
    public private(set) var isPaused = false
    /// The simulated instant at `realMark`; from there time runs at `speed`.
    private var simulatedMark: Date
    private var realMark: Date

    /// A clock showing `start` at the wall-clock instant `real`.
    public init(start: Date, speed: Double, real: Date) {
        self.speed = speed
        simulatedMark = start
        realMark = real
    }

    public func now(real: Date) -> Date {
        isPaused ? simulatedMark : simulatedMark.addingTimeInterval(real.timeIntervalSince(realMark) * speed)
    }

    /// Real seconds until the clock shows `time`: zero when it already has, nil while paused
    /// (it will not get there until someone resumes).
    public func realSeconds(until time: Date, real: Date) -> TimeInterval? {
        let ahead = time.timeIntervalSince(now(real: real))
        if ahead <= 0 { return 0 }
        return isPaused ? nil : ahead / speed
    }

    public mutating func pause(real: Date) {
        guard !isPaused else { return }
        mark(real)
        isPaused = true
    }

    public mutating func resume(real: Date) {
        guard isPaused else { return }
        realMark = real
        isPaused = false
    }

    /// From `real` on the clock runs at `speed`; what it showed so far stays shown.
    public mutating func setSpeed(_ speed: Double, real: Date) {
        mark(real)
        self.speed = speed
    }

    /// The next of `speeds` above (or below) the current speed; at either end it stays.
    public mutating func step(faster: Bool, real: Date) {
        let next = faster ? Self.speeds.first { $0 > speed } : Self.speeds.last { $0 < speed }
        if let next { setSpeed(next, real: real) }
    }

    private mutating func mark(_ real: Date) {
        simulatedMark = now(real: real)
        realMark = real
    }
}
