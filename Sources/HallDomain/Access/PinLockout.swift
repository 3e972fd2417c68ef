import Foundation

/// The rate limit on PINs: three tries free, then 30 s before the next, doubling with each
/// further wrong PIN (30 s, 60 s, 120 s…). Counted from the log, so opening another
/// terminal or restarting the console does not reset it; capped at a day so the doubling
/// cannot overflow.
///
/// The wait is over only when both clocks say so: the records' times (which survive a
/// restart of the machine) and the machine's time since boot (which no wall-clock step and
/// no `HALLDESK_NOW` can move), so setting the clock two minutes ahead does not skip it.
public enum PinLockout {
    public static let freeTries = 3
    public static let firstWait: TimeInterval = 30
    public static let longestWait: TimeInterval = 86_400

    /// Seconds left before `failures` allow another try at `now` (and `bootTime`, the
    /// machine's own clock when known); 0 when a try is allowed.
    public static func remaining(after failures: PinFailures?, now: Date, bootTime: BootTime? = nil) -> TimeInterval {
        guard let failures, failures.count >= freeTries else { return 0 }
        let doublings = min(failures.count - freeTries, 20)
        let wait = min(firstWait * pow(2, Double(doublings)), longestWait)
        let byRecords = failures.last.addingTimeInterval(wait).timeIntervalSince(now)
        var byMachine: TimeInterval = 0
        if let bootTime, let then = failures.lastBootTime, let elapsed = bootTime.elapsed(since: then) {
            byMachine = wait - elapsed
        }
        return max(0, byRecords, byMachine)
    }
}
