import XCTest
@testable import HallDomain

/// Replay reads the four commonest bodies with `BodyReader` and gives the rest, and anything
/// the reader is unsure of, to `BodyDecoder`. Given bodies today's codec writes, arbitrary
/// and plain, when both read them, then both give the body `JSONDecoder` gives; given text
/// edited as a newer writer or damage could edit it, then the codec reads exactly what
/// `BodyDecoder` alone reads, and refuses what it refuses with the same words.
final class BodyReaderTests: XCTestCase {
    func testGeneratedBodiesOfEveryReadTypeReadAsTheGenericDecoderReadsThem() throws {
        try assertReadAlike(SlipIssued.self, Event.slipIssued)
        try assertReadAlike(SlipCalled.self, Event.slipCalled)
        try assertReadAlike(ServiceStarted.self, Event.serviceStarted)
        try assertReadAlike(ServiceFinished.self, Event.serviceFinished)
    }

    /// 300 generated bodies of `B` and each with its strings made plain (no character that
    /// needs an escape): the reader reads every plain one, and whatever it reads is what
    /// `JSONDecoder` and `BodyDecoder` read.
    private func assertReadAlike<B: ReadableBody>(_: B.Type, _ event: (B) -> Event, line: UInt = #line) throws {
        var read = 0
        for seed in 0..<300 as Range<UInt64> {
            let generated: B = try ArbitraryBody(seed: seed).make()
            for body in [generated, try plain(generated, event)] {
                let bytes = EventCodec.encode(event(body)).body
                let what = "\(B.type) seed \(seed): \(String(decoding: bytes, as: UTF8.self))"
                XCTAssertEqual(try JSONDecoder().decode(B.self, from: bytes), body, what, line: line)
                XCTAssertEqual(try BodyDecoder.decode(B.self, from: bytes), body, what, line: line)
                let reader = BodyReader.read(bytes, B.read)
                if let reader { XCTAssertEqual(reader, body, what, line: line) }
                if !bytes.contains(UInt8(ascii: "\\")) {
                    XCTAssertNotNil(reader, "the reader reads text with no escape: \(what)", line: line)
                    read += 1
                }
                XCTAssertEqual(try EventCodec.decode(type: B.type, version: B.version, body: bytes), event(body), what, line: line)
            }
        }
        XCTAssertGreaterThanOrEqual(read, 300, "\(B.type): every plain body was read", line: line)
    }

    /// `body` with every character that JSON must escape taken out of its strings.
    private func plain<B: EventBody>(_ body: B, _ event: (B) -> Event) throws -> B {
        func cleaned(_ value: Any) -> Any {
            switch value {
            case let text as String: String(text.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\"" && $0 != "\\" }.map(Character.init))
            case let list as [Any]: list.map(cleaned)
            case let object as [String: Any]: object.mapValues(cleaned)
            default: value
            }
        }
        let tree = cleaned(try JSONSerialization.jsonObject(with: EventCodec.encode(event(body)).body))
        return try JSONDecoder().decode(B.self, from: try JSONSerialization.data(withJSONObject: tree))
    }

    // MARK: Text edited by a newer writer or by damage

    static let called = #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"A 队等候最久","slip":"A001"}"#

    func testEditedCalledBodiesReadAsTheGenericDecoderReadsThem() {
        let texts = [
            Self.called,
            " \n{ \"slip\" : \"A001\" ,\t\"reason\":\"A 队等候最久\",\r\n\"counter\" : 1 , \"clerk\":\"C01\",\"businessDay\":\"2026-11-23\" } \n",
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001","outOfTurn":null}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001","outOfTurn":"老人家赶时间"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001","outOfTurn":1}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001","slip":"A002"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001","addedLater":[1,{"a":null}]}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001","addedLater":[1,]}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","sl\u0069p":"A001"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"\u4e2d\/\"","slip":"A001"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"\ud83d","slip":"A001"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"tab"# + "\t" + #"here","slip":"A001"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"slip":"A001"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001"} x"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001"},"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001",}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":"A001""#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1 "reason":"r","slip":"A001"}"#,
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"r","slip":null}"#,
            "[]", "null", "", "{", "{}",
        ] + ["1.0", "1e0", "-0", "01", "-", "1.", "\"1\"", "null", "true", "-9223372036854775808", "9223372036854775807",
             "9223372036854775808", "-9223372036854775809", "18446744073709551616", "12345678901234567890123"].map {
            #"{"businessDay":"2026-11-23","clerk":"C01","counter":\#($0),"reason":"r","slip":"A001"}"#
        }
        for text in texts { assertReadAlike(SlipCalled.self, Data(text.utf8)) }
        for bytes: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8, 0xAD]] {
            let text = Data(#"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":""#.utf8) + Data(bytes)
                + Data(#"","slip":"A001"}"#.utf8)
            assertReadAlike(SlipCalled.self, text)
        }
    }

    func testEditedIssuedBodiesReadAsTheGenericDecoderReadsThem() {
        func issued(_ estimate: String = #"{"basis":"openCounters","expectedMinutes":4,"highMinutes":10,"lowMinutes":0,"method":"forwardSimulation.v1","peopleAhead":2}"#,
                    _ extra: String = "") -> String {
            #"{"businessDay":"2026-11-23","businessType":"JF","customerKind":"residential","estimate":\#(estimate),"number":"A003","queue":"A","utcOffsetSeconds":28800\#(extra)}"#
        }
        var texts = [issued(), issued(#"{"basis":"openCounters","expectedMinutes":4,"highMinutes":10,"lowMinutes":0,"method":"m","peopleAhead":2,"later":1}"#)]
        for minutes in ["4.0", "10.3", "-0", "-0.0", "1e1", "2.5E-3", "1.5e+2", "9007199254740993", "123456789012345678901234567890",
                        "1e400", "0.1", "01", "1.", ".5", "\"4\"", "null"] {
            texts.append(issued(#"{"basis":"openCounters","expectedMinutes":\#(minutes),"highMinutes":10,"lowMinutes":0,"method":"m","peopleAhead":2}"#))
        }
        for basis in ["\"noOpenCounterServes\"", "\"someNewBasis\"", "1", "null"] {
            texts.append(issued(#"{"basis":\#(basis),"expectedMinutes":4,"highMinutes":10,"lowMinutes":0,"method":"m","peopleAhead":2}"#))
        }
        for extra in [#","priority":"care""#, #","priority":null"#, #","priority":"vip""#, #","phone":"13800138002","noticeConsent":true"#,
                      #","noticeConsent":false"#, #","noticeConsent":null"#, #","noticeConsent":1"#, #","phone":null"#,
                      #","override":{"approvedBy":"M01","missingDocuments":["房屋产权证明","身份证"],"reason":"原件随后送到"}"#,
                      #","override":{"approvedBy":"M01","missingDocuments":[],"reason":"r"}"#,
                      #","override":{"approvedBy":"M01","missingDocuments":[ "a" , "b" ],"reason":"r"}"#,
                      #","override":{"approvedBy":"M01","missingDocuments":[1],"reason":"r"}"#,
                      #","override":{"approvedBy":"M01","missingDocuments":["a",],"reason":"r"}"#,
                      #","override":{"approvedBy":"M01","reason":"r"}"#, #","override":null"#, #","override":[]"#,
                      #","customerKind":"nonResidential""#, #","utcOffsetSeconds":-18000"#] {
            texts.append(issued(#"{"basis":"openCounters","expectedMinutes":4,"highMinutes":10,"lowMinutes":0,"method":"m","peopleAhead":2}"#, extra))
        }
        texts.append(issued("null"))
        texts.append(issued("[]"))
        texts.append(issued(#"{"basis":"openCounters","expectedMinutes":4,"highMinutes":10,"lowMinutes":0,"method":"m"}"#))
        texts.append(#"{"businessDay":"2026-11-23","businessType":"JF","customerKind":"other","estimate":{"basis":"openCounters","expectedMinutes":4,"highMinutes":10,"lowMinutes":0,"method":"m","peopleAhead":2},"number":"A003","queue":"A","utcOffsetSeconds":28800}"#)
        for text in texts { assertReadAlike(SlipIssued.self, Data(text.utf8)) }
    }

    func testEditedStartedAndFinishedBodiesReadAsTheGenericDecoderReadsThem() {
        let texts = [#"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"slip":"A001"}"#,
                     #"{"slip":"A001","counter":1,"clerk":"C01","businessDay":"2026-11-23"}"#,
                     #"{"businessDay":"2026-11-23","clerk":"C01","counter":1}"#,
                     #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"slip":"A001","rating":5}"#,
                     #"{"businessDay":"2026-11-23","clerk":"C01","counter":2.0,"slip":"A001"}"#,
                     #"{"businessDay":"2026-11-23","clerk":"C\u0030","counter":1,"slip":"A001"}"#]
        for text in texts {
            assertReadAlike(ServiceStarted.self, Data(text.utf8))
            assertReadAlike(ServiceFinished.self, Data(text.utf8))
        }
    }

    /// The codec reads `bytes` as `BodyDecoder` alone does, or refuses them as it does.
    private func assertReadAlike<B: ReadableBody>(_: B.Type, _ bytes: Data, file: StaticString = #filePath, line: UInt = #line) {
        let text = String(decoding: bytes, as: UTF8.self)
        var expected: B?, refusal: String?
        do { expected = try BodyDecoder.decode(B.self, from: bytes) } catch { refusal = String(describing: error) }
        var event: Event?, detail: String?
        do { event = try EventCodec.decode(type: B.type, version: B.version, body: bytes) } catch { detail = error.detail }
        let read = BodyReader.read(bytes, B.read)
        if let expected {
            XCTAssertEqual(event, Self.event(expected), text, file: file, line: line)
            // Bytes as well as values: -0.0 equals 0.0 but is written apart.
            XCTAssertEqual(event.map { EventCodec.encode($0).body }, EventCodec.encode(Self.event(expected)).body, text, file: file, line: line)
            if let read { XCTAssertEqual(EventCodec.encode(Self.event(read)).body, EventCodec.encode(Self.event(expected)).body, text, file: file, line: line) }
        } else {
            XCTAssertNil(read, "the reader read what BodyDecoder refuses: \(text)", file: file, line: line)
            XCTAssertEqual(detail, refusal, text, file: file, line: line)
        }
    }

    private static func event<B: ReadableBody>(_ body: B) -> Event {
        switch body {
        case let body as SlipIssued: .slipIssued(body)
        case let body as SlipCalled: .slipCalled(body)
        case let body as ServiceStarted: .serviceStarted(body)
        case let body as ServiceFinished: .serviceFinished(body)
        default: .unrecognised(type: B.type, version: B.version)
        }
    }
}
