import Foundation
import Glibc
import HallDomain

/// The machine's own clock: seconds since boot (`CLOCK_BOOTTIME`, which keeps counting
/// through a suspend and which no wall-clock step moves) and the boot's id.
public enum BootClock {
    public static func now() -> BootTime? {
        guard let boot = bootID() else { return nil }
        var spec = timespec()
        guard clock_gettime(CLOCK_BOOTTIME, &spec) == 0 else { return nil }
        return BootTime(boot: boot, seconds: Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9)
    }

    /// `/proc/sys/kernel/random/boot_id`: new at every start of the machine.
    public static func bootID() -> String? {
        (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
