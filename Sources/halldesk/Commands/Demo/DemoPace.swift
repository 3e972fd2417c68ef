import Foundation
import HallConsole
import HallDomain
import Synchronization

/// The demo's clock as both threads share it: the console (main thread) reads the time,
/// pauses and changes speed; the simulated staff (the feeder thread) wait there for each
/// action's time. The feeder sleeps in short steps, so a pause, a new speed or quitting
/// takes effect within a twentieth of a second.
final class DemoPace: Sendable {
    private struct Shared {
        var clock: AcceleratedClock
        var stopped = false
        /// Set by the feeder when it is done: the day is over, or it failed.
        var ending: DemoFacts.Stage?
    }

    private let shared: Mutex<Shared>
    private static let step: TimeInterval = 0.05

    init(start: Date, speed: Double) {
        shared = Mutex(Shared(clock: AcceleratedClock(start: start, speed: speed, real: Date())))
    }

    /// The simulated now: what the console shows and acts at.
    var now: Date {
        shared.withLock { $0.clock.now(real: Date()) }
    }

    var facts: DemoFacts {
        shared.withLock { shared in
            DemoFacts(speed: shared.clock.speed, stage: shared.ending ?? (shared.clock.isPaused ? .paused : .running))
        }
    }

    func control(_ control: DemoControl) {
        shared.withLock { shared in
            let real = Date()
            switch control {
            case .pauseOrResume: shared.clock.isPaused ? shared.clock.resume(real: real) : shared.clock.pause(real: real)
            case .slower: shared.clock.step(faster: false, real: real)
            case .faster: shared.clock.step(faster: true, real: real)
            }
        }
    }

    /// Blocks the feeder until the clock shows `time`; false when the demo was stopped first.
    func wait(until time: Date) -> Bool {
        while true {
            let (stopped, seconds) = shared.withLock { ($0.stopped, $0.clock.realSeconds(until: time, real: Date())) }
            if stopped { return false }
            if seconds == 0 { return true }
            Thread.sleep(forTimeInterval: min(seconds ?? Self.step, Self.step))
        }
    }

    /// The console is closing: the feeder stops before its next action.
    func stop() {
        shared.withLock { $0.stopped = true }
    }

    func end(_ stage: DemoFacts.Stage) {
        shared.withLock { $0.ending = stage }
    }
}
