import Foundation
import HallDomain
import HallStore

/// Replay, verify and start-up on a log of `count` realistic events (a million by default).
///
/// Start-up and peak memory are measured in a fresh child process each time
/// (`hallbench start FOLDER`): in this process the peak would count the history generator.
/// Every figure is the median of `runs` runs; the file is in the page cache after it is
/// built, as it is on a terminal that just wrote it.
func benchMillion(_ figures: Figures, count: Int, runs: Int = 3) throws {
    let root = try tempFolder("million")
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = DataFolder(url: root)
    try buildHistoryLog(figures, folder: folder, count: count)
    let events = Double(count)

    var scan: [Double] = []
    for _ in 0..<runs {
        var seen = 0
        scan.append(try timed { try LogFollower(url: folder.logURL).poll { _ in seen += 1 } })
        guard seen == count else { throw BenchFailure("the scan read \(seen) records, not \(count)") }
    }
    figures.add("replay_scan_rate", events / median(scan) * 1000, "events/s", digits: 0,
                "LogFollower reads every record from the top: parse, SHA-256, chain (no decoding), median of \(runs)")

    var verify: [Double] = []
    for _ in 0..<runs {
        var report: VerifyReport?
        verify.append(timed { report = LogVerifier.verify(url: folder.logURL) })
        guard report?.verdict == .valid, report?.recordCount == count else { throw BenchFailure("verify: \(String(describing: report))") }
    }
    figures.add("verify_time", median(verify) / 1000, "s", digits: 2,
                "LogVerifier.verify (log verify) of all \(count) events: chain, hashes, every body, median of \(runs)")
    figures.add("verify_rate", events / median(verify) * 1000, "events/s", digits: 0, "the same as a rate")

    let cold = try (0..<runs).map { _ in try startChild(folder, expecting: .start) }
    let coldStart = median(cold.map(\.ms))
    figures.add("start_full_replay_time", coldStart / 1000, "s", digits: 2,
                "HallReplica start-up with no snapshot: read, decode and evolve every event, fresh process, median of \(runs)")
    figures.add("replay_state_rate", events / coldStart * 1000, "events/s", digits: 0,
                "full replay into the hall's state (the same run as a rate)")
    figures.add("peak_rss_full_replay", median(cold.map(\.rssMiB)), "MiB",
                "peak resident memory (VmHWM) of that process once the state is built, median of \(runs)")

    let replica = HallReplica(folder: folder)
    try FileManager.default.createDirectory(at: folder.snapshotsURL, withIntermediateDirectories: true)
    let snapshots = SnapshotStore(folder: folder.snapshotsURL)
    let write = try timed {
        let encoded = try snapshots.encode(replica.state, at: replica.head)
        let log = try EventLog(url: folder.logURL, timeZone: TimeZone(identifier: "Asia/Shanghai")!, repairActor: "system",
                               repairTerminal: "hallbench", trusting: replica.head)
        _ = try log.append([encoded.record(actor: "system", terminal: "hallbench", timestamp: Date())], expecting: replica.head.seq)
        try snapshots.keep(encoded)
    }
    let snapshotSize = try FileManager.default.attributesOfItem(atPath: snapshots.fileURL(seq: replica.head.seq).path)[.size] as? Int ?? 0
    figures.add("snapshot_write_time", write / 1000, "s", digits: 2,
                "snapshot of the state at event \(replica.head.seq) (binary, SHA-256, its snapshotTaken record, fsync, rename, fsync folder), one run")
    figures.add("snapshot_size", Double(snapshotSize) / 1e6, "MB", "the snapshot file (\(replica.state.workOrders.orders.count) work orders in it)")

    let warm = try (0..<runs).map { _ in try startChild(folder, expecting: .snapshot(seq: count)) }
    let warmStart = median(warm.map(\.ms))
    figures.add("start_with_snapshot_time", warmStart / 1000, "s", digits: 2,
                "HallReplica start-up from the snapshot at event \(count) (load, check the log holds its head, read the tail), median of \(runs)")
    figures.add("peak_rss_with_snapshot", median(warm.map(\.rssMiB)), "MiB", "peak resident memory (VmHWM) of that process, median of \(runs)")
    figures.add("start_snapshot_speedup", coldStart / warmStart, "x", digits: 1, "full replay ÷ snapshot start-up")
}

/// What one `hallbench start` child reported.
struct StartFigures {
    var ms: Double
    var rssMiB: Double
}

/// Runs this program again as `hallbench start FOLDER` and reads back its two figures.
private func startChild(_ folder: DataFolder, expecting checked: HallReplica.CheckedFrom) throws -> StartFigures {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    child.arguments = ["start", folder.url.path]
    let output = Pipe()
    child.standardOutput = output
    try child.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    child.waitUntilExit()
    var values: [String: String] = [:]
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        if parts.count == 2 { values[parts[0]] = parts[1] }
    }
    guard child.terminationStatus == 0, let ms = values["ms"].flatMap(Double.init), let rss = values["rss_mib"].flatMap(Double.init),
          values["checked"] == "\(checked)"
    else { throw BenchFailure("hallbench start failed or checked the wrong part of the log: \(text)") }
    return StartFigures(ms: ms, rssMiB: rss)
}

/// The child's side: one start-up of a terminal's replica, its time and the peak memory.
func runStart(folder path: String) {
    var replica: HallReplica?
    let ms = timed { replica = HallReplica(folder: DataFolder(url: URL(fileURLWithPath: path))) }
    guard let replica, replica.alarm == nil, let peak = try? peakMemoryMiB() else {
        print("failed \(replica?.alarm ?? "no VmHWM")")
        exit(1)
    }
    print("ms \(ms)")
    print("rss_mib \(peak)")
    print("checked \(replica.checkedFrom)")
    print("seq \(replica.head.seq)")
}
