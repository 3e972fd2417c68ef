import XCTest
@testable import HallStore

/// The encodings a 95598 export arrives in, told apart by the bytes alone.
final class TextDecodingTests: XCTestCase {
    /// 「工单编号」 in GBK, as Python's `'工单编号'.encode('gbk')` gives it.
    private let gbkHeader: [UInt8] = [0xB9, 0xA4, 0xB5, 0xA5, 0xB1, 0xE0, 0xBA, 0xC5]

    func testAByteOrderMarkMeansUTF8AndIsNotPartOfTheText() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("工单编号\n1".utf8))
        XCTAssertEqual(decoded.text, "工单编号\n1")
        XCTAssertEqual(decoded.encoding, .utf8WithBOM)
    }

    func testValidUTF8WithoutAMarkIsUTF8() throws {
        let decoded = try TextDecoding.decode(Array("受理时间,诉求内容\r\n".utf8))
        XCTAssertEqual(decoded.text, "受理时间,诉求内容\r\n")
        XCTAssertEqual(decoded.encoding, .utf8)
    }

    func testGBKIsDecodedAsGB18030() throws {
        let decoded = try TextDecoding.decode(gbkHeader + Array(",A\r\n".utf8))
        XCTAssertEqual(decoded.text, "工单编号,A\r\n")
        XCTAssertEqual(decoded.encoding, .gb18030)
    }

    func testFourByteGB18030CodesDecode() throws {
        // 「𠀀」 (U+20000, CJK Extension B) is four bytes in GB18030: 95 32 82 36.
        let decoded = try TextDecoding.decode(gbkHeader + [0x0A, 0x95, 0x32, 0x82, 0x36])
        XCTAssertEqual(decoded.text, "工单编号\n\u{20000}")
    }

    func testABadByteInAGBKFileNamesItsLine() {
        let bytes = gbkHeader + Array("\r\nA\r\n".utf8) + [0xFF] + Array("\r\n".utf8)
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            let failure = error as? ImportFailure
            XCTAssertEqual(failure?.line, 3)
            XCTAssertTrue(failure?.message.contains("0xFF") ?? false, failure?.message ?? "")
        }
    }

    func testABadByteAfterAMarkNamesItsLineInsteadOfGuessingGBK() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("工单编号\n1\n".utf8) + [0xC0, 0x0A]
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            XCTAssertEqual((error as? ImportFailure)?.line, 3)
            XCTAssertTrue((error as? ImportFailure)?.message.contains("UTF-8") ?? false)
        }
    }

    func testAUTF8HeaderWithADamagedLaterLineIsReportedAsDamagedUTF8() {
        let bytes = Array("工单编号\n一\n二".utf8) + [0xE4, 0xB8] + Array("\n".utf8)
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            XCTAssertEqual((error as? ImportFailure)?.line, 3)
        }
    }

    func testAGBKLeadByteCutOffAtTheEndOfTheFileIsAnError() {
        XCTAssertThrowsError(try TextDecoding.decode(gbkHeader + [0x0A, 0x0A, 0xB9])) { error in
            XCTAssertEqual((error as? ImportFailure)?.line, 3)
        }
    }
}
