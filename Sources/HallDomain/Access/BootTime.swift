import Foundation

/// The machine's own count of time: which boot, and seconds since it (`CLOCK_BOOTTIME`).
/// Within one boot it only moves forward, whatever anyone does to the wall clock or to
/// `HALLDESK_NOW`, so waits that must not be skipped (the PIN lockout, a switch-in's lapse)
/// are measured on it as well as on the records' times.
public struct BootTime: Codable, Sendable, Equatable {
    /// `/proc/sys/kernel/random/boot_id`: a new one at every start of the machine.
    public var boot: String
    public var seconds: Double

    public init(boot: String, seconds: Double) {
        self.boot = boot
        self.seconds = seconds
    }

    /// Seconds from `earlier` to this reading; nil when the machine restarted in between,
    /// since the two counts then do not compare.
    public func elapsed(since earlier: BootTime) -> TimeInterval? {
        boot == earlier.boot ? seconds - earlier.seconds : nil
    }
}
