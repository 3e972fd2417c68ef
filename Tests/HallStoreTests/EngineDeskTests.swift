import Foundation
import HallDomain
@testable import HallStore
import XCTest

/// The demo's desk on a real data folder made from the shipped seeds: the peak scenario's
/// first hour goes into the log through the engines of the staff who act, with the day's
/// work orders received on the way, and a console that took a counter first wins it.
final class EngineDeskTests: XCTestCase {
    private struct Hall {
        var folder: DataFolder
        var catalog: Catalog
        var settings: WorkOrderSettings
        var scenario: SimulationScenario
    }

    private func hall() throws -> Hall {
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds)
        let catalog = try SeedCatalog.load(folder: folder.seedsURL)
        let calendar = try SeedCalendar.load(folder: folder.seedsURL, timeZone: catalog.hall.zone)
        return Hall(folder: folder, catalog: catalog, settings: try SeedWorkOrders.load(folder: folder.seedsURL, calendar: calendar),
                    scenario: try SeedScenario.load(SeedScenario.locate("peak-busiest", seeds: Checkout.seeds), timeZone: catalog.hall.timeZone))
    }

    /// Plays the scenario's day on `hall`'s log until `minutes` after opening.
    private func play(_ hall: Hall, minutes: Double) throws -> (desk: EngineDesk, orders: [SimulatedOrder], cutOff: Date) {
        let opening = hall.scenario.opening
        let cutOff = opening.addingTimeInterval(minutes * 60)
        let orders = OrderGenerator.day(opening: opening, minutes: hall.scenario.openMinutes, timeZone: hall.catalog.hall.timeZone,
                                        areas: hall.settings.areas.areas, categories: hall.settings.categories, seed: 1)
        let coordinator = try XCTUnwrap(hall.catalog.roster.members.first { $0.roles.contains(.coordinator) })
        var desk = EngineDesk(folder: hall.folder, catalog: hall.catalog, terminal: "demo",
                              orders: EngineDesk.Orders(due: orders, settings: hall.settings, receiver: coordinator)) { $0 <= cutOff }
        let arrivals = try ArrivalGenerator.day(hall.scenario, catalog: hall.catalog, seed: 1)
        _ = try HallSimulator.play(arrivals, scenario: hall.scenario, policy: SimulationPolicy(guide: true, prefill: true, counters: 4, priority: true),
                                   catalog: hall.catalog, on: &desk)
        return (desk, orders, cutOff)
    }

    func testTheFirstHourGoesIntoTheLogUnderTheActorsWhoActed() throws {
        let hall = try hall()
        let (desk, orders, cutOff) = try play(hall, minutes: 60)
        XCTAssertEqual(LogVerifier.verify(url: hall.folder.logURL).verdict, .valid)
        let replica = HallReplica(folder: hall.folder)
        let records = replica.recent
        XCTAssertEqual(desk.state, replica.state)
        XCTAssertGreaterThan(replica.state.today.slips.count, 20)
        XCTAssertTrue(records.allSatisfy { $0.time <= cutOff && $0.terminal == "demo" })
        var actors: [String: Set<String>] = [:]
        for record in records { actors[EventCodec.encode(record.event).type, default: []].insert(record.actor) }
        XCTAssertEqual(actors[SlipIssued.type], ["G01"])
        XCTAssertEqual(actors[CounterOpened.type], ["C01", "C02", "C03", "C04"])
        XCTAssertEqual(actors[WorkOrderReceived.type], ["K01"])
        let due = orders.filter { $0.time <= cutOff }.count
        XCTAssertGreaterThan(due, 0)
        XCTAssertEqual(desk.ordersReceived, due)
        XCTAssertEqual(replica.state.workOrders.orders.count, due)
    }

    func testACounterAConsoleOpenedFirstIsPassedOverAndTheDayGoesOn() throws {
        let hall = try hall()
        // A clerk the simulated day does not staff, at a console of their own.
        let standIn = StaffMember(id: "C09", name: "顶班营业员", roles: [.clerk], department: nil, login: nil)
        let console = try HallEngine(folder: hall.folder, catalog: hall.catalog, actor: standIn, terminal: "pts/9")
        try console.perform(.openCounter(counter: 1), now: hall.scenario.opening.addingTimeInterval(-60))
        let (desk, _, _) = try play(hall, minutes: 45)
        let day = desk.state.today
        XCTAssertGreaterThan(day.slips.filter { $0.status == .finished }.count, 10)
        let tried = HallReplica(folder: hall.folder).recent.filter { $0.actor == "C01" }
        XCTAssertTrue(tried.allSatisfy { if case .access(.actionDenied) = $0.event { true } else { false } },
                      "counter 1 stayed the stand-in's: the day's clerk was only refused there, and each refusal is on the record")
    }
}
