import Foundation
import XCTest
@testable import HallDomain

/// The demo day's work orders: spaced 40–60 minutes over the hours the hall takes arrivals,
/// each one the rules would receive, at an address its area's own keywords place.
final class OrderGeneratorTests: XCTestCase {
    private let opening = HallFixture.shanghai("2026-11-23 08:30")
    private let areas = AreaRules(areas: [
        ServiceArea(name: "乐从城区", station: "乐从供电所", areaType: .city, keywords: ["乐从大道", "家具城"]),
        ServiceArea(name: "水藤沙边片", station: "乐从供电所", areaType: .city, keywords: ["水藤", "荷村工业区"]),
        ServiceArea(name: "荷村大墩片", station: "乐从供电所", areaType: .rural, keywords: ["荷村", "大墩"]),
    ])
    private var categories: [WorkOrderCategory] {
        Set(OrderTemplate.everyday.map(\.category)).sorted().map { WorkOrderCategory(code: $0, name: $0, major: false) }
    }

    private func day(seed: UInt64 = 3) -> [SimulatedOrder] {
        OrderGenerator.day(opening: opening, minutes: 420, timeZone: "Asia/Shanghai", areas: areas.areas, categories: categories, seed: seed)
    }

    func testOrdersComeEveryFortyToSixtyMinutesWhileTheHallTakesArrivals() {
        let orders = day()
        XCTAssertTrue((7...10).contains(orders.count), "\(orders.count)")
        let minutes = orders.map { $0.time.timeIntervalSince(opening) / 60 }
        XCTAssertTrue(minutes.allSatisfy { $0 >= 40 && $0 < 420 })
        for (earlier, later) in zip(minutes, minutes.dropFirst()) {
            XCTAssertTrue((40...60).contains(later - earlier), "\(later - earlier)")
        }
        XCTAssertEqual(orders, day(), "the same seed")
        XCTAssertNotEqual(orders, day(seed: 4))
    }

    func testEachAddressLiesInTheAreaTheOrderNamesAndEveryHotlineNumberDiffers() {
        let orders = (1...20).flatMap { day(seed: $0) }
        for order in orders {
            let customer = order.intake.customer
            XCTAssertEqual(areas.suggest(address: customer.address)?.area, customer.area, customer.address)
            XCTAssertFalse(order.intake.description.isEmpty)
        }
        XCTAssertTrue(orders.contains { $0.intake.customer.address.contains("村") && $0.intake.customer.address.contains("巷") })
        let numbers = day().compactMap(\.intake.hotlineNumber)
        XCTAssertEqual(Set(numbers).count, numbers.count)
        XCTAssertTrue(numbers.allSatisfy { $0.hasPrefix("95598-20261123-") })
    }

    func testEveryOrderIsReceivedByTheRulesAndNoneIsMajor() throws {
        var settings = WorkOrderFixture.settings
        settings.categories = categories
        settings.areas = areas
        var state = HallState.initial
        let coordinator = StaffMember(id: "K01", name: "冯振华", roles: [.coordinator], department: nil, login: nil)
        for (seq, order) in day().enumerated() {
            let events = try decide(.receive(order.intake), state: state, catalog: HallFixture.catalog, settings: settings,
                                    actor: coordinator, now: order.time)
            XCTAssertEqual(events.count, 1, "received, not escalated")
            state.evolve(by: RecordedEvent(seq: seq + 1, timestamp: "", time: order.time, actor: "K01", terminal: "t", event: events[0]))
        }
    }

    func testCategoriesTheStationDoesNotUseAreLeftOut() {
        let orders = OrderGenerator.day(opening: opening, minutes: 420, timeZone: "Asia/Shanghai", areas: areas.areas,
                                        categories: [WorkOrderCategory(code: "TD", name: "停电", major: false)], seed: 3)
        XCTAssertFalse(orders.isEmpty)
        XCTAssertTrue(orders.allSatisfy { $0.intake.category == "TD" })
        XCTAssertEqual(OrderGenerator.day(opening: opening, minutes: 420, timeZone: "Asia/Shanghai", areas: [], categories: categories, seed: 3), [])
    }
}
