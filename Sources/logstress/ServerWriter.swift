import Foundation
import Glibc
import HallPostgres
import HallStore

/// The hall `--hall` of the database `--store` (a `postgres://` address), when both are
/// given: the durability tests' writers then go through `PostgresEventStore` instead of
/// the file log. Nil when `--store` is absent.
func serverStore(_ options: [String: String]) -> PostgresEventStore? {
    guard let address = options["store"] else { return nil }
    guard let endpoint = PostgresEndpoint(address: address), let hall = options["hall"] else {
        fail("--store needs a postgres:// address and --hall")
    }
    return PostgresEventStore(endpoint: endpoint, hall: hall, timeZone: siteZone)
}

/// How long a writer waits between tries while the server cannot be reached, and how long
/// an outage may last before it gives up (exit 3): the tests' outages last seconds.
private let retryPause: useconds_t = 50_000
private let longestOutage: TimeInterval = 120

/// `append` against the server: appends `--count` records (0 = until killed) in batches of
/// `--batch` (1 = one record per append, no batch opener), printing `ack <seq> <writer>
/// <counter>` for each record once its append returned, and `conflict <counter>` for each
/// lost race.
///
/// Each append expects the head the writer last learnt (its own last append, or the head a
/// conflict carried), as an engine expects its replica's, without asking the server first;
/// a conflict is retried on the new head, as with the file log. A `serverUnavailable`
/// (server restarted, stopped, connection cut) prints `unavailable <counter> <detail>` once
/// per outage and is retried every 50 ms until the server answers. An append cut off while
/// committing may have been kept, so before trying again the writer reads what follows the
/// head it expected and, when its own batch is there, acknowledges it instead of writing
/// it twice: nothing acknowledged is lost, nothing is doubled.
func appendToServer(_ store: PostgresEventStore, _ options: [String: String]) {
    guard let writer = options["writer"] else { fail("append needs --writer") }
    let count = Int(options["count"] ?? "0") ?? 0
    let batch = max(1, Int(options["batch"] ?? "1") ?? 1)
    let sizes = options["sizes"] ?? "small"
    var random = SplitMix(state: UInt64(options["seed"] ?? "1") ?? 1)
    var counter = 0
    /// The head this writer expects next; nil when it must ask (at the start, after an outage).
    var expected: Int?
    while count == 0 || counter < count {
        let numbers = Array(counter..<(count == 0 ? counter + batch : min(counter + batch, count)))
        let records = numbers.map { n in
            let body = "{\"writer\":\"\(writer)\",\"n\":\(n),\"pad\":\"\(padding(sizes, &random))\"}"
            return NewRecord(actor: "W\(writer)", terminal: "tty\(writer)", type: "stress", version: 1, body: Data(body.utf8), timestamp: Date())
        }
        var outageSince: Date?
        /// The head an append expected when it was cut off: its batch may be after it.
        var uncertainAfter: Int?
        while true {
            do throws(LogFailure) {
                if let after = uncertainAfter {
                    let kept = try seqs(of: writer, numbers, in: store, after: after)
                    uncertainAfter = nil
                    if let kept {
                        for (seq, n) in zip(kept, numbers) { say("ack \(seq) \(writer) \(n)") }
                        break
                    }
                }
                let head = if let expected { expected } else { try store.head().seq }
                uncertainAfter = head
                let written = try store.append(records, expecting: head)
                for (record, n) in zip(written, numbers) { say("ack \(record.seq) \(writer) \(n)") }
                expected = written.last?.seq
                break
            } catch .conflict(let head) {
                say("conflict \(counter)")
                uncertainAfter = nil
                expected = head.seq
                continue
            } catch .serverUnavailable(let detail) {
                expected = nil
                if let since = outageSince {
                    guard Date().timeIntervalSince(since) < longestOutage else {
                        FileHandle.standardError.write(Data("server unavailable for \(Int(longestOutage)) s: \(detail)\n".utf8))
                        exit(3)
                    }
                } else {
                    outageSince = Date()
                    say("unavailable \(counter) \(detail)")
                }
                usleep(retryPause)
            } catch {
                fail("append: \(error.message)")
            }
        }
        counter += numbers.count
    }
}

/// The seqs at which the records `numbers` of `writer` were kept after `seq`, in order;
/// nil when they are not there (a batch is whole or absent, so the first one tells).
private func seqs(of writer: String, _ numbers: [Int], in store: PostgresEventStore, after seq: Int) throws(LogFailure) -> [Int]? {
    var found: [Int: Int] = [:]
    try store.replay(after: seq) { record in
        guard record.type == "stress",
              let body = try? JSONSerialization.jsonObject(with: record.body) as? [String: Any],
              body["writer"] as? String == writer, let n = body["n"] as? Int, numbers.contains(n)
        else { return }
        found[n] = record.seq
    }
    guard !found.isEmpty else { return nil }
    guard found.count == numbers.count else { fail("batch \(numbers) of writer \(writer) kept in part: \(found)") }
    return numbers.map { found[$0]! }
}
