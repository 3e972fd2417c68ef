import XCTest
@testable import HallStore

/// The `[printer]` table: the three kinds, and each mistake named in Chinese.
final class PrintConfigTests: XCTestCase {
    func testTheThreeKinds() throws {
        XCTAssertEqual(try PrinterConfig.parse(["kind": "file", "path": "/var/lib/halldesk/receipts.txt", "paper": "58mm"]),
                       PrinterConfig(destination: .file(path: "/var/lib/halldesk/receipts.txt"), paper: .mm58))
        XCTAssertEqual(try PrinterConfig.parse(["kind": "lp", "queue": "hall-receipt", "paper": "80mm"]),
                       PrinterConfig(destination: .lp(queue: "hall-receipt"), paper: .mm80))
        XCTAssertEqual(try PrinterConfig.parse(["kind": "escpos", "path": "/dev/usb/lp0", "paper": "80mm"]),
                       PrinterConfig(destination: .escpos(device: "/dev/usb/lp0"), paper: .mm80))
    }

    func testEachKindMakesItsBackend() {
        let file = PrinterConfig(destination: .file(path: "/tmp/r.txt"), paper: .mm58).makePrinter()
        XCTAssertEqual((file as? FilePrinter)?.path, "/tmp/r.txt")
        XCTAssertEqual(file.paper, .mm58)
        XCTAssertEqual((PrinterConfig(destination: .lp(queue: "q"), paper: .mm80).makePrinter() as? LPPrinter)?.queue, "q")
        XCTAssertEqual((PrinterConfig(destination: .escpos(device: "/dev/usb/lp0"), paper: .mm80).makePrinter() as? ESCPOSPrinter)?.device,
                       "/dev/usb/lp0")
    }

    func testMistakesAreNamed() {
        let cases: [([String: String], String)] = [
            (["kind": "file", "path": "/tmp/r", "paper": "58mm", "paht": "x"], "不认识的设置项 paht（可用的有 kind、path、queue、paper）"),
            (["kind": "file", "path": "/tmp/r"], "缺少 paper（纸宽），应为 \"58mm\" 或 \"80mm\""),
            (["kind": "file", "path": "/tmp/r", "paper": "76mm"], "paper = \"76mm\" 无效，应为 \"58mm\" 或 \"80mm\""),
            (["path": "/tmp/r", "paper": "58mm"], "缺少 kind，应为 \"file\"、\"lp\" 或 \"escpos\""),
            (["kind": "usb", "path": "/tmp/r", "paper": "58mm"], "kind = \"usb\" 无效，应为 \"file\"、\"lp\" 或 \"escpos\""),
            (["kind": "file", "queue": "q", "path": "/tmp/r", "paper": "58mm"], "kind = \"file\" 不使用 queue，请删去它，只写 path"),
            (["kind": "escpos", "path": "", "paper": "58mm"], "kind = \"escpos\" 需要填写 path"),
            (["kind": "lp", "paper": "58mm"], "kind = \"lp\" 需要填写 queue"),
            (["kind": "lp", "queue": "-o", "paper": "58mm"], "queue = \"-o\" 不是有效的 CUPS 队列名（不能以 - 开头，不能含空格、/ 或 #）"),
            (["kind": "lp", "queue": "hall 1", "paper": "58mm"], "queue = \"hall 1\" 不是有效的 CUPS 队列名（不能以 - 开头，不能含空格、/ 或 #）"),
        ]
        for (table, problem) in cases {
            XCTAssertThrowsError(try PrinterConfig.parse(table), "\(table)") { error in
                XCTAssertEqual(error as? PrintFailure, .badConfig(problem: problem))
            }
        }
        XCTAssertEqual(PrintFailure.badConfig(problem: "缺少 kind").message,
                       "打印机设置（hall.toml 的 [printer] 表）有误：缺少 kind。请改正后重新启动 HallDesk。")
    }
}
