import XCTest
@testable import HallDomain

/// Issue 14: a 95598 order the call centre sent without its content, or under a 业务类型 the
/// hall does not know, is received all the same and marked, not left outside. Given such an
/// intake, when it is received, then the order says what is missing; the hall's own intake
/// still asks for the content, because the customer is there to say it.
final class HotlineIntakeGapsTests: XCTestCase {
    func testAHotlineOrderWithoutContentIsReceivedMarked() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.description = " "
        let number = try story.receive(intake)
        XCTAssertTrue(story.order(number).lacksDescription)
        XCTAssertEqual(story.order(number).history.first?.event.body.summary,
                       "受理：投诉·服务态度（95598 工单 95598-20260930-0001），诉求内容为空")
    }

    func testAtTheHallTheContentIsStillAskedFor() {
        var intake = WorkOrderFixture.complaint
        intake.source = .hall
        intake.hotlineNumber = nil
        intake.description = ""
        XCTAssertEqual(WorkOrderStory().refusal(.receive(intake)), .descriptionMissing)
    }

    func testAnUnknownKindIsReceivedOnAComplaintsClocksAndMarked() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.kind = WorkOrderKind.unrecognisedHotlineKind
        intake.reportedKind = "工单督办"
        let number = try story.receive(intake)
        let order = story.order(number)
        XCTAssertEqual(order.kind, .complaint)
        XCTAssertEqual(order.reportedKind, "工单督办")
        XCTAssertNotNil(order.due[.firstContact], "a complaint's first contact within a working day")
        XCTAssertEqual(order.history.first?.event.body.summary,
                       "受理：投诉·服务态度（95598 工单 95598-20260930-0001），业务类型待核（客服中心：工单督办）")
        XCTAssertEqual(WorkOrderKind.unconfirmedText(reported: ""), "业务类型待核（客服中心未填）")
    }
}
