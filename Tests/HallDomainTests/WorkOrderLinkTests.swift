import XCTest
@testable import HallDomain

/// The dispatcher ties orders together; each order then knows the other and why.
final class WorkOrderLinkTests: XCTestCase {
    private func twoOrders(_ story: inout WorkOrderStory) throws -> (String, String) {
        let first = try story.receive()
        var second = WorkOrderFixture.complaint
        second.hotlineNumber = "95598-20260930-0002"
        return (first, try story.receive(second))
    }

    func testALinkShowsOnBothOrdersAndBothTimelines() throws {
        var story = WorkOrderStory()
        let (first, second) = try twoOrders(&story)

        let events = try story.run(.link(order: second, to: first, reason: .related))

        XCTAssertEqual(events, [.workOrder(.linked(WorkOrdersLinked(order: second, other: first, reason: .related)))])
        XCTAssertEqual(story.order(second).links, [WorkOrderLink(other: first, reason: .related)])
        XCTAssertEqual(story.order(first).links, [WorkOrderLink(other: second, reason: .related)])
        XCTAssertEqual(story.order(first).history.last?.event.body.summary, "GD000002 与 GD000001 互相关联")
        XCTAssertEqual(story.order(second).history.last?.event.body.summary, "GD000002 与 GD000001 互相关联")
    }

    func testOrdersAreLinkedOnceWhicheverWayRoundItIsAsked() throws {
        var story = WorkOrderStory()
        let (first, second) = try twoOrders(&story)
        try story.run(.link(order: first, to: second, reason: .batch))
        XCTAssertEqual(story.refusal(.link(order: second, to: first, reason: .related)), .alreadyLinked)
        XCTAssertEqual(story.refusal(.link(order: first, to: second, reason: .batch)), .alreadyLinked)
    }

    func testOnlyTheDispatcherLinksTwoDifferentOrdersThatExist() throws {
        var story = WorkOrderStory()
        let (first, second) = try twoOrders(&story)
        XCTAssertEqual(story.refusal(.link(order: first, to: second, reason: .batch), by: WorkOrderFixture.marketing1),
                       .notPermitted)
        XCTAssertEqual(story.refusal(.link(order: first, to: first, reason: .batch)), .linkToItself)
        XCTAssertEqual(story.refusal(.link(order: first, to: "GD000404", reason: .batch)), .unknownWorkOrder)
        XCTAssertEqual(story.refusal(.link(order: "GD000404", to: first, reason: .batch)), .unknownWorkOrder)
    }

    func testALinkInALogNamingAMissingOrderIsCountedButTheOtherEndIsKept() throws {
        var story = WorkOrderStory()
        let first = try story.receive()
        var state = story.state
        state.fold([.workOrder(.linked(WorkOrdersLinked(order: first, other: "GD000404", reason: .related)))], by: "K01", terminal: "tty2",
                   at: story.now, timestamp: "2026-09-30T16:00:00+08:00")
        XCTAssertEqual(state.workOrders.unmatched, ["workOrdersLinked": 1])
        XCTAssertEqual(state.workOrders.order(first)?.links, [WorkOrderLink(other: "GD000404", reason: .related)])
    }
}
