import Foundation
import HallStore

let siteZone = TimeZone(identifier: "Asia/Shanghai")!
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Runs `body` and returns how long it took, in milliseconds.
func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = clock.now
    try body()
    return milliseconds(clock.now - start)
}

func median(_ values: [Double]) -> Double {
    percentile(values, 0.5)
}

/// The nearest-rank percentile: a value that was really measured, never an interpolation.
func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func format(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
}

/// A new folder under the system temp folder, which on this machine is the real disk, so
/// fdatasync there is real. The caller removes it.
func tempFolder(_ purpose: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hallbench-\(purpose)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A fresh log in its own temp folder.
func freshLog() throws -> (EventLog, URL) {
    let folder = try tempFolder("log")
    let url = folder.appendingPathComponent("events.log")
    try EventLog.create(at: url)
    return (try EventLog(url: url, timeZone: siteZone, repairActor: "system", repairTerminal: "bench"), folder)
}

/// The peak resident set of this process's address space so far, in MiB: `VmHWM` from
/// /proc/self/status. `getrusage`'s `ru_maxrss` would be the same figure in a process
/// started from a shell, but Linux keeps the high-water mark across `execve`, so in a child
/// this benchmark spawns it would report the parent's peak (the whole history generator).
func peakMemoryMiB() throws -> Double {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kiB = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { throw BenchFailure("no VmHWM in /proc/self/status") }
    return kiB / 1024
}

/// Something the benchmark could not do (a seed file, SQLite, a child process).
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
