import XCTest
@testable import HallDomain

/// The guide at the door: answer, turn away with a notice, or issue a slip.
final class GuideStoryTests: XCTestCase {
    func testAQuickQuestionIsAnsweredAtTheDoorAndCounted() throws {
        var hall = HallStory()
        let events = try hall.run(.answerAtDoor(businessType: "ZX", customerKind: nil))
        XCTAssertEqual(events, [.doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: "2026-11-23", utcOffsetSeconds: 28_800,
                                                                         businessType: "ZX", customerKind: nil))])
        XCTAssertEqual(hall.state.today.tally.doorAnswers.count, 1)
        XCTAssertEqual(hall.refusal(.answerAtDoor(businessType: "NOPE", customerKind: nil)), .unknownBusinessType)
    }

    func testTurningAwayListsExactlyWhatIsMissingInChecklistOrder() throws {
        var hall = HallStory()
        let events = try hall.run(.turnAway(businessType: "FJMXZ", customerKind: .nonResidential, presented: ["法定代表人授权委托书", "户口本"],
                                            phone: "13800000000"))
        XCTAssertEqual(events, [.visitTurnedAway(VisitTurnedAway(
            businessDay: "2026-11-23", utcOffsetSeconds: 28_800, businessType: "FJMXZ", customerKind: .nonResidential,
            missingDocuments: ["营业执照", "房屋产权证明"], formsToBring: ["用电申请表", "用电设备清单"], phone: "13800000000"))])
        XCTAssertEqual(hall.state.today.tally.turnedAway.map(\.missingDocuments), [["营业执照", "房屋产权证明"]])
    }

    func testNobodyIsTurnedAwayWithCompleteDocuments() {
        let hall = HallStory()
        XCTAssertEqual(hall.refusal(.turnAway(businessType: "DF", customerKind: .residential, presented: ["户号"], phone: nil)),
                       .nothingMissing)
    }

    func testSlipsAreNumberedPerQueueWithTheEstimateRecorded() throws {
        var hall = HallStory()
        XCTAssertEqual(try hall.issue(HallFixture.payment), "A001")
        XCTAssertEqual(try hall.issue(HallFixture.residentialNew), "B001")
        let events = try hall.run(.issueSlip(businessType: "FP", customerKind: .residential, presented: [], priority: .care,
                                             override: nil, phone: nil))
        guard case .slipIssued(let slip) = events.first else { return XCTFail("\(events)") }
        XCTAssertEqual(slip.number, "A002")
        XCTAssertEqual(slip.businessDay, "2026-11-23")
        XCTAssertEqual(slip.priority, .care)
        XCTAssertEqual(slip.estimate.peopleAhead, 0, "a care slip is ahead of the ordinary A001")
        XCTAssertEqual(slip.estimate.method, WaitPredictors.default.method)
        XCTAssertEqual(hall.state.today.tally.arrivalsPerQuarterHour[36], 3, "09:00–09:15 is slot 36")
    }

    func testTheChecklistGateRefusesMissingDocuments() {
        let hall = HallStory()
        let command = HallCommand.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: ["身份证"],
                                            priority: nil, override: nil, phone: nil)
        XCTAssertEqual(hall.refusal(command), .documentsMissing)
    }

    func testAManagerMayOverrideTheChecklistWithAReasonAndItIsRecorded() throws {
        var hall = HallStory()
        let override = ChecklistOverride(approvedBy: "M01", reason: "产权证明原件由家属半小时内送到")
        let events = try hall.run(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: ["身份证"],
                                             priority: nil, override: override, phone: nil))
        guard case .slipIssued(let slip) = events.first else { return XCTFail("\(events)") }
        XCTAssertEqual(slip.override, ChecklistOverrideRecord(approvedBy: "M01", reason: "产权证明原件由家属半小时内送到",
                                                              missingDocuments: ["房屋产权证明", "用电申请表"]))
        XCTAssertEqual(hall.state.today.tally.overriddenSlips, ["B001"])
    }

    func testAnOverrideNeedsAManagerAReasonAndSomethingMissing() {
        let hall = HallStory()
        func issue(_ override: ChecklistOverride, presented: [String] = ["身份证"]) -> HallRefusal.Code? {
            hall.refusal(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: presented,
                                    priority: nil, override: override, phone: nil))
        }
        XCTAssertEqual(issue(ChecklistOverride(approvedBy: "C01", reason: "熟客")), .overrideNotByManager)
        XCTAssertEqual(issue(ChecklistOverride(approvedBy: "X99", reason: "熟客")), .overrideNotByManager)
        XCTAssertEqual(issue(ChecklistOverride(approvedBy: "M01", reason: "  ")), .overrideWithoutReason)
        XCTAssertEqual(issue(ChecklistOverride(approvedBy: "M01", reason: "熟客"), presented: ["身份证", "房屋产权证明", "用电申请表"]),
                       .overrideNotNeeded)
    }

    /// 23:59 and 00:01 in Shanghai are both on the previous UTC day; numbering still
    /// restarts, because the business day is the hall's local day.
    func testNumberingRestartsOnANewLocalBusinessDay() throws {
        var hall = HallStory()
        hall.at("2026-11-23 23:59")
        XCTAssertEqual(try hall.issue(HallFixture.payment), "A001")
        XCTAssertEqual(try hall.issue(HallFixture.payment), "A002")
        hall.at("2026-11-24 00:01")
        XCTAssertEqual(try hall.issue(HallFixture.payment), "A001")
        XCTAssertEqual(hall.state.today.businessDay, "2026-11-24")
    }

    func testAfter999SlipsInADayTheQueueRefusesClearly() throws {
        var hall = HallStory()
        for _ in 1...999 { try hall.issue(HallFixture.invoice) }
        XCTAssertEqual(hall.state.today.slips.last?.number, "A999")
        XCTAssertEqual(hall.refusal(.issueSlip(businessType: "FP", customerKind: .residential, presented: [], priority: nil,
                                               override: nil, phone: nil)), .slipNumbersExhausted)
        XCTAssertEqual(try hall.issue(HallFixture.residentialNew), "B001", "another queue still has numbers")
    }

    func testFormsPrefilledOnceWhileWaiting() throws {
        var hall = HallStory()
        let number = try hall.issue(HallFixture.residentialNew)
        try hall.run(.markFormsPrefilled(slip: number))
        XCTAssertEqual(hall.slip(number)?.formsPrefilled, true)
        XCTAssertEqual(hall.refusal(.markFormsPrefilled(slip: number)), .formsAlreadyPrefilled)
        XCTAssertEqual(hall.refusal(.markFormsPrefilled(slip: "B777")), .unknownSlip)
    }

    func testAClockBehindTheLogIsRefused() throws {
        var hall = HallStory()
        hall.at("2026-11-24 08:30")
        try hall.issue(HallFixture.payment)
        hall.at("2026-11-23 17:00")
        XCTAssertEqual(hall.refusal(.answerAtDoor(businessType: "ZX", customerKind: nil)), .clockBehindLog)
    }
}

/// A business offered to one kind of customer only is not silently "nothing to show" for
/// the other kind.
final class CustomerKindOfferTests: XCTestCase {
    func testABusinessForResidentsOnlyRefusesABusinessCustomer() {
        let hall = HallStory()
        for command: HallCommand in [
            .issueSlip(businessType: "JMXZ", customerKind: .nonResidential, presented: [], priority: nil, override: nil, phone: nil),
            .turnAway(businessType: "JMXZ", customerKind: .nonResidential, presented: [], phone: nil),
            .answerAtDoor(businessType: "JMXZ", customerKind: .nonResidential),
        ] {
            XCTAssertEqual(hall.refusal(command), .notOfferedToCustomerKind, "\(command)")
        }
        XCTAssertNil(hall.refusal(.answerAtDoor(businessType: "JMXZ", customerKind: nil)), "a question without a kind is still answered")
    }
}
