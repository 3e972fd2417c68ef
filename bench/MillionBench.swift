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
    let folder = try initialisedHall(at: root.appendingPathComponent("hall"))
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
                "LogVerifier.verify (log verify) of all \(count) events: chain, hashes, every body, median of \(runs)", goal: .atMost(2))
    figures.add("verify_rate", events / median(verify) * 1000, "events/s", digits: 0, "the same as a rate")

    let cold = try (0..<runs).map { _ in try startChild(folder, expecting: .start) }
    let coldStart = median(cold.map(\.ms))
    figures.add("start_full_replay_time", coldStart / 1000, "s", digits: 2,
                "HallReplica start-up with no snapshot: read, decode and evolve every event, fresh process, median of \(runs)",
                goal: .atMost(3))
    figures.add("replay_state_rate", events / coldStart * 1000, "events/s", digits: 0,
                "full replay into the hall's state (the same run as a rate)")
    figures.add("peak_rss_full_replay", median(cold.map(\.rssMiB)), "MiB",
                "peak resident memory (VmHWM) of that process once the state is built, median of \(runs)")

    let replica = HallReplica(folder: folder)
    var snapshotSeq = 0
    let write = try timed { snapshotSeq = try writeSnapshot(of: replica, in: folder) }
    let snapshotSize = try FileManager.default.attributesOfItem(atPath: SnapshotStore(folder: folder.snapshotsURL).fileURL(seq: snapshotSeq).path)[.size] as? Int ?? 0
    figures.add("snapshot_write_time", write / 1000, "s", digits: 2,
                "snapshot of the state at event \(replica.head.seq) (binary, SHA-256, its snapshotTaken record, fsync, rename, fsync folder), one run")
    figures.add("snapshot_size", Double(snapshotSize) / 1e6, "MB", "the snapshot file (\(replica.state.workOrders.orders.count) work orders in it)")
    try benchSnapshotFormats(figures, state: replica.state, runs: runs)

    let warm = try (0..<runs).map { _ in try startChild(folder, expecting: .snapshot(seq: count)) }
    let warmStart = median(warm.map(\.ms))
    figures.add("start_with_snapshot_time", warmStart / 1000, "s", digits: 2,
                "HallReplica start-up from the snapshot at event \(count) (load, check the log holds its head, read the tail), median of \(runs)",
                goal: .atMost(0.3))
    figures.add("peak_rss_with_snapshot", median(warm.map(\.rssMiB)), "MiB",
                "peak resident memory (VmHWM) of that process: a console's state on this log, median of \(runs)", goal: .atMost(150))
    figures.add("start_snapshot_speedup", coldStart / warmStart, "x", digits: 1, "full replay ÷ snapshot start-up")

    // Flat in log length: the same start-up on the log's first tenth, with its own snapshot.
    let shortFolder = try initialisedHall(at: root.appendingPathComponent("tenth"))
    let shortSeq = try copyWholeBatches(from: folder, to: shortFolder, records: count / 10)
    _ = try writeSnapshot(of: HallReplica(folder: shortFolder), in: shortFolder)
    let short = try (0..<runs).map { _ in try startChild(shortFolder, expecting: .snapshot(seq: shortSeq)) }
    figures.add("start_with_snapshot_tenth_time", median(short.map(\.ms)) / 1000, "s", digits: 2,
                "the same start-up on the log's first \(shortSeq) records with their own snapshot: start-up does not grow with the log, only with what the state holds (its open orders), median of \(runs)")

    try benchCommands(figures, folder: folder, month: try monthBefore(replica.state.lastEventAt ?? ""), runs: runs)
}

/// Takes a snapshot of `replica`'s state as a writer does: the bytes, their `snapshotTaken`
/// record appended, then the file kept. Returns the seq it stands on.
private func writeSnapshot(of replica: HallReplica, in folder: DataFolder) throws -> Int {
    try FileManager.default.createDirectory(at: folder.snapshotsURL, withIntermediateDirectories: true)
    let snapshots = SnapshotStore(folder: folder.snapshotsURL)
    let encoded = try snapshots.encode(replica.state, at: replica.head)
    let log = try EventLog(url: folder.logURL, timeZone: siteZone, repairActor: "system", repairTerminal: "hallbench", trusting: replica.head)
    _ = try log.append([encoded.record(actor: "system", terminal: "hallbench", timestamp: Date())], expecting: replica.head.seq)
    try snapshots.keep(encoded)
    return replica.head.seq
}

/// Loading a snapshot: the same state decoded from today's binary form and from the JSON
/// document snapshots were before (format 3), in this process.
private func benchSnapshotFormats(_ figures: Figures, state: HallState, runs: Int) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = try encoder.encode(state)
    let binary = try BinaryEncoder().encode(state)
    var jsonTimes: [Double] = []
    var binaryTimes: [Double] = []
    for _ in 0..<runs {
        jsonTimes.append(try timed { _ = try JSONDecoder().decode(HallState.self, from: json) })
        binaryTimes.append(try timed { _ = try BinaryDecoder().decode(HallState.self, from: Array(binary)) })
    }
    figures.add("snapshot_load_json_time", median(jsonTimes), "ms", digits: 0,
                "decoding the state from the JSON document of format 3 (\(format(Double(json.count) / 1e6)) MB) with JSONDecoder, median of \(runs)")
    figures.add("snapshot_load_binary_time", median(binaryTimes), "ms", digits: 0,
                "decoding the same state from today's binary form (\(format(Double(binary.count) / 1e6)) MB), median of \(runs)")
    figures.add("snapshot_load_speedup", median(jsonTimes) / median(binaryTimes), "x", digits: 1, "JSON ÷ binary", goal: .atLeast(5))
}

/// Copies the first whole batches of `source`'s log, up to `records` lines, into `target`:
/// a shorter log of the same hall that ends on a whole batch. Returns its last seq.
private func copyWholeBatches(from source: DataFolder, to target: DataFolder, records: Int) throws -> Int {
    let bytes = try Data(contentsOf: source.logURL)
    var lineStarts: [Int] = [0]
    var batchStart = 0
    var cut = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
        let start = lineStarts[lineStarts.count - 1]
        if bytes[start..<min(index, start + 200)].range(of: Data("\"batchOpened\"".utf8)) != nil { batchStart = start }
        lineStarts.append(index + 1)
        if lineStarts.count - 1 >= records { cut = batchStart; break }
    }
    guard cut > 0 else { throw BenchFailure("the log has fewer than \(records) records") }
    try bytes.prefix(cut).write(to: target.logURL)
    var last = 0
    try LogFollower(url: target.logURL).poll { last = $0.seq }
    return last
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
