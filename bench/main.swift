// hallbench: figures for the event log, printed, never asserted.
//
//   swift run -c release hallbench            all sections (about half a minute)
//   swift run -c release hallbench append     append latency and batch throughput only
//   swift run -c release hallbench replay     replay of 100k events: scanner vs JSONDecoder
//   swift run -c release hallbench follow     the cost of an idle follower poll
//
// Logs are written under the system temp folder (on this machine the real disk, so
// fdatasync is real) and removed afterwards. Times are medians of repeated runs.
import Foundation
import HallStore

let siteZone = TimeZone(identifier: "Asia/Shanghai")!
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func format(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
}

/// A fresh log in its own temp folder.
func freshLog() throws -> (EventLog, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hallbench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("events.log")
    try EventLog.create(at: url)
    return (try EventLog(url: url, timeZone: siteZone, repairActor: "system", repairTerminal: "bench"), folder)
}

/// Events shaped like a hall's day: slips, calls, work orders, with Chinese text.
func realisticEvent(_ i: Int) -> NewRecord {
    let type: String
    let body: String
    switch i % 5 {
    case 0:
        type = "slipIssued"
        body = #"{"businessType":"residentialNewConnection","counterGroup":"A","issuedBy":"G01","slip":"A\#(String(format: "%03d", i % 1000))","visit":"V\#(i)","waitingAhead":\#(i % 17)}"#
    case 1:
        type = "slipCalled"
        body = #"{"counter":"C0\#(i % 6 + 1)","slip":"A\#(String(format: "%03d", (i - 1) % 1000))","visit":"V\#(i - 1)"}"#
    case 2:
        type = "visitServed"
        body = #"{"checklist":["idCard","propertyDeed","applicationForm"],"counter":"C0\#(i % 6 + 1)","missing":[],"outcome":"accepted","visit":"V\#(i - 2)"}"#
    case 3:
        type = "workOrderOpened"
        body = #"{"area":"城东供电所","kind":"faultReport","major":false,"summary":"客户反映小区\#(i % 40)号楼停电，要求尽快恢复供电并说明原因","workOrder":"WO\#(i)"}"#
    default:
        type = "workOrderDispatched"
        body = #"{"deadline":"2026-11-24T17:30:00.000+08:00","leadDepartment":"运检部","supportingDepartments":["营销部"],"workOrder":"WO\#(i - 1)"}"#
    }
    return NewRecord(actor: "G0\(i % 9 + 1)", terminal: "tty\(i % 4 + 1)", type: type, version: 1,
                     body: Data(body.utf8), timestamp: Date(timeIntervalSince1970: 1_795_397_400 + Double(i) * 0.25))
}

func benchAppend() throws {
    let (log, folder) = try freshLog()
    defer { try? FileManager.default.removeItem(at: folder) }
    var latencies: [Double] = []
    for i in 0..<500 {
        let event = realisticEvent(i)
        let start = clock.now
        _ = try log.append([event], expecting: log.head.seq)
        latencies.append(milliseconds(clock.now - start))
    }
    print("append, one record each, with fdatasync (500 appends, \(FileManager.default.temporaryDirectory.path)):")
    print("  median \(format(median(latencies), 3)) ms   p90 \(format(percentile(latencies, 0.9), 3)) ms   p99 \(format(percentile(latencies, 0.99), 3)) ms   max \(format(latencies.max()!, 3)) ms")

    for batchSize in [10, 100, 1000] {
        var rates: [Double] = []
        var bytesPerSecond: [Double] = []
        for _ in 0..<5 {
            let batches = 20
            let startEnd = log.head.endOffset
            let start = clock.now
            for b in 0..<batches {
                _ = try log.append((0..<batchSize).map { realisticEvent(b * batchSize + $0) }, expecting: log.head.seq)
            }
            let seconds = milliseconds(clock.now - start) / 1000
            rates.append(Double(batches * batchSize) / seconds)
            bytesPerSecond.append(Double(log.head.endOffset - startEnd) / seconds)
        }
        print("batch append, \(batchSize) records per write: \(format(median(rates), 0)) records/s, \(format(median(bytesPerSecond) / 1e6, 1)) MB/s (median of 5 runs of 20 batches)")
    }
}

/// The envelope as JSONDecoder would read it: the slow path the scanner replaces.
struct DecodedEnvelope: Decodable {
    struct AnyBody: Decodable {}
    let seq: Int
    let ts: String
    let actor: String
    let terminal: String
    let type: String
    let v: Int
    let body: AnyBody
    let prev: String
    let hash: String
}

func benchReplay() throws {
    let (log, folder) = try freshLog()
    defer { try? FileManager.default.removeItem(at: folder) }
    let total = 100_000
    for start in stride(from: 0, to: total, by: 1000) {
        _ = try log.append((start..<(start + 1000)).map(realisticEvent), expecting: log.head.seq)
    }
    let size = Double(log.head.endOffset)
    print("replay of \(total) realistic events (\(format(size / 1e6, 1)) MB, \(format(size / Double(total), 0)) bytes a record), median of 5 runs:")

    var scanner: [Double] = []
    var opened: [Double] = []
    var decoder: [Double] = []
    var verifier: [Double] = []
    for _ in 0..<5 {
        var start = clock.now
        let reader = try EventLog(url: log.url, timeZone: siteZone, repairActor: "system", repairTerminal: "bench")
        opened.append(milliseconds(clock.now - start))

        start = clock.now
        var count = 0
        try reader.replay(after: 0) { _ in count += 1 }
        precondition(count == total)
        scanner.append(milliseconds(clock.now - start))

        start = clock.now
        let report = LogVerifier.verify(url: log.url)
        precondition(report.recordCount == total)
        verifier.append(milliseconds(clock.now - start))

        start = clock.now
        let data = try Data(contentsOf: log.url)
        let jsonDecoder = JSONDecoder()
        var decoded = 0
        for line in data.split(separator: 0x0A) {
            _ = try jsonDecoder.decode(DecodedEnvelope.self, from: line)
            decoded += 1
        }
        precondition(decoded == total)
        decoder.append(milliseconds(clock.now - start))
    }
    func row(_ name: String, _ times: [Double]) {
        let ms = median(times)
        print("  \(name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(format(ms, 0).leftPadded(6)) ms  \(format(Double(total) / ms * 1000, 0).leftPadded(9)) records/s")
    }
    row("scanner + SHA-256 + chain (EventLog.replay)", scanner)
    row("open a writer (same scan, from the top, no snapshot)", opened)
    row("LogVerifier.verify (also validates every body)", verifier)
    row("JSONDecoder envelope only, no hash check", decoder)
    print("  scanner is \(format(median(decoder) / median(scanner), 1))x faster than JSONDecoder, while also verifying every hash")

    let tail = LogFollower(url: log.url, after: total - 1000, startOffset: try log.records(after: total - 1001)[0].offset)
    let start = clock.now
    let tailCount = try tail.poll().count
    print("  snapshot start-up: follower from record \(total - 1000)'s offset reads the last \(tailCount) in \(format(milliseconds(clock.now - start), 2)) ms")
}

func benchFollow() throws {
    let (log, folder) = try freshLog()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try log.append((0..<1000).map(realisticEvent), expecting: 0)
    let follower = LogFollower(url: log.url)
    _ = try follower.poll()
    var perPoll: [Double] = []
    for _ in 0..<5 {
        let polls = 100_000
        let start = clock.now
        for _ in 0..<polls where try !follower.poll().isEmpty { fatalError("nothing was appended") }
        perPoll.append(milliseconds(clock.now - start) * 1e6 / Double(polls))
    }
    print("idle follower poll (log unchanged): \(format(median(perPoll), 0)) ns a poll (median of 5 runs of 100k polls); at one poll per 100 ms that is \(format(median(perPoll) * 10 / 1e9 * 100, 6)) % of a core")
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

let section = CommandLine.arguments.dropFirst().first ?? "all"
do {
    if section == "all" || section == "append" { try benchAppend() }
    if section == "all" || section == "replay" { try benchReplay() }
    if section == "all" || section == "follow" { try benchFollow() }
} catch {
    print("hallbench failed: \(error)")
    exit(1)
}
