import Foundation
import HallPostgres
import HallStore
import XCTest

/// The append-only promise is the server's, not HallDesk's: given a hall's records, when the
/// owner or a console's login tries to change or remove them with plain SQL, then the
/// server refuses and the records are as they were.
final class AppendOnlyTests: PostgresTestCase {
    func testTheTriggerRefusesUpdateDeleteAndTruncateEvenForTheOwner() throws {
        let database = try installedDatabase()
        let store = try store(database)
        _ = try store.append([record(), record("called", #"{"slip":"A001"}"#)], expecting: 0)
        let written = try store.records(after: 0)
        for sql in ["UPDATE records SET actor = 'A01' WHERE seq = 2", "DELETE FROM records WHERE seq = 3", "TRUNCATE records"] {
            XCTAssertTrue(try refused(sql, database).contains("the event log is append-only"), sql)
        }
        XCTAssertEqual(try store.records(after: 0), written)
        XCTAssertEqual(try psql("SELECT max(version) FROM halldesk_schema", database), "\(PostgresSchema.version)", "the schema's version row")
    }

    func testAConsoleLoginMayInsertAndSelectOnly() throws {
        let database = try installedDatabase()
        try psql("CREATE ROLE door_1 LOGIN IN ROLE \(PostgresSchema.consoleRole)", database)
        let console = try store(database, user: "door_1")
        try console.prepareToAppend(after: .empty)
        let appended = try console.append([record(), record("x"), record("y")], expecting: 0)
        let written = try console.records(after: 0)
        XCTAssertEqual(Array(written.dropFirst()), appended, "after the batch's opener")
        let snapshots = PostgresSnapshotStorage(store: console)
        try snapshots.store(Array("{}".utf8), seq: 4)
        XCTAssertEqual(try snapshots.storedSeqs(), [4])
        XCTAssertEqual(try snapshots.storedBytes(seq: 4), Array("{}".utf8))
        for sql in ["UPDATE records SET actor = 'A01'", "DELETE FROM records", "TRUNCATE records",
                    "UPDATE snapshots SET bytes = ''", "DELETE FROM snapshots", "DROP TABLE records",
                    "ALTER TABLE records DISABLE TRIGGER records_append_only", "INSERT INTO halldesk_schema VALUES (99)"] {
            let said = try refused(sql, database, user: "door_1")
            XCTAssertTrue(said.contains("permission denied") || said.contains("must be owner"), "\(sql): \(said)")
        }
        XCTAssertEqual(try console.records(after: 0), written)
    }

    func testAStoreRefusesADatabaseWithoutTheSchemaOrOfAnotherVersion() throws {
        let cluster = try cluster
        let bare = try store(try cluster.newDatabase())
        XCTAssertThrowsError(try bare.prepareToAppend(after: .empty)) { error in
            XCTAssertTrue((error as? LogFailure)?.message.contains("没有 HallDesk 的表") == true, "\(error)")
        }
        let database = try installedDatabase()
        try psql("INSERT INTO halldesk_schema (version) VALUES (\(PostgresSchema.version + 1))", database)
        XCTAssertThrowsError(try store(database).prepareToAppend(after: .empty)) { error in
            XCTAssertTrue((error as? LogFailure)?.message.contains("第 \(PostgresSchema.version + 1) 版") == true, "\(error)")
        }
    }
}
