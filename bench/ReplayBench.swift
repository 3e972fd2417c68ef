import Foundation
import HallStore

/// The envelope as JSONDecoder would read it: the slow path the scanner replaces.
private struct DecodedEnvelope: Decodable {
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

/// 100k records read four ways, so the scanner's speed has a yardstick (JSONDecoder), and
/// the tail a snapshot start-up reads.
func benchReplay(_ figures: Figures, events: [NewRecord]) throws {
    let (log, folder) = try freshLog()
    defer { try? FileManager.default.removeItem(at: folder) }
    for start in stride(from: 0, to: events.count, by: 1000) {
        _ = try log.append(Array(events[start..<min(events.count, start + 1000)]), expecting: log.head.seq)
    }
    // Each batch of several records is framed by one more, its `batchOpened`: every figure
    // counts the records the log holds.
    let total = log.head.seq

    var scanner: [Double] = [], opened: [Double] = [], decoder: [Double] = [], verifier: [Double] = []
    for _ in 0..<5 {
        opened.append(try timed { _ = try EventLog(url: log.url, timeZone: siteZone, repairActor: "system", repairTerminal: "bench") })
        var count = 0
        scanner.append(try timed { try log.replay(after: 0) { _ in count += 1 } })
        guard count == total else { throw BenchFailure("EventLog.replay read \(count) records of \(total)") }
        verifier.append(timed { precondition(LogVerifier.verify(url: log.url).recordCount == total) })
        decoder.append(try timed {
            let jsonDecoder = JSONDecoder()
            var decoded = 0
            for line in try Data(contentsOf: log.url).split(separator: 0x0A) {
                _ = try jsonDecoder.decode(DecodedEnvelope.self, from: line)
                decoded += 1
            }
            precondition(decoded == total)
        })
    }
    func rate(_ name: String, _ times: [Double], _ meaning: String) {
        figures.add(name, Double(total) / median(times) * 1000, "records/s", digits: 0, "\(meaning), \(total) records, median of 5")
    }
    rate("replay100k_scanner_rate", scanner, "EventLog.replay: scanner, SHA-256 and chain")
    rate("replay100k_open_writer_rate", opened, "opening an EventLog writer (the same scan from the top, no snapshot)")
    rate("replay100k_verify_rate", verifier, "LogVerifier.verify (also validates every body)")
    rate("replay100k_jsondecoder_rate", decoder, "JSONDecoder of the envelope only, no hash check: the yardstick")
    figures.add("replay100k_scanner_over_jsondecoder", median(decoder) / median(scanner), "x", "how much faster the scanner is, while hashing")

    let tailStart = try log.records(after: total - 1001)[0].offset
    var tail: [Double] = []
    for _ in 0..<5 {
        let follower = LogFollower(url: log.url, after: total - 1000, startOffset: tailStart)
        var read = 0
        tail.append(try timed { read = try follower.poll().count })
        guard read == 1000 else { throw BenchFailure("the tail held \(read) records") }
    }
    figures.add("replay100k_tail_time", median(tail), "ms", digits: 2,
                "a follower started at a snapshot's offset reads the last 1,000 records, median of 5")
}

/// What an idle terminal pays to ask the log whether anything was appended.
func benchFollow(_ figures: Figures, events: [NewRecord]) throws {
    let (log, folder) = try freshLog()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try log.append(Array(events.prefix(1000)), expecting: 0)
    let follower = LogFollower(url: log.url)
    _ = try follower.poll()
    var perPoll: [Double] = []
    for _ in 0..<5 {
        let polls = 100_000
        perPoll.append(try timed {
            for _ in 0..<polls where try !follower.poll().isEmpty { throw BenchFailure("nothing was appended") }
        } * 1e6 / Double(polls))
    }
    figures.add("idle_poll_time", median(perPoll), "ns", digits: 0, "one LogFollower.poll of an unchanged log (one fstat), median of 5 runs of 100k")
}

/// The first `count` records of the benchmark's hall history.
func historyRecords(_ count: Int) throws -> [NewRecord] {
    var history = try HallHistory(seeds: seedsFolder())
    var records: [NewRecord] = []
    while records.count < count { records += try history.nextDay() }
    return Array(records.prefix(count))
}
