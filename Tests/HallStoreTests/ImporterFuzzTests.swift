import Foundation
import HallDomain
@testable import HallStore
import XCTest

/// The 95598 importer on thousands of broken files, in process: the reader and the same
/// fold `halldesk import 95598` runs (`ImportOutcome`, over the domain's `decideImport`).
///
/// 10,000 cases by default, sized for CI; `HALLDESK_FUZZ_CASES=200000` for a longer run and
/// `HALLDESK_FUZZ_SEED` for another sequence of files (README, "Fuzz runs").
final class ImporterFuzzTests: XCTestCase {
    private var repoSeeds: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
    }

    private static let environment = ProcessInfo.processInfo.environment
    private static let cases = environment["HALLDESK_FUZZ_CASES"].flatMap(Int.init) ?? 10_000
    private static let seed = environment["HALLDESK_FUZZ_SEED"].flatMap(UInt64.init) ?? 95_598

    private struct Desk {
        var catalog: Catalog
        var settings: WorkOrderSettings
        var coordinator: StaffMember
        /// One order already imported, so re-imported rows are skipped, not duplicated.
        var state: HallState
        var now: Date
    }

    private func desk() throws -> Desk {
        let catalog = try SeedCatalog.load(folder: repoSeeds)
        let settings = try SeedWorkOrders.load(folder: repoSeeds, calendar: try SeedCalendar.load(folder: repoSeeds, timeZone: catalog.hall.zone))
        let coordinator = try XCTUnwrap(catalog.roster.members.first { $0.roles.contains(.coordinator) })
        let now = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-11-23T12:00:00+08:00"))
        let earlier = WorkOrderIntake(kind: .complaint, source: .hotline95598, category: settings.categories[0].code,
                                      customer: Customer(name: "林美玲", phone: nil, accountNumber: nil, address: "天河路 88 号", area: "天河北",
                                                         station: catalog.hall.station, areaType: .city, kind: .residential),
                                      description: "电费比上月多一倍", hotlineNumber: "2026112300010", receivedAt: now.addingTimeInterval(-3_600))
        let events = try decide(.receive(earlier), state: .initial, catalog: catalog, settings: settings, actor: coordinator, now: now)
        let state = events.enumerated().reduce(HallState.initial) { state, item in
            evolve(state, RecordedEvent(seq: item.offset + 1, timestamp: "2026-11-23T12:00:00.000+08:00", time: now, actor: coordinator.id,
                                        terminal: "fuzz", event: item.element))
        }
        return Desk(catalog: catalog, settings: settings, coordinator: coordinator, state: state, now: now)
    }

    private struct Tally {
        var refusedWhole = 0, rowsRefused = 0, importedWhole = 0, importedRows = 0, skippedRows = 0
    }

    func testBrokenExportsAreRefusedByLineOrImportedWholeNeverHalf() throws {
        let desk = try desk()
        var files = BrokenExports(seed: Self.seed, categories: desk.settings.categories)
        var tally = Tally()
        let started = Date()
        for number in 0..<Self.cases {
            let (bytes, mutations) = files.next()
            let problem = check(bytes, on: desk, tally: &tally)
            if let problem {
                XCTFail("case \(number) (\(mutations)): \(problem)")
                try? Data(bytes).write(to: FileManager.default.temporaryDirectory.appendingPathComponent("halldesk-fuzz-\(number).csv"))
                break
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("importer fuzz: \(Self.cases) files (seed \(Self.seed)) in \(String(format: "%.1f", seconds)) s — refused whole \(tally.refusedWhole), "
              + "with bad rows \(tally.rowsRefused), imported whole \(tally.importedWhole) (\(tally.importedRows) orders, \(tally.skippedRows) skipped)")
        // The generator must keep reaching every outcome, or the run proves little.
        let share = Self.cases / 50
        XCTAssertGreaterThan(tally.refusedWhole, share)
        XCTAssertGreaterThan(tally.rowsRefused, share)
        XCTAssertGreaterThan(tally.importedWhole, share)
        XCTAssertGreaterThan(tally.skippedRows, 0)
    }

    /// What is wrong with how `bytes` was imported, or nil.
    private func check(_ bytes: [UInt8], on desk: Desk, tally: inout Tally) -> String? {
        let lastLine = bytes.count(where: { $0 == 0x0A || $0 == 0x0D }) + 1
        let export: HotlineExport
        do {
            export = try HotlineExport(bytes: bytes, categories: desk.settings.categories, timeZone: desk.catalog.hall.zone,
                                       station: desk.catalog.hall.station)
        } catch {
            tally.refusedWhole += 1
            if error.message.isEmpty { return "a refusal without a reason" }
            if let line = error.line { return (1...lastLine).contains(line) ? nil : "refused at line \(line) of \(lastLine)" }
            return error.message.hasPrefix("文件是空的") ? nil : "refused without a line: \(error.message)"
        }
        let outcome: ImportOutcome
        do {
            outcome = try ImportOutcome(export, state: desk.state, catalog: desk.catalog, settings: desk.settings,
                                        actor: desk.coordinator, now: desk.now)
        } catch {
            return "the whole import was refused: \(error.message)"
        }
        if let problem = outcome.bad.first(where: { !(2...lastLine).contains($0.line) || $0.reason.isEmpty }) {
            return "a bad row reported as \(problem)"
        }
        let rowLines = export.rows.map { row in (try? row.get().line) ?? row.failureLine }
        let accounted = outcome.imported.map(\.line) + outcome.skipped.map(\.line) + outcome.bad.map(\.line)
        guard accounted.sorted() == rowLines.sorted() else {
            return "rows \(rowLines) came out as imported \(outcome.imported.map(\.line)), skipped \(outcome.skipped.map(\.line)), bad \(outcome.bad.map(\.line))"
        }
        let written = outcome.eventsToWrite(skipBad: false)
        if !outcome.bad.isEmpty {
            tally.rowsRefused += 1
            return written.isEmpty ? nil : "\(written.count) events written although \(outcome.bad.count) rows are bad"
        }
        tally.importedWhole += 1
        tally.importedRows += outcome.imported.count
        tally.skippedRows += outcome.skipped.count
        let received = written.filter { if case .workOrder(.received) = $0 { true } else { false } }
        guard received.count == outcome.imported.count else { return "\(received.count) orders received for \(outcome.imported.count) rows" }
        let after = written.enumerated().reduce(desk.state) { state, item in
            evolve(state, RecordedEvent(seq: desk.state.lastSeq + item.offset + 1, timestamp: "2026-11-23T12:00:00.000+08:00", time: desk.now,
                                        actor: desk.coordinator.id, terminal: "fuzz", event: item.element))
        }
        let orders = after.workOrders.orders.count - desk.state.workOrders.orders.count
        return orders == outcome.imported.count ? nil : "\(orders) orders in the state for \(outcome.imported.count) imported"
    }
}

private extension Result where Success == HotlineRow, Failure == RowProblem {
    var failureLine: Int {
        if case .failure(let problem) = self { problem.line } else { 0 }
    }
}
