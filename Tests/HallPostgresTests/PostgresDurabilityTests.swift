import Foundation
import Glibc
import HallDomain
import HallPostgres
import HallStore
import XCTest

/// The file log's durability suite, through PostgreSQL: writer processes (`logstress
/// append --store`) racing on one hall, killed mid-transaction, and meeting a server that
/// is restarted or away for a while. Whatever happens, every append a writer acknowledged
/// is in the hall's chain exactly once, the chain reads back valid with no gap, and a batch
/// is whole or absent. The hall's chain is read through `PostgresEventStore`, which checks
/// every row's hash and link, and its export verifies as a file log.
final class PostgresDurabilityTests: PostgresTestCase {
    private let hall = "shunde"

    /// Given an empty hall, when 8 processes append 2,000 records each at once, then the
    /// chain holds exactly the 16,000 acknowledged records, each at the seq it was
    /// acknowledged with and in each writer's order.
    func testEightProcessesTimesTwoThousandAppends() throws {
        let database = try installedDatabase()
        let folder = try makeTemporaryFolder(self)
        let writers = try (1...8).map { try writer("\($0)", database, in: folder, ["--count", "2000"]) }
        var acknowledged: [String: Int] = [:]
        for writer in writers {
            let lines = try writer.finish()
            XCTAssertEqual(writer.process.terminationStatus, 0, lines.suffix(3).joined(separator: "\n"))
            acknowledged.merge(acks(lines)) { _, _ in XCTFail("acknowledged twice"); return 0 }
        }
        XCTAssertEqual(acknowledged.count, 16_000)
        let kept = try chain(database, in: folder, expecting: 16_000)
        XCTAssertEqual(kept, acknowledged)
    }

    /// Given 500 waiting slips and four open counters, when four clerks' engines
    /// (`logstress counter --store`) call and finish as fast as they can until the queue is
    /// empty, then every slip was called once: a lost race re-decides on the new head.
    func testFourCountersCalling500SlipsThroughTheServerNeverCallOneTwice() throws {
        let database = try installedDatabase()
        let folder = try makeTemporaryFolder(self)
        let dataFolder = try DataFolder.create(at: folder.appendingPathComponent("data"), seeds: Checkout.seeds, practice: true)
        let catalog = try SeedCatalog.load(folder: dataFolder.seedsURL)
        let now = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-11-23T09:30:00+08:00"))
        func engine(_ member: StaffMember, _ terminal: String) throws -> HallEngine {
            try HallEngine(store: store(database), snapshots: nil, catalog: catalog, actor: member, terminal: terminal, roster: nil)
        }
        let payment = try XCTUnwrap(catalog.businessType(code: "JF"))
        let counters = catalog.counters.filter { $0.queues.contains(payment.queue) }.prefix(4)
        let clerks = catalog.roster.members.filter { $0.roles.contains(.clerk) }.prefix(4)
        XCTAssertEqual(counters.count, 4, "the seeds have four counters serving queue \(payment.queue)")
        XCTAssertEqual(clerks.count, 4)
        let guide = try engine(try XCTUnwrap(catalog.roster.member(id: "G01")), "door-1")
        for _ in 0..<500 {
            try guide.perform(.issueSlip(businessType: payment.code, customerKind: .residential,
                                         presented: payment.checklist(for: .residential), priority: nil, override: nil, phone: nil), now: now)
        }
        for (counter, clerk) in zip(counters, clerks) {
            try engine(clerk, "counter-\(counter.number)").perform(.openCounter(counter: counter.number), now: now)
        }

        let workers = try zip(counters, clerks).map { counter, clerk in
            try Child(try builtExecutable("logstress"), [
                "counter", "--store", address(database), "--hall", hall, "--data", dataFolder.url.path, "--staff", clerk.id,
                "--counter", String(counter.number), "--terminal", "counter-\(counter.number)", "--at", "2026-11-23T09:30:00+08:00",
            ], outputIn: folder)
        }
        let outputs = try workers.map { try $0.finish() }

        var calledBy: [String: [Int]] = [:]
        for record in try store(database).records(after: 0) where record.type == SlipCalled.type {
            guard case .slipCalled(let call)? = try? EventCodec.decode(type: record.type, version: record.version, body: record.body) else { continue }
            calledBy[call.slip, default: []].append(call.counter)
        }
        XCTAssertEqual(calledBy.count, 500, "every slip called")
        XCTAssertEqual(calledBy.values.filter { $0.count > 1 }.count, 0, "no slip called twice: \(calledBy.filter { $0.value.count > 1 }.prefix(5))")
        let callsPerWorker = outputs.map { $0.filter { $0.hasPrefix("called ") }.count }
        XCTAssertEqual(callsPerWorker.reduce(0, +), 500, "each call acknowledged once")
        XCTAssertTrue(callsPerWorker.allSatisfy { $0 > 0 }, "all four counters got to call: \(callsPerWorker)")
        XCTAssertTrue(workers.allSatisfy { $0.process.terminationStatus == 0 }, "stopped by a refusal, never by a failed finish: \(outputs.map { $0.suffix(2) })")
        XCTAssertTrue(outputs.allSatisfy { $0.last.map { $0.hasPrefix("refused ") && $0.contains("无人等候") } ?? false },
                      "the last word was that nothing waits: \(outputs.map { $0.last ?? "" })")
        _ = try chain(database, in: folder)
        print("PostgresDurabilityTests: calls per counter \(callsPerWorker), pressed again after tooBusy \(outputs.map { $0.filter { $0 == "busy" }.count })")
    }

    /// Given pairs of writers appending batches of three records of mixed sizes (some close
    /// to 1 MiB), when each is SIGKILLed at a random moment, often inside its transaction,
    /// then the server rolls the cut transaction back: every acknowledged record is there
    /// once and every batch is whole, with no repair needed.
    func testKilledWritersLoseNothingAcknowledgedAndLeaveNoHalfBatch() throws {
        let database = try installedDatabase()
        let folder = try makeTemporaryFolder(self)
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [String: Int] = [:]
        for pair in 0..<10 {
            let children = try (0..<2).map { k in
                try writer("p\(pair)w\(k)", database, in: folder, ["--batch", "3", "--sizes", "mixed", "--seed", "\(pair * 2 + k)"])
            }
            for child in children {
                usleep(UInt32.random(in: 100_000...400_000, using: &generator))
                child.kill()
            }
            for child in children {
                acknowledged.merge(acks(try child.finish())) { _, _ in XCTFail("acknowledged twice"); return 0 }
                XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "killed, not failed")
            }
        }
        let kept = try chain(database, in: folder)
        for (key, seq) in acknowledged {
            XCTAssertEqual(kept[key], seq, "acknowledged \(key) at seq \(seq)")
        }
        let records = try store(database).records(after: 0)
        for (index, record) in records.enumerated() where record.type == "batchOpened" {
            let batch = records[(index + 1)...].prefix(3)
            XCTAssertEqual(batch.count, 3, "the batch opened at \(record.seq) is whole")
            XCTAssertEqual(Set(try batch.map { try writerName($0) }).count, 1, "one writer's batch at \(record.seq)")
        }
        XCTAssertEqual(records.filter { $0.type == "stress" }.count, 3 * records.filter { $0.type == "batchOpened" }.count)
        XCTAssertGreaterThan(acknowledged.count, 0, "some appends went through before the kills")
        print("PostgresDurabilityTests: 20 kills, \(acknowledged.count) acknowledged records all present once, \(kept.count) kept")
    }

    /// Given four writers appending, when the server is restarted (at once, as after a
    /// crash) in the middle of their run, then they meet `serverUnavailable`, reconnect and
    /// go on by themselves, and the hall holds exactly the records they acknowledged.
    func testAServerRestartInTheMiddleOfFourWritersLosesNothingAcknowledged() throws {
        try interruptedRun(writers: 4, count: 1_000) { cluster in try cluster.restart() }
    }

    /// Given four writers appending, when the server is away for three seconds (stopped,
    /// then started again), then they wait, resume by themselves once it is back, and the
    /// hall holds exactly the records they acknowledged.
    func testTheServerAwayForAWhileWritersResumeByThemselves() throws {
        try interruptedRun(writers: 4, count: 1_000) { cluster in
            try cluster.halt()
            sleep(3)
            try cluster.resume()
        }
    }

    // MARK: Steps

    /// Starts `writers` writers of `count` records, runs `interrupt` once a quarter of the
    /// records are acknowledged, and checks the run: all finished, at least one met the
    /// server gone, and the chain holds exactly what was acknowledged.
    private func interruptedRun(writers: Int, count: Int, _ interrupt: (PostgresCluster) throws -> Void) throws {
        let cluster = try cluster
        let database = try installedDatabase()
        let folder = try makeTemporaryFolder(self)
        let children = try (1...writers).map { try writer("\($0)", database, in: folder, ["--count", "\(count)"]) }
        let quarter = writers * count / 4
        let deadline = Date().addingTimeInterval(60)
        while try children.map({ try acks(lines($0)).count }).reduce(0, +) < quarter {
            XCTAssertLessThan(Date(), deadline, "a quarter of the appends within a minute")
            guard Date() < deadline else { break }
            usleep(20_000)
        }
        try interrupt(cluster)
        var acknowledged: [String: Int] = [:]
        var sawOutage = false
        for child in children {
            let lines = try child.finish()
            XCTAssertEqual(child.process.terminationStatus, 0, lines.suffix(3).joined(separator: "\n"))
            sawOutage = sawOutage || lines.contains { $0.hasPrefix("unavailable ") }
            acknowledged.merge(acks(lines)) { _, _ in XCTFail("acknowledged twice"); return 0 }
        }
        XCTAssertTrue(sawOutage, "a writer met the server gone")
        XCTAssertEqual(acknowledged.count, writers * count, "every writer finished its appends")
        XCTAssertEqual(try chain(database, in: folder, expecting: writers * count), acknowledged)
    }

    /// The `postgres://` address of `database` on the test server, as a user would give it.
    private func address(_ database: String) throws -> String {
        let cluster = try cluster
        return "postgres://\(cluster.owner)@/\(database)?host=\(cluster.socketFolder)"
    }

    /// A `logstress append` writer `id` on the hall, with `options` added.
    private func writer(_ id: String, _ database: String, in folder: URL, _ options: [String]) throws -> Child {
        try Child(try builtExecutable("logstress"), ["append", "--store", address(database), "--hall", hall, "--writer", id] + options,
                  outputIn: folder)
    }

    /// What a child printed so far.
    private func lines(_ child: Child) throws -> [String] {
        String(decoding: try Data(contentsOf: child.outputURL), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The acknowledged records in `lines` (`ack SEQ WRITER N`), as `WRITER/N` → seq.
    private func acks(_ lines: [String]) -> [String: Int] {
        var found: [String: Int] = [:]
        for line in lines where line.hasPrefix("ack ") {
            let parts = line.split(separator: " ")
            XCTAssertEqual(parts.count, 4, line)
            found["\(parts[2])/\(parts[3])"] = Int(parts[1])
        }
        return found
    }

    private func writerName(_ record: LogRecord) throws -> String {
        let body = try XCTUnwrap(JSONSerialization.jsonObject(with: record.body) as? [String: Any])
        return try XCTUnwrap(body["writer"] as? String)
    }

    /// Reads the hall's whole chain back (each row checked against its hash and the one
    /// before it), checks that no writer's record is there twice or out of its order and,
    /// when `count` is given, that there are exactly that many; exports it and verifies the
    /// file as a file log. The `stress` records as `WRITER/N` → seq.
    private func chain(_ database: String, in folder: URL, expecting count: Int? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws -> [String: Int] {
        let store = try store(database, hall: hall)
        let records = try store.records(after: 0)
        XCTAssertEqual(records.map(\.seq), (0..<records.count).map { $0 + 1 }, "no gap", file: file, line: line)
        var kept: [String: Int] = [:]
        var next: [String: Int] = [:]
        for record in records where record.type == "stress" {
            let body = try XCTUnwrap(JSONSerialization.jsonObject(with: record.body) as? [String: Any])
            let writer = try XCTUnwrap(body["writer"] as? String), n = try XCTUnwrap(body["n"] as? Int)
            XCTAssertNil(kept["\(writer)/\(n)"], "\(writer)/\(n) twice", file: file, line: line)
            XCTAssertEqual(n, next[writer, default: 0], "writer \(writer) in order at seq \(record.seq)", file: file, line: line)
            next[writer] = n + 1
            kept["\(writer)/\(n)"] = record.seq
        }
        if let count { XCTAssertEqual(kept.count, count, file: file, line: line) }
        let exported = folder.appendingPathComponent("export-\(UUID().uuidString).log")
        var bytes: [UInt8] = []
        try store.exportLines { bytes += $0 }
        try Data(bytes).write(to: exported)
        let head = try store.head()
        let report = LogVerifier.verify(url: exported, expectedHead: (head.seq, head.hash))
        XCTAssertEqual(report.verdict, .valid, report.message, file: file, line: line)
        XCTAssertEqual(report.recordCount, records.count, file: file, line: line)
        return kept
    }
}
