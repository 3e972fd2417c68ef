import XCTest
@testable import HallDomain

final class EventCodecTests: XCTestCase {
    func testARepairEncodesToStableSortedBytes() throws {
        let encoded = EventCodec.encode(.logRepaired(LogRepaired(bytes: 12, offset: 345, quarantineFile: "quarantine/x.bin")))
        XCTAssertEqual(encoded.type, "logRepaired")
        XCTAssertEqual(encoded.version, 1)
        XCTAssertEqual(String(decoding: encoded.body, as: UTF8.self), #"{"bytes":12,"offset":345,"quarantineFile":"quarantine/x.bin"}"#)
        XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body),
                       .logRepaired(LogRepaired(bytes: 12, offset: 345, quarantineFile: "quarantine/x.bin")))
    }

    func testASnapshotRecordEncodesToTheBodyTheDocsDescribe() throws {
        let taken = SnapshotTaken(seq: 41, sha256: String(repeating: "0f", count: 32))
        let encoded = EventCodec.encode(.snapshotTaken(taken))
        XCTAssertEqual(encoded.type, "snapshotTaken")
        XCTAssertEqual(encoded.version, 1)
        XCTAssertEqual(String(decoding: encoded.body, as: UTF8.self), #"{"seq":41,"sha256":"\#(taken.sha256)"}"#)
        XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), .snapshotTaken(taken))
    }

    func testAnUnknownTypeOrVersionDecodesAsUnrecognised() throws {
        XCTAssertEqual(try EventCodec.decode(type: "workOrderReceived", version: 1, body: Data("{}".utf8)), .unrecognised(type: "workOrderReceived", version: 1))
        XCTAssertEqual(try EventCodec.decode(type: "slipIssued", version: 9, body: Data("{}".utf8)), .unrecognised(type: "slipIssued", version: 9))
        XCTAssertEqual(try EventCodec.decode(type: "logRepaired", version: 2, body: Data("{}".utf8)), .unrecognised(type: "logRepaired", version: 2))
    }

    func testAKnownTypeWithABrokenBodyIsReportedNotGuessed() {
        XCTAssertThrowsError(try EventCodec.decode(type: "logRepaired", version: 1, body: Data(#"{"bytes":"many"}"#.utf8))) { error in
            XCTAssertEqual((error as? EventCodec.UndecodableBody)?.type, "logRepaired")
        }
    }
}
