import XCTest
@testable import HallStore

/// ESC/POS bytes, derived by hand. The GB18030 codes were checked against Python's own
/// `gb18030` codec, which shares no code with glibc's iconv: 营 D3AA, 业 D2B5, 厅 CCFC,
/// 小 D0A1, 票 C6B1, 前 C7B0, 面 C3E6, 人 C8CB, 表 B1ED, – A843, （ A3A8, ） A3A9.
final class PrintESCPOSTests: XCTestCase {
    func testAShortSlipsBytesOn58mm() throws {
        let slip = Printout([.title("营业厅"), .centered("小票"), .big("A012"), .rule, .text("前面 3 人"), .list(["表"])])
        let expected: [UInt8] = [
            0x1B, 0x40,                                     // ESC @: reset
            0x1C, 0x26,                                     // FS &: Chinese mode
            0x1B, 0x61, 0x01,                               // ESC a 1: centre
            0x1B, 0x45, 0x01,                               // ESC E 1: bold
            0xD3, 0xAA, 0xD2, 0xB5, 0xCC, 0xFC, 0x0A,       // 营业厅
            0x1B, 0x45, 0x00,                               // bold off
            0xD0, 0xA1, 0xC6, 0xB1, 0x0A,                   // 小票
            0x1D, 0x21, 0x11,                               // GS ! 0x11: double width and height
            0x41, 0x30, 0x31, 0x32, 0x0A,                   // A012
            0x1B, 0x61, 0x00,                               // left
            0x1D, 0x21, 0x00,                               // normal size
        ] + [UInt8](repeating: 0x2D, count: 32) + [0x0A] + [
            0xC7, 0xB0, 0xC3, 0xE6, 0x20, 0x33, 0x20, 0xC8, 0xCB, 0x0A, // 前面 3 人
            0x31, 0x2E, 0x20, 0xB1, 0xED, 0x0A,             // 1. 表
            0x1D, 0x56, 0x42, 0x00,                         // GS V 66 0: feed to the cutter, partial cut
        ]
        let bytes = try ESCPOS.encode(slip, paper: .mm58)
        XCTAssertEqual(hex(bytes), hex(expected))
    }

    func testGB18030CodesOfPunctuationTheSlipsUse() throws {
        XCTAssertEqual(try GB18030.encode("营（–）"), [0xD3, 0xAA, 0xA3, 0xA8, 0xA8, 0x43, 0xA3, 0xA9])
    }

    func testFourByteCodesBecomeQuestionMarks() throws {
        XCTAssertEqual(try GB18030.encode("A😀营𠀀"), [0x41, 0x3F, 0xD3, 0xAA, 0x3F])
    }

    func testTheWholeSlipReachesThePrinterAndTextCannotCarryCommands() throws {
        let slip = SlipPrintout.make(hallName: "乐从营业厅\u{1D}V\u{1}", slipNumber: "A012", businessName: "居民新装",
                                     customerKind: "居民", issuedAt: "09:12", peopleAhead: 3, expectedWait: "约 10–15 分钟")
        let bytes = try ESCPOS.encode(slip, paper: .mm80)
        XCTAssertEqual(Array(bytes.prefix(4)), [0x1B, 0x40, 0x1C, 0x26])
        XCTAssertEqual(Array(bytes.suffix(4)), [0x1D, 0x56, 0x42, 0x00])
        XCTAssertEqual(bytes.count { $0 == 0x1D }, 3, "the slip number's size on and off, and the cut: none from the hall name")
        XCTAssertEqual(bytes.count { $0 == 0x0A }, ReceiptLayout.lines(slip, paper: .mm80).count)
        let number: [UInt8] = [0x1D, 0x21, 0x11, 0x41, 0x30, 0x31, 0x32, 0x0A]
        XCTAssertNotNil(bytes.indices.first { Array(bytes[$0...].prefix(number.count)) == number }, "A012 printed large")
    }

    func testAFailureSaysWhatToDoInChinese() {
        XCTAssertTrue(PrintFailure.encodingUnavailable.message.contains("GB18030"))
        XCTAssertTrue(PrintFailure.encodingUnavailable.message.contains("本次未打印"))
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}
