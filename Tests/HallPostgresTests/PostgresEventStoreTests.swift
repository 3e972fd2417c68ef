import Foundation
import HallPostgres
import HallStore
import XCTest

/// The PostgreSQL store keeps what the file log keeps: for the same appends, the same
/// records, hashes, heads and offsets, the same replays from any point, the same anchors
/// and followers, and an export that is the file's bytes.
final class PostgresEventStoreTests: PostgresTestCase {
    /// The appends every comparison makes: single records, a batch, Chinese, escapes.
    private let appends: [[NewRecord]] = [
        [record("slipIssued", #"{"n":1,"note":"第1号 号"}"#)],
        (0..<4).map { record("x", #"{"i":\#($0),"s":"电\t\u00e9 \"引号\" \\"}"#, actor: "C0\($0)") },
        [record("called", "{}", actor: "张\"三", terminal: "pts/3")],
    ]

    /// The same appends to a file log and to a hall in the database.
    private func sameAppends() throws -> (file: FileEventStore, postgres: PostgresEventStore, written: [LogRecord], database: String) {
        let url = try makeTemporaryFolder(self).appendingPathComponent("events.log")
        try EventLog.create(at: url)
        let file = FileEventStore(url: url, timeZone: siteZone, repairActor: "system", repairTerminal: "test")
        let database = try installedDatabase()
        let postgres = try store(database)
        var written: [LogRecord] = []
        for records in appends {
            let toFile = try file.append(records, expecting: try file.head().seq)
            XCTAssertEqual(try postgres.append(records, expecting: try postgres.head().seq), toFile)
            written += toFile
        }
        return (file, postgres, written, database)
    }

    func testTheSameAppendsGiveTheFileLogsRecordsHeadsAndBytes() throws {
        let (file, postgres, _, database) = try sameAppends()
        XCTAssertEqual(try postgres.head(), try file.head(), "offsets included")
        XCTAssertEqual(try postgres.records(after: 0).map(\.type), ["slipIssued", "batchOpened", "x", "x", "x", "x", "called"])
        for after in [0, 1, 4, 6, 7, 8] {
            XCTAssertEqual(try postgres.records(after: after), try file.records(after: after), "after \(after)")
        }
        var exported: [UInt8] = []
        try postgres.exportLines { exported += $0 }
        XCTAssertEqual(exported, Array(try Data(contentsOf: file.url)), "an export is the file log, byte for byte")

        let again = try store(database)
        XCTAssertEqual(try again.head(), try file.head(), "another connection reads the same head")
    }

    func testAnchorsAndFollowersAreTheFileLogs() throws {
        let (file, postgres, written, _) = try sameAppends()
        let wrong = LogHead(seq: 1, hash: written[1].hash, offset: written[0].offset, endOffset: written[0].head.endOffset)
        for anchor in [LogHead.empty, written[0].head, written[3].head, written.last!.head, wrong] {
            XCTAssertEqual(try postgres.check(anchor), try file.check(anchor), "\(anchor)")
        }
        XCTAssertEqual(try postgres.check(wrong), .notHeld)

        for anchor in [LogHead.empty, written[0].head, written[5].head] {
            let fromFile = file.follow(after: anchor), fromPostgres = postgres.follow(after: anchor)
            XCTAssertEqual(try fromPostgres.poll(), try fromFile.poll(), "after \(anchor.seq)")
            XCTAssertEqual(try fromPostgres.poll(), [])
            let added = try file.append([record("y"), record("z")], expecting: try file.head().seq)
            XCTAssertEqual(try postgres.append([record("y"), record("z")], expecting: try postgres.head().seq), added)
            XCTAssertEqual(try fromPostgres.poll(), try fromFile.poll(), "its own store's appends are seen at once")
            XCTAssertEqual(fromPostgres.head, fromFile.head)
        }
    }

    func testAStaleHeadIsAConflictWithTheNewHeadAndRefusalsAreTheFileLogs() throws {
        let database = try installedDatabase()
        let door = try store(database), counter = try store(database)
        let first = try door.append([record()], expecting: 0)
        XCTAssertThrowsError(try counter.append([record("called")], expecting: 0)) { error in
            XCTAssertEqual(error as? LogFailure, .conflict(head: first[0].head))
        }
        XCTAssertEqual(try counter.append([record("called")], expecting: 1).map(\.seq), [2], "caught up, decided again")
        XCTAssertThrowsError(try door.append([record("x", "[]")], expecting: 2)) { XCTAssertEqual($0 as? LogFailure, .notJSONObject) }
        var negative = record()
        negative.version = -1
        XCTAssertThrowsError(try door.append([negative], expecting: 2)) { XCTAssertEqual($0 as? LogFailure, .badVersion(-1)) }
        XCTAssertEqual(try door.append([], expecting: 99), [])
        XCTAssertEqual(try door.head().seq, 2, "a refusal writes nothing")
    }

    /// Given a hall of two records, when a writer expects a head the log has not reached,
    /// then nothing is written and the conflict carries the hall's head: the one statement
    /// of an append inserts only right after the record it was hashed on.
    func testAnAppendExpectingAHeadBeyondTheLogIsAConflictAndWritesNothing() throws {
        let database = try installedDatabase()
        let door = try store(database), counter = try store(database)
        _ = try door.append([record()], expecting: 0)
        let second = try door.append([record()], expecting: 1)
        XCTAssertThrowsError(try counter.append([record("called")], expecting: 5)) { error in
            XCTAssertEqual(error as? LogFailure, .conflict(head: second[0].head))
        }
        XCTAssertEqual(try psql("SELECT count(*) FROM records", database), "2")
        XCTAssertEqual(try counter.append([record("called")], expecting: 2).map(\.prev), [second[0].hash],
                       "a head this store never read is read once, then the append goes after it")
        XCTAssertEqual(try door.append([record()], expecting: 3).map(\.seq), [4], "and one another writer appended")
    }

    func testTwoWritersRacingForTheSameSeqOneWinsWholeTheOtherConflicts() throws {
        let database = try installedDatabase()
        nonisolated(unsafe) let writers = try (0..<2).map { _ in try store(database) }
        for writer in writers { _ = try writer.head() }
        nonisolated(unsafe) var outcomes: [Result<[LogRecord], LogFailure>?] = [nil, nil]
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let batch = (0..<50).map { record("x", #"{"writer":\#(i),"n":\#($0)}"#) }
            outcomes[i] = Result { () throws(LogFailure) in try writers[i].append(batch, expecting: 0) }
        }
        let won = outcomes.compactMap { try? $0?.get() }
        XCTAssertEqual(won.count, 1, "\(outcomes)")
        let records = try writers[0].records(after: 0)
        XCTAssertEqual(records.count, 51, "one batch with its opener, nothing of the other")
        XCTAssertEqual(Array(records.dropFirst()), won.first)
        for case .failure(let failure)? in outcomes {
            XCTAssertEqual(failure, .conflict(head: records.last!.head))
        }
    }

    func testABatchTheServerRefusesHalfwayLeavesNothing() throws {
        let database = try installedDatabase()
        let store = try store(database)
        _ = try store.append([record()], expecting: 0)
        try psql("""
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'poison'; END $$;
            CREATE TRIGGER poison BEFORE INSERT ON records FOR EACH ROW WHEN (NEW.type = 'poison') EXECUTE FUNCTION refuse_poison();
            """, database)
        let batch = [record("x"), record("x"), record("poison"), record("x")]
        XCTAssertThrowsError(try store.append(batch, expecting: 1)) { error in
            guard case .serverUnavailable(let detail)? = error as? LogFailure else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.contains("poison"), detail)
        }
        XCTAssertEqual(try store.head().seq, 1, "neither the opener nor the records before the refused one")
        XCTAssertEqual(try psql("SELECT count(*) FROM records", database), "1")
        try psql("DROP TRIGGER poison ON records", database)
        XCTAssertEqual(try store.append(batch, expecting: 1).map(\.seq), [3, 4, 5, 6], "the same connection goes on")
    }

    func testARowChangedPastTheTriggerIsFoundByItsHash() throws {
        let database = try installedDatabase()
        let store = try store(database)
        _ = try store.append([record(), record("called", #"{"slip":"A001"}"#), record()], expecting: 0)
        try psql("""
            ALTER TABLE records DISABLE TRIGGER records_append_only;
            UPDATE records SET body = '{"slip":"A002"}' WHERE seq = 3;
            """, database)
        XCTAssertThrowsError(try store.records(after: 0)) { error in
            XCTAssertEqual(error as? LogFailure, .corrupt(seq: 3, line: 3, defect: .hashMismatch))
        }
    }

    /// Given halls whose table owner added a row with a hash of their own making (a body
    /// that is no JSON object; a timestamp no writer writes), when each log is verified,
    /// then the chain holds but the verifier names the row, as the file verifier would
    /// name the line.
    func testVerifyChecksEveryBodyAndTimestampAsTheFileVerifierDoes() throws {
        let database = try installedDatabase()
        for (hall, body, timestamp, defect) in [("大良", "[1]", "2026-11-23T09:00:00.000+08:00", RecordDefect.bodyNotObject),
                                                ("容桂", "{}", "2026-11-23 09:00", RecordDefect.badTimestamp)] {
            let store = try store(database, hall: hall)
            _ = try store.append([record(), record("called", #"{"slip":"A001"}"#)], expecting: 0)
            XCTAssertNil(LogVerifier.verify(store: store).problem)
            let head = try store.head()
            let forged = RecordRows.line(seq: head.seq + 1, timestamp: timestamp, actor: "G01", terminal: "tty1", type: "x", version: 1,
                                         body: Data(body.utf8), prev: head.hash, offset: head.endOffset).record
            try psql("""
                INSERT INTO records (hall, seq, ts, actor, terminal, type, version, body, prev, hash, line_offset)
                VALUES ('\(hall)', \(forged.seq), '\(timestamp)', 'G01', 'tty1', 'x', 1, '\(body)', '\(forged.prev)', '\(forged.hash)', \(forged.offset))
                """, database)
            _ = try store.append([record()], expecting: forged.seq)
            XCTAssertEqual(try store.records(after: 0).count, forged.seq + 1, "\(hall): the chain and hashes hold")
            let report = LogVerifier.verify(store: try self.store(database, hall: hall))
            XCTAssertEqual(report.problem?.seq, forged.seq, hall)
            XCTAssertEqual(report.problem?.defect, defect, hall)
            XCTAssertEqual(report.problem?.followedByValidRecords, true, hall)
            XCTAssertEqual(report.recordCount, forged.seq + 1, hall)
        }
    }
}
