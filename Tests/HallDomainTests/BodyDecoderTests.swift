import XCTest
@testable import HallDomain

/// Replay decodes bodies with `BodyDecoder`; it must read exactly what `JSONDecoder` reads.
/// Given the bodies today's codec writes for every event type, arbitrary and at the edges,
/// when both decode them, then both give the event back; and given text a newer writer
/// could write, or text that is wrong, both agree.
final class BodyDecoderTests: XCTestCase {
    func testEveryEventCaseHasAGeneratorOfItsOwnCase() throws {
        var types = Set<String>()
        for kind in EventCase.allCases {
            let event = try kind.generate(ArbitraryBody(seed: 1))
            XCTAssertEqual(EventCase(event), kind, "the generator of \(kind) makes that case")
            types.insert(EventCodec.encode(event).type)
        }
        XCTAssertEqual(types.count, EventCase.allCases.count, "each case is written under its own type")
        XCTAssertEqual(EventCase.allCases.filter { "\($0)".hasPrefix("workOrder") }.count, WorkOrderEvent.bodyTypes.count,
                       "the codec's table of work-order bodies has every work-order case")
    }

    func testGeneratedBodiesOfEveryEventDecodeAsJSONDecoderDecodesThem() throws {
        for kind in EventCase.allCases {
            for seed in 0..<150 as Range<UInt64> {
                let event = try kind.generate(ArbitraryBody(seed: seed))
                let encoded = EventCodec.encode(event)
                XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event,
                               "\(kind) seed \(seed): \(String(decoding: encoded.body, as: UTF8.self))")
                if let body = Self.body(of: event) { try assertBothDecoders(body, encoded.body, "\(kind) seed \(seed)") }
            }
        }
    }

    /// The body an event was written from, to decode its bytes again as that type.
    private static func body(of event: Event) -> (any EventBody)? {
        switch event {
        case .logRepaired(let body): body
        case .snapshotTaken(let body): body
        case .batchOpened(let body): body
        case .workOrder(let event): event.body
        case .access(let event): event.body
        case .appointment(let event): event.body
        case .unrecognised: nil
        default: event.dayEvent
        }
    }

    private func assertBothDecoders<B: EventBody>(_ body: B, _ bytes: Data, _ what: String) throws {
        XCTAssertEqual(try JSONDecoder().decode(B.self, from: bytes), body, "JSONDecoder, \(what)")
        XCTAssertEqual(try BodyDecoder.decode(B.self, from: bytes), body, "BodyDecoder, \(what)")
    }

    // MARK: Text a newer writer could write

    /// A body with one of each shape, to probe the reader by hand.
    struct Probe: Codable, Equatable {
        var text: String
        var count: Int
        var ratio: Double
        var flag: Bool?
        var list: [String]?
        var inner: Inner?

        struct Inner: Codable, Equatable {
            var id: Int32
            var big: UInt64?
            var tags: [Int]
        }
    }

    func testEscapesAndUnicodeEscapesReadAsJSONDecoderReadsThem() throws {
        XCTAssertEqual(try agreed(#"{"text":"a\/b","count":1,"ratio":1}"#)?.text, "a/b")
        XCTAssertEqual(try agreed(#"{"text":"\u4e2d\u6587","count":1,"ratio":1}"#)?.text, "中文")
        XCTAssertEqual(try agreed(#"{"text":"\ud83d\ude00 \uD83C\uDDE8\uD83C\uDDF3","count":1,"ratio":1}"#)?.text, "😀 🇨🇳")
        XCTAssertEqual(try agreed(#"{"text":"\"\\\b\f\n\r\t\u0000\u001f","count":1,"ratio":1}"#)?.text, "\"\\\u{8}\u{C}\n\r\t\u{0}\u{1F}")
        XCTAssertEqual(try agreed(#"{"text":"营业厅 e\u0301","count":1,"ratio":1}"#)?.text, "营业厅 e\u{301}")
    }

    func testWhitespaceKeyOrderNullsAndUnknownKeysAreReadAsJSONDecoderReadsThem() throws {
        let spaced = " \n\t{ \"ratio\" : 2.5 ,\r\n \"count\":\t-7, \"text\" : \"x\" , \"flag\" : null , \"list\" : [ ] } \n"
        XCTAssertEqual(try agreed(spaced), Probe(text: "x", count: -7, ratio: 2.5, flag: nil, list: [], inner: nil))
        let extra = #"{"future":{"a":[1,2.5e-3,{"b":null}],"c":"\u4e2d"},"text":"x","count":0,"ratio":0,"more":[true,false],"inner":{"tags":[1,2],"id":3,"note":"新"}}"#
        XCTAssertEqual(try agreed(extra), Probe(text: "x", count: 0, ratio: 0, inner: .init(id: 3, tags: [1, 2])))
        XCTAssertEqual(try agreed(#"{"text":"first","count":1,"ratio":1,"text":"second"}"#)?.text, "first", "the first of a repeated key counts")
        let body = try JSONDecoder().decode(SlipCalled.self, from: Data(#"{"reason":"绿色通道优先","clerk":"C02","counter":2,"slip":"B001","businessDay":"2026-11-23","addedLater":[1]}"#.utf8))
        let fast = try BodyDecoder.decode(SlipCalled.self, from: Data(#"{"reason":"绿色通道优先","clerk":"C02","counter":2,"slip":"B001","businessDay":"2026-11-23","addedLater":[1]}"#.utf8))
        XCTAssertEqual(fast, body)
        XCTAssertNil(fast.outOfTurn)
    }

    func testNumbersAtTheEdgesAreReadAsJSONDecoderReadsThem() throws {
        for count in ["0", "-0", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1.0", "1e2", "1.5", "-1E+2", "12345678901234567890123"] {
            _ = try agreed(#"{"text":"","count":\#(count),"ratio":0}"#)
        }
        for ratio in ["0.1", "-0.0", "5e-324", "1.7976931348623157e308", "2.5E-3", "9007199254740993", "123456789012345678901234567890", "1e400", "-1e400"] {
            _ = try agreed(#"{"text":"","count":0,"ratio":\#(ratio)}"#)
        }
        for big in ["18446744073709551615", "18446744073709551616", "-1", "4294967296"] {
            _ = try agreed(#"{"text":"","count":0,"ratio":0,"inner":{"id":2147483647,"big":\#(big),"tags":[]}}"#)
        }
        _ = try agreed(#"{"text":"","count":0,"ratio":0,"inner":{"id":2147483648,"tags":[]}}"#)
    }

    func testAMissingKeyOrAWrongTypeIsRefusedAsJSONDecoderRefusesIt() throws {
        for text in [#"{"count":1,"ratio":1}"#, #"{"text":1,"count":1,"ratio":1}"#, #"{"text":"x","count":"1","ratio":1}"#,
                     #"{"text":"x","count":null,"ratio":1}"#, #"{"text":"x","count":1,"ratio":true}"#, #"{"text":"x","count":1,"ratio":1,"flag":1}"#,
                     #"{"text":"x","count":1,"ratio":1,"list":"a"}"#, #"{"text":"x","count":1,"ratio":1,"list":[1]}"#,
                     #"{"text":"x","count":1,"ratio":1,"inner":[]}"#, #"{"text":"x","count":1,"ratio":1,"inner":{"id":1}}"#, #"[]"#, #""x""#, "null"] {
            XCTAssertNil(try agreed(text), text)
        }
        XCTAssertThrowsError(try BodyDecoder.decode(Probe.self, from: Data(#"{"count":1,"ratio":1}"#.utf8))) { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(key.stringValue, "text")
        }
        XCTAssertThrowsError(try BodyDecoder.decode(Probe.self, from: Data(#"{"text":"x","count":1,"ratio":1,"inner":{"id":"3","tags":[]}}"#.utf8))) { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["inner", "id"])
        }
    }

    func testTextThatIsNotJSONIsRefusedAsJSONDecoderRefusesIt() throws {
        let good = #""text":"x","count":1,"ratio":1"#
        for text in ["", " ", "{\(good)} x", "{\(good)}}", "{\(good),\"n\":.5}", "{\(good),\"n\":+1}", "{'text':'x'}",
                     "{\(good),\"n\":tru}", "{\(good),\"n\":nul}", "{\(good) \"n\":1}", "{\(good),\"n\"1}", "{\(good),\"n\":\"a",
                     "{\(good),\"n\":NaN}", "{\"text\":\"\\ud83d\",\"count\":1,\"ratio\":1}", "{\"text\":\"a\\x\",\"count\":1,\"ratio\":1}"] {
            XCTAssertNil(try agreed(text), text)
        }
    }

    /// JSONDecoder (swift-foundation) skips a value it is not asked for without checking it,
    /// and lets a trailing comma pass; BodyDecoder checks the whole text against RFC 8259 first,
    /// so a damaged body is refused even where the damage is in a key no reader asks for.
    func testTextThatIsNotJSONIsRefusedEvenUnderAKeyNobodyReads() throws {
        let good = #""text":"x","count":1,"ratio":1"#
        var texts = ["{\(good),}", "{\(good),\"n\":01}", "{\(good),\"n\":1.}", "{\(good),\"n\":-}", "{\(good),\"n\":1e}",
                     "{\(good),\"n\":\"a\\x\"}", "{\(good),\"n\":\"\\ud83d\"}", "{\(good),\"n\":\"\\ude00\"}",
                     "{\(good),\"n\":\"\\u12G4\"}", "{\(good),\"n\":[1,]}", "{\(good),\"n\":[1 2]}",
                     "{\(good),\"n\":\"tab\there\"}", "{\(good),\"n\":\"nl\nhere\"}"].map { Data($0.utf8) }
        for bytes: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            texts.append(Data(#"{"text":"x","count":1,"ratio":1,"n":""#.utf8) + Data(bytes) + Data(#""}"#.utf8))
        }
        for text in texts {
            XCTAssertThrowsError(try BodyDecoder.decode(Probe.self, from: text), String(decoding: text, as: UTF8.self)) { error in
                XCTAssertTrue("\(error)".contains("not valid JSON"), "\(error)")
            }
        }
    }

    func testAnUndecodableBodyInTheLogSaysWhatIsWrong() {
        XCTAssertThrowsError(try EventCodec.decode(type: SlipCalled.type, version: SlipCalled.version, body: Data(#"{"slip":"B001"}"#.utf8))) { error in
            guard let undecodable = error as? EventCodec.UndecodableBody else { return XCTFail("\(error)") }
            XCTAssertEqual(undecodable.type, "slipCalled")
            XCTAssertTrue(undecodable.detail.contains("businessDay"), undecodable.detail)
        }
        XCTAssertThrowsError(try EventCodec.decode(type: SlipCalled.type, version: SlipCalled.version, body: Data("{\"slip\":".utf8))) { error in
            XCTAssertTrue((error as? EventCodec.UndecodableBody)?.detail.contains("not valid JSON") == true, "\(error)")
        }
    }

    /// What both decoders read from `text`: the same value, or nil when both refuse it.
    private func agreed(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Probe? {
        let data = Data(text.utf8)
        let expected = try? JSONDecoder().decode(Probe.self, from: data)
        let actual = try? BodyDecoder.decode(Probe.self, from: data)
        XCTAssertEqual(actual, expected, "BodyDecoder and JSONDecoder differ on \(text)", file: file, line: line)
        return actual
    }

    /// One case per case of `Event`, work-order and access events each their own, so
    /// `allCases` lists every event the log can hold. Both switches below have no default:
    /// a new event does not compile until it is named here and has a generator.
    enum EventCase: CaseIterable {
        case logRepaired, snapshotTaken, batchOpened, doorEnquiryAnswered, visitTurnedAway, slipIssued, formsPrefilled, slipReprinted, slipCalled, slipRecalled, slipMarkedNoShow, slipReinstated, slipTransferred, serviceStarted, serviceFinished, serviceRated, counterOpened, counterPaused, counterClosed, counterTakenOver, noticeQueued, noticeDelivered, noticeFailed, unrecognised
        case workOrderReceived, workOrderEscalated, workOrderMajorAcknowledged, workOrderDispatched, workOrderRecalled, workOrderReturnRequested, workOrderReturnConfirmed, workOrderReturnRejected, workOrderAccepted, workOrderContacted, workOrderProgressNoted, workOrderReplied, workOrderReviewed, workOrderFollowedUp, workOrderClosed, workOrderResponsibilityRuled, workOrderPushed, workOrderJointDiagnosisInvited, workOrderJointFindingRecorded, workOrderLinked, workOrderImprovementCaseOpened, workOrderImprovementCaseOrdersAdded, workOrderImprovementProgressRecorded, workOrderImprovementCaseDone, workOrderCaseSuggestionDismissed, workOrderEscalationAcknowledged, workOrderClassified, workOrderReturnedToDispatcher, workOrderInterimReplied, workOrderComplainedAboutRecorded, workOrderContactFailed
        case accessActionDenied, accessStaffSwitched, accessPinRejected, accessPinSet, accessUnmaskedExported, accessRosterChanged, accessActedOnBehalf
        case appointmentBooked, appointmentCancelled, appointmentCheckedIn, appointmentMissed

        init(_ event: Event) {
            switch event {
            case .logRepaired: self = .logRepaired
            case .snapshotTaken: self = .snapshotTaken
            case .batchOpened: self = .batchOpened
            case .doorEnquiryAnswered: self = .doorEnquiryAnswered
            case .visitTurnedAway: self = .visitTurnedAway
            case .slipIssued: self = .slipIssued
            case .formsPrefilled: self = .formsPrefilled
            case .slipReprinted: self = .slipReprinted
            case .slipCalled: self = .slipCalled
            case .slipRecalled: self = .slipRecalled
            case .slipMarkedNoShow: self = .slipMarkedNoShow
            case .slipReinstated: self = .slipReinstated
            case .slipTransferred: self = .slipTransferred
            case .serviceStarted: self = .serviceStarted
            case .serviceFinished: self = .serviceFinished
            case .serviceRated: self = .serviceRated
            case .counterOpened: self = .counterOpened
            case .counterPaused: self = .counterPaused
            case .counterClosed: self = .counterClosed
            case .counterTakenOver: self = .counterTakenOver
            case .noticeQueued: self = .noticeQueued
            case .noticeDelivered: self = .noticeDelivered
            case .noticeFailed: self = .noticeFailed
            case .unrecognised: self = .unrecognised
            case .appointment(let event):
                switch event {
                case .booked: self = .appointmentBooked
                case .cancelled: self = .appointmentCancelled
                case .checkedIn: self = .appointmentCheckedIn
                case .missed: self = .appointmentMissed
                }
            case .workOrder(let event):
                switch event {
                case .received: self = .workOrderReceived
                case .escalated: self = .workOrderEscalated
                case .majorAcknowledged: self = .workOrderMajorAcknowledged
                case .dispatched: self = .workOrderDispatched
                case .recalled: self = .workOrderRecalled
                case .returnRequested: self = .workOrderReturnRequested
                case .returnConfirmed: self = .workOrderReturnConfirmed
                case .returnRejected: self = .workOrderReturnRejected
                case .accepted: self = .workOrderAccepted
                case .contacted: self = .workOrderContacted
                case .progressNoted: self = .workOrderProgressNoted
                case .replied: self = .workOrderReplied
                case .reviewed: self = .workOrderReviewed
                case .followedUp: self = .workOrderFollowedUp
                case .closed: self = .workOrderClosed
                case .responsibilityRuled: self = .workOrderResponsibilityRuled
                case .pushed: self = .workOrderPushed
                case .jointDiagnosisInvited: self = .workOrderJointDiagnosisInvited
                case .jointFindingRecorded: self = .workOrderJointFindingRecorded
                case .linked: self = .workOrderLinked
                case .improvementCaseOpened: self = .workOrderImprovementCaseOpened
                case .improvementCaseOrdersAdded: self = .workOrderImprovementCaseOrdersAdded
                case .improvementProgressRecorded: self = .workOrderImprovementProgressRecorded
                case .improvementCaseDone: self = .workOrderImprovementCaseDone
                case .caseSuggestionDismissed: self = .workOrderCaseSuggestionDismissed
                case .escalationAcknowledged: self = .workOrderEscalationAcknowledged
                case .classified: self = .workOrderClassified
                case .returnedToDispatcher: self = .workOrderReturnedToDispatcher
                case .interimReplied: self = .workOrderInterimReplied
                case .complainedAboutRecorded: self = .workOrderComplainedAboutRecorded
                case .contactFailed: self = .workOrderContactFailed
                }
            case .access(let event):
                switch event {
                case .actionDenied: self = .accessActionDenied
                case .staffSwitched: self = .accessStaffSwitched
                case .pinRejected: self = .accessPinRejected
                case .pinSet: self = .accessPinSet
                case .unmaskedExported: self = .accessUnmaskedExported
                case .rosterChanged: self = .accessRosterChanged
                case .actedOnBehalf: self = .accessActedOnBehalf
                }
            }
        }

        /// An event of this case with an arbitrary body.
        func generate(_ body: ArbitraryBody) throws -> Event {
            switch self {
            case .logRepaired: .logRepaired(try body.make())
            case .snapshotTaken: .snapshotTaken(try body.make())
            case .batchOpened: .batchOpened(try body.make())
            case .doorEnquiryAnswered: .doorEnquiryAnswered(try body.make())
            case .visitTurnedAway: .visitTurnedAway(try body.make())
            case .slipIssued: .slipIssued(try body.make())
            case .formsPrefilled: .formsPrefilled(try body.make())
            case .slipReprinted: .slipReprinted(try body.make())
            case .slipCalled: .slipCalled(try body.make())
            case .slipRecalled: .slipRecalled(try body.make())
            case .slipMarkedNoShow: .slipMarkedNoShow(try body.make())
            case .slipReinstated: .slipReinstated(try body.make())
            case .slipTransferred: .slipTransferred(try body.make())
            case .serviceStarted: .serviceStarted(try body.make())
            case .serviceFinished: .serviceFinished(try body.make())
            case .serviceRated: .serviceRated(try body.make())
            case .counterOpened: .counterOpened(try body.make())
            case .counterPaused: .counterPaused(try body.make())
            case .counterClosed: .counterClosed(try body.make())
            case .counterTakenOver: .counterTakenOver(try body.make())
            case .noticeQueued: .noticeQueued(try body.make())
            case .noticeDelivered: .noticeDelivered(try body.make())
            case .noticeFailed: .noticeFailed(try body.make())
            case .unrecognised: .unrecognised(type: "aNewerWritersEvent", version: 1)
            case .workOrderReceived: .workOrder(.received(try body.make()))
            case .workOrderEscalated: .workOrder(.escalated(try body.make()))
            case .workOrderMajorAcknowledged: .workOrder(.majorAcknowledged(try body.make()))
            case .workOrderDispatched: .workOrder(.dispatched(try body.make()))
            case .workOrderRecalled: .workOrder(.recalled(try body.make()))
            case .workOrderReturnRequested: .workOrder(.returnRequested(try body.make()))
            case .workOrderReturnConfirmed: .workOrder(.returnConfirmed(try body.make()))
            case .workOrderReturnRejected: .workOrder(.returnRejected(try body.make()))
            case .workOrderAccepted: .workOrder(.accepted(try body.make()))
            case .workOrderContacted: .workOrder(.contacted(try body.make()))
            case .workOrderProgressNoted: .workOrder(.progressNoted(try body.make()))
            case .workOrderReplied: .workOrder(.replied(try body.make()))
            case .workOrderReviewed: .workOrder(.reviewed(try body.make()))
            case .workOrderFollowedUp: .workOrder(.followedUp(try body.make()))
            case .workOrderClosed: .workOrder(.closed(try body.make()))
            case .workOrderResponsibilityRuled: .workOrder(.responsibilityRuled(try body.make()))
            case .workOrderPushed: .workOrder(.pushed(try body.make()))
            case .workOrderJointDiagnosisInvited: .workOrder(.jointDiagnosisInvited(try body.make()))
            case .workOrderJointFindingRecorded: .workOrder(.jointFindingRecorded(try body.make()))
            case .workOrderLinked: .workOrder(.linked(try body.make()))
            case .workOrderImprovementCaseOpened: .workOrder(.improvementCaseOpened(try body.make()))
            case .workOrderImprovementCaseOrdersAdded: .workOrder(.improvementCaseOrdersAdded(try body.make()))
            case .workOrderImprovementProgressRecorded: .workOrder(.improvementProgressRecorded(try body.make()))
            case .workOrderImprovementCaseDone: .workOrder(.improvementCaseDone(try body.make()))
            case .workOrderCaseSuggestionDismissed: .workOrder(.caseSuggestionDismissed(try body.make()))
            case .workOrderEscalationAcknowledged: .workOrder(.escalationAcknowledged(try body.make()))
            case .workOrderClassified: .workOrder(.classified(try body.make()))
            case .workOrderReturnedToDispatcher: .workOrder(.returnedToDispatcher(try body.make()))
            case .workOrderInterimReplied: .workOrder(.interimReplied(try body.make()))
            case .workOrderComplainedAboutRecorded: .workOrder(.complainedAboutRecorded(try body.make()))
            case .workOrderContactFailed: .workOrder(.contactFailed(try body.make()))
            case .accessActionDenied: .access(.actionDenied(try body.make()))
            case .accessStaffSwitched: .access(.staffSwitched(try body.make()))
            case .accessPinRejected: .access(.pinRejected(try body.make()))
            case .accessPinSet: .access(.pinSet(try body.make()))
            case .accessUnmaskedExported: .access(.unmaskedExported(try body.make()))
            case .accessRosterChanged: .access(.rosterChanged(try body.make()))
            case .accessActedOnBehalf: .access(.actedOnBehalf(try body.make()))
            case .appointmentBooked: .appointment(.booked(try body.make()))
            case .appointmentCancelled: .appointment(.cancelled(try body.make()))
            case .appointmentCheckedIn: .appointment(.checkedIn(try body.make()))
            case .appointmentMissed: .appointment(.missed(try body.make()))
            }
        }
    }
}
