import Foundation
import HallDomain
import HallStore
import XCTest

/// A simulated day written into a data folder: in batches, into an empty log only, with
/// the counters the day added appended to the folder's hall.toml.
final class DayLogWriterTests: XCTestCase {
    private func simulatedDay(counters: Int) throws -> (HallSimulator.Run, Catalog) {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        let scenario = try SeedScenario.load(SeedScenario.locate("peak-busiest", seeds: Checkout.seeds), timeZone: catalog.hall.timeZone)
        let arrivals = try ArrivalGenerator.day(scenario, catalog: catalog, seed: 4)
        let policy = SimulationPolicy(guide: true, prefill: false, counters: counters, priority: true)
        return (try HallSimulator.run(arrivals, scenario: scenario, policy: policy, catalog: catalog), catalog)
    }

    func testTheDayIsWrittenInBatchesWithEachEventsTimeActorAndTerminal() throws {
        let (run, catalog) = try simulatedDay(counters: 7)
        let folder = try DataFolder.create(at: makeTemporaryFolder(self).appendingPathComponent("day"), seeds: Checkout.seeds)
        XCTAssertNotNil(try DayLogWriter.existingFolder(at: folder.url))
        let head = try DayLogWriter.write(run.log, to: folder, timeZone: catalog.hall.zone)
        let batches = (run.log.count + DayLogWriter.batchSize - 1) / DayLogWriter.batchSize
        XCTAssertEqual(head.seq, run.log.count + batches, "each batch after its opener")
        XCTAssertGreaterThan(run.log.count, 2 * DayLogWriter.batchSize)

        let all = try openLog(folder.logURL).records(after: 0)
        XCTAssertEqual(all.filter { $0.type == "batchOpened" }.count, batches)
        let records = all.filter { $0.type != "batchOpened" }
        XCTAssertEqual(records.map(\.type), run.log.map { EventCodec.encode($0.event).type })
        XCTAssertEqual(records.map(\.actor), run.log.map(\.actor))
        XCTAssertTrue(records.allSatisfy { $0.terminal == "simulate" })
        for (record, event) in zip(records, run.log) {
            XCTAssertEqual(record.time.timeIntervalSince1970, event.time.timeIntervalSince1970, accuracy: 0.001)
        }
        let replica = HallReplica(folder: folder)
        XCTAssertEqual(replica.state.today.slips.count, run.result.slips)

        XCTAssertThrowsError(try DayLogWriter.existingFolder(at: folder.url)) { error in
            XCTAssertEqual(error as? LogFailure, .logNotEmpty(path: folder.url.path, records: head.seq))
        }
        XCTAssertThrowsError(try DayLogWriter.write(run.log, to: folder, timeZone: catalog.hall.zone))
        XCTAssertEqual(try openLog(folder.logURL).head.seq, head.seq, "nothing more was written")
    }

    func testAFolderThatIsNoDataFolderIsRefusedAndAnEmptyOneIsFree() throws {
        let scratch = try makeTemporaryFolder(self)
        XCTAssertNil(try DayLogWriter.existingFolder(at: scratch.appendingPathComponent("absent")))
        XCTAssertNil(try DayLogWriter.existingFolder(at: scratch), "an empty folder is made into a data folder")
        try Data("备忘".utf8).write(to: scratch.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try DayLogWriter.existingFolder(at: scratch)) { error in
            XCTAssertEqual(error as? LogFailure, .notDataFolder(path: scratch.path))
            XCTAssertTrue((error as? LogFailure)?.message.contains("不是 HallDesk 的数据目录") == true)
        }
    }

    func testCountersBeyondTheHallsAreAppendedAndTheCatalogLoadsThem() throws {
        let (run, catalog) = try simulatedDay(counters: 7)
        let folder = try DataFolder.create(at: makeTemporaryFolder(self).appendingPathComponent("day"), seeds: Checkout.seeds)
        let added = run.counters.filter { catalog.counter(number: $0.number) == nil }
        XCTAssertEqual(added.map(\.number), [6, 7])
        let hallFile = folder.seedsURL.appendingPathComponent("hall.toml")
        let before = try String(contentsOf: hallFile, encoding: .utf8)
        try SeedHallCounters.add(added, to: folder)
        let after = try String(contentsOf: hallFile, encoding: .utf8)
        XCTAssertTrue(after.hasPrefix(before), "the hall's own file, comments and all, is kept as written")
        let loaded = try SeedCatalog.load(folder: folder.seedsURL)
        XCTAssertEqual(loaded.counters.map(\.number), [1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(loaded.counters.suffix(2), added[...])
        XCTAssertEqual(loaded.queues, catalog.queues)
    }
}
