import Foundation
import HallDomain
import HallStore

/// What a person waits for on a long log, each in a fresh `halldesk` process as they would
/// run it: a command's start-up (`queue status`, from the newest snapshot) and `report
/// month`, beside `jq` answering one of that report's tables (orders by category) over the
/// same file. `halldesk` is the one built beside this program (`swift build -c release`).
func benchCommands(_ figures: Figures, folder: DataFolder, month: String, runs: Int = 3) throws {
    let status = try (0..<runs).map { _ in try timedRun(halldesk(), ["queue", "status", "--data", folder.url.path]) }
    figures.add("start_command_time", median(status) / 1000, "s", digits: 2,
                "`halldesk queue status` on the \(format(Double(try logRecords(folder)), 0))-record log, a fresh process from its newest snapshot, median of \(runs)",
                goal: .atMost(0.3))

    let report = ["report", "month", month, "--data", folder.url.path]
    let first = try timedRun(halldesk(), report)
    figures.add("report_month_first_time", first / 1000, "s", digits: 2,
                "`halldesk report month \(month)` on a log with no report checkpoint yet: the one full read, which leaves checkpoints behind (one run)")
    let repeated = try (0..<runs).map { _ in try timedRun(halldesk(), report) }
    let reportTime = median(repeated)
    figures.add("report_month_time", reportTime / 1000, "s", digits: 2,
                "`halldesk report month \(month)` once checkpoints exist, as on a hall whose writers keep them: reads its month and what it carries in, median of \(runs)",
                goal: .atMost(1))

    let program = "reduce (inputs | select(.type == \"workOrderRegistered\" and (.ts | startswith(\"\(month)\")))"
        + " | (.body.categoryName // .body.category)) as $c ({}; .[$c] += 1)"
    let jq = try (0..<runs).map { _ in try timedRun("/usr/bin/jq", ["-n", program, folder.logURL.path]) }
    figures.add("report_month_jq_time", median(jq) / 1000, "s", digits: 2,
                "the peer: `jq` counting \(month)'s orders by category (one table of the report) over the same file, median of \(runs)")
    figures.add("report_month_over_jq", median(jq) / reportTime, "x", digits: 1, "jq ÷ `report month`: how much faster the whole report is than jq's one table",
                goal: .atLeast(10))
}

/// The `halldesk` built beside this program.
private func halldesk() throws -> String {
    let here = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    let path = here.deletingLastPathComponent().appendingPathComponent("halldesk").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
        throw BenchFailure("no halldesk beside hallbench: build both, `swift build -c release`")
    }
    return path
}

/// An initialised hall at `url` (seeds, PIN secret, folders) whose log is still to be written.
func initialisedHall(at url: URL) throws -> DataFolder {
    _ = try timedRun(halldesk(), ["init", "--data", url.path])
    let folder = DataFolder(url: url)
    try FileManager.default.removeItem(at: folder.logURL)
    return folder
}

/// Runs `program` to its end with its output discarded; the wall time in milliseconds.
/// A failure is the benchmark's: it must not time a refusal.
private func timedRun(_ program: String, _ arguments: [String]) throws -> Double {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: program)
    child.arguments = arguments
    child.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    child.standardError = errors
    var status: Int32 = 0
    let ms = try timed {
        try child.run()
        child.waitUntilExit()
        status = child.terminationStatus
    }
    guard status == 0 else {
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        throw BenchFailure("\(program) \(arguments.joined(separator: " ")) exited \(status): \(text)")
    }
    return ms
}

/// The number of records in the folder's log (its last seq).
private func logRecords(_ folder: DataFolder) throws -> Int {
    var last = 0
    try LogFollower(url: folder.logURL).poll { last = $0.seq }
    return last
}

/// The month before the one `timestamp` (the log's last record, `2029-09-18T…`) falls in:
/// the newest whole month of the log.
func monthBefore(_ timestamp: String) throws -> String {
    let parts = timestamp.prefix(7).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 2 else { throw BenchFailure("not a timestamp: \(timestamp)") }
    let (year, month) = parts[1] == 1 ? (parts[0] - 1, 12) : (parts[0], parts[1] - 1)
    return String(format: "%04d-%02d", year, month)
}
