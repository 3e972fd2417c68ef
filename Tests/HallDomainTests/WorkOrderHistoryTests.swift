import XCTest
@testable import HallDomain

/// Each order carries its own timeline, and keeps it through a snapshot.
final class WorkOrderHistoryTests: XCTestCase {
    func testTheTimelineHoldsEveryEventWithTimeAndActor() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:10")
        try story.run(.firstContact(order: number, onSite: false, note: "电话联系客户"), by: WorkOrderFixture.marketing1)
        let history = story.order(number).history
        XCTAssertEqual(history.map { EventCodec.encode(.workOrder($0.event)).type },
                       ["workOrderRegistered", "workOrderDispatched", "workOrderAccepted", "workOrderContacted"])
        XCTAssertEqual(history.map(\.actor), ["K01", "K01", "D01", "D01"])
        XCTAssertEqual(history.last?.time, HallFixture.shanghai("2026-10-08 09:10"))
    }

    func testTheTimelineSurvivesEncodingAsASnapshotDoes() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        let data = try JSONEncoder().encode(story.state)
        let decoded = try JSONDecoder().decode(HallState.self, from: data)
        XCTAssertEqual(decoded.workOrders.order(number)?.history, story.order(number).history)
        XCTAssertEqual(decoded, story.state)
    }
}
