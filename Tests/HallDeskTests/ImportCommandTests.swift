import Foundation
import XCTest

/// `halldesk import 95598` on the fixture exports (written by make_fixtures.py with
/// Python's codecs, not by the reader under test), checked through the log itself.
final class ImportCommandTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/95598")

    private func fixture(_ name: String) -> String {
        Self.fixtures.appendingPathComponent(name).path
    }

    private func dataFolder() throws -> (halldesk: URL, data: String, folder: URL) {
        let halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        let data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
        return (halldesk, data, folder)
    }

    private func logBytes(_ data: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: data).appendingPathComponent("events.log"))
    }

    private func importing(_ halldesk: URL, _ data: String, _ file: String, _ flags: [String] = []) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, ["import", "95598", file, "--data", data, "--staff", "K01"] + flags)
    }

    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    /// Every record's body in the log, by type, in order.
    private func bodies(_ halldesk: URL, _ data: String, type: String) throws -> [[String: Any]] {
        let tail = try runCapturing(halldesk, ["log", "tail", "--no-follow", "--json", "--after", "0", "--data", data])
        XCTAssertEqual(tail.status, 0, tail.errors)
        return try tail.output.split(separator: "\n").map { try object(String($0)) }
            .filter { $0["type"] as? String == type }.compactMap { $0["body"] as? [String: Any] }
    }

    func testBrokenRowsWriteNothingAndAreListedWithTheirLines() throws {
        let (halldesk, data, _) = try dataFolder()
        let before = try logBytes(data)
        let gbk = try importing(halldesk, data, fixture("gbk-crlf-two-bad.csv"))
        XCTAssertEqual(gbk.status, 1)
        let lines = gbk.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\(fixture("gbk-crlf-two-bad.csv"))：5 行工单，编码 GB18030/GBK。")
        // Line 4's category is none of the hall's: no longer a bad row, it comes in as 待归类.
        XCTAssertFalse(lines.contains { $0.hasPrefix("  第 4 行：诉求类别") }, gbk.output)
        XCTAssertTrue(lines.contains("  第 4 行：工单 2026100300002 的诉求类别“电动汽车充电”不在分类表和别名表里，按待归类受理，请协调员归类"), gbk.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  第 5 行：受理时间“2026年10月4日 上午”看不懂") }, gbk.output)
        XCTAssertTrue(lines.contains("  第 1 行：以下列不导入，已忽略：处理时限"), gbk.output)
        XCTAssertTrue(gbk.errors.contains("有 1 行有问题，什么都没有写入。"), gbk.errors)
        let bom = try importing(halldesk, data, fixture("utf8-bom-multiline.csv"), ["--json"])
        XCTAssertEqual(bom.status, 1)
        let report = try object(bom.output)
        XCTAssertEqual(report["written"] as? Bool, false)
        XCTAssertEqual((report["bad"] as? [[String: Any]])?.map { $0["line"] as? Int }, [7], "the row after two multi-line rows starts on line 7")
        XCTAssertEqual((report["bad"] as? [[String: Any]])?.first?["reason"] as? String, "受理时间晚于现在，请核对受理时间（或本机时钟）")
        XCTAssertEqual(try logBytes(data), before, "nothing half-imported")
    }

    func testSkipBadImportsTheGoodRowsWithDeadlinesFromTheCallCentresTime() throws {
        let (halldesk, data, _) = try dataFolder()
        let run = try importing(halldesk, data, fixture("gbk-crlf-two-bad.csv"), ["--skip-bad", "--json"])
        XCTAssertEqual(run.status, 0, run.errors)
        let report = try object(run.output)
        XCTAssertEqual(report["written"] as? Bool, true)
        XCTAssertEqual(report["encoding"] as? String, "gb18030")
        let imported = try XCTUnwrap(report["imported"] as? [[String: Any]])
        XCTAssertEqual(imported.map { $0["line"] as? Int }, [2, 3, 4, 6])
        XCTAssertEqual(imported.map { $0["order"] as? String }, ["GD000001", "GD000002", "GD000003", "GD000004"])
        XCTAssertEqual(imported.map { $0["hotline"] as? String }, ["2026093000001", "2026100200007", "2026100300002", "2026100500003"])
        XCTAssertEqual((report["bad"] as? [[String: Any]])?.map { $0["line"] as? Int }, [5])
        XCTAssertEqual(report["unclassified"] as? Int, 1, "电动汽车充电 is no category of the hall's")

        let received = try bodies(halldesk, data, type: "workOrderRegistered")
        XCTAssertEqual(received.count, 4)
        XCTAssertEqual(received[0]["receivedAt"] as? String, "2026-09-30T08:00:00Z")
        XCTAssertEqual(received[0]["firstContactDue"] as? String, "2026-10-08T08:00:00Z", "2026-10-08 16:00 in Shanghai, across National Day")
        XCTAssertEqual(received[0]["replyDue"] as? String, "2026-10-13T08:00:00Z", "five working days, Saturday 10-10 a make-up workday")
        XCTAssertEqual(received[0]["description"] as? String, "营业员态度生硬，未说明电费构成", "GBK read as Chinese")
        XCTAssertEqual((received[0]["customer"] as? [String: Any])?["name"] as? String, "林美玲")
        XCTAssertEqual(received[1]["kind"] as? String, "faultReport", "故障报修 is a fault report")
        XCTAssertEqual(received[1]["arrivalDue"] as? String, "2026-10-02T02:45:00Z", "90 minutes from 09:15 in the countryside")
        XCTAssertEqual(received[2]["category"] as? String, "DGL")
        XCTAssertEqual(received[2]["reportedCategory"] as? String, "电动汽车充电")
        XCTAssertEqual(received.map { $0["source"] as? String }, ["hotline95598", "hotline95598", "hotline95598", "hotline95598"])
    }

    func testImportingTheSameFileAgainAddsNothing() throws {
        let (halldesk, data, _) = try dataFolder()
        let first = try importing(halldesk, data, fixture("clean-utf8.csv"))
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertTrue(first.output.contains("已导入 2 张：GD000001–GD000002。"), first.output)
        XCTAssertTrue(first.output.contains("第 2 行：报障工单 2026112000021 没有填城乡类别，按城市计算到达现场时限"), first.output)
        let after = try logBytes(data)
        let again = try importing(halldesk, data, fixture("clean-utf8.csv"))
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertTrue(again.output.contains("没有新的工单可导入。"), again.output)
        XCTAssertTrue(again.output.contains("已导入过，跳过 2 张：2026112000021、2026112000022"), again.output)
        XCTAssertEqual(try logBytes(data), after)
        XCTAssertEqual(try bodies(halldesk, data, type: "workOrderRegistered").count, 2)
    }

    func testTwoTerminalsImportingTheSameFileAtOnceReceiveEachOrderOnce() throws {
        let (halldesk, data, folder) = try dataFolder()
        let arguments = ["import", "95598", fixture("utf8-bom-multiline.csv"), "--data", data, "--staff", "K01", "--skip-bad", "--json"]
        let workers = try (0..<4).map { _ in try start(halldesk.path, arguments, folder: folder) }
        var imported: [String] = []
        for worker in workers {
            let (status, lines) = try worker.finish()
            XCTAssertEqual(status, 0, lines.joined(separator: "\n"))
            let report = try object(try XCTUnwrap(lines.first { $0.hasPrefix("{") }))
            imported += (report["imported"] as? [[String: Any]])?.compactMap { $0["order"] as? String } ?? []
            XCTAssertEqual((report["bad"] as? [[String: Any]])?.map { $0["line"] as? Int }, [7], "orders another terminal took are skipped, not bad")
        }
        XCTAssertEqual(imported.sorted(), ["GD000001", "GD000002", "GD000003"], "one terminal wins, the others find them imported")
        XCTAssertEqual(try bodies(halldesk, data, type: "workOrderRegistered").map { $0["hotlineNumber"] as? String },
                       ["2026111000011", "2026111000012", "2026111000014"])
    }

    func testQuotedMultiLineContentArrivesWholeFromAUTF8FileWithAMark() throws {
        let (halldesk, data, _) = try dataFolder()
        let run = try importing(halldesk, data, fixture("utf8-bom-multiline.csv"), ["--skip-bad", "--json"])
        XCTAssertEqual(run.status, 0, run.errors)
        let report = try object(run.output)
        XCTAssertEqual(report["encoding"] as? String, "utf8WithBOM")
        XCTAssertEqual((report["imported"] as? [[String: Any]])?.map { $0["line"] as? Int }, [2, 5, 8])
        let received = try bodies(halldesk, data, type: "workOrderRegistered")
        XCTAssertEqual(received.map { $0["description"] as? String }, [
            "有人夜间拆走变压器旁的电缆，\n已经两次，\n请尽快处理", "晚上电压低，空调\"启动不了\"，\n冰箱也时停时开", "新装, 增容要多久？",
        ])
        XCTAssertEqual(received.map { $0["hotlineNumber"] as? String }, ["2026111000011", "2026111000012", "2026111000014"])
        XCTAssertEqual(received.map { $0["major"] as? Bool }, [true, false, false])
        XCTAssertEqual((received[2]["customer"] as? [String: Any])?["kind"] as? String, "nonResidential")
        XCTAssertEqual(try bodies(halldesk, data, type: "workOrderEscalated").map { $0["order"] as? String }, ["GD000001"],
                       "the major order goes up to the station head as it is received")
    }

    func testDryRunReportsWithoutWriting() throws {
        let (halldesk, data, _) = try dataFolder()
        let before = try logBytes(data)
        let run = try importing(halldesk, data, fixture("clean-utf8.csv"), ["--dry-run"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.contains("可导入 2 张：GD000001–GD000002。"), run.output)
        XCTAssertTrue(run.output.hasSuffix("试运行，什么都没有写入。正式导入会把这 2 张工单作为一批写入：全部记下或一张也不记。\n"), run.output)
        XCTAssertEqual(try logBytes(data), before)
    }

    /// Once refused above 1 MiB with advice to split the file; now any size is one batch,
    /// and the dry run says what the real run then does.
    func testAFileOfManyMebibytesIsImportedAsOneBatch() throws {
        let (halldesk, data, folder) = try dataFolder()
        let long = String(repeating: "停电", count: 300)
        let rows = (1...1_500).map { "H\($0),2026-11-20 09:00,咨询,TD,\(long)" }
        let big = folder.appendingPathComponent("big.csv")
        try Data((["工单编号,受理时间,业务类型,诉求类别,诉求内容"] + rows).joined(separator: "\n").utf8).write(to: big)
        let before = try logBytes(data)
        let dry = try importing(halldesk, data, big.path, ["--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertTrue(dry.output.contains("正式导入会把这 1500 张工单作为一批写入"), dry.output)
        XCTAssertEqual(try logBytes(data), before)

        let run = try importing(halldesk, data, big.path)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertFalse(run.errors.contains("拆"), run.errors)
        XCTAssertTrue(run.output.contains("已导入 1500 张：GD000001–GD001500。"), run.output)
        let log = try logBytes(data)
        XCTAssertGreaterThan(log.count - before.count, 3 << 20)
        XCTAssertEqual(appendedTypes(log, since: before), ["batchOpened", "actedOnBehalf"] + Array(repeating: "workOrderRegistered", count: 1_500))
        XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0)
    }

    func testADryRunWithBadRowsSaysTheRealRunWritesNothing() throws {
        let (halldesk, data, _) = try dataFolder()
        let dry = try importing(halldesk, data, fixture("gbk-crlf-two-bad.csv"), ["--dry-run"])
        // Four: line 4's unknown category comes in as 待归类; only line 5 is bad.
        XCTAssertTrue(dry.output.contains("正式导入时因有问题的行什么都不会写入（加 --skip-bad 则导入其余 4 张）。"), dry.output)
        let skipping = try importing(halldesk, data, fixture("gbk-crlf-two-bad.csv"), ["--dry-run", "--skip-bad"])
        XCTAssertTrue(skipping.output.contains("正式导入会把这 4 张工单作为一批写入"), skipping.output)
    }

    func testAFileThatIsNoExportAndSomeoneWhoMayNotReceiveAreRefused() throws {
        let (halldesk, data, folder) = try dataFolder()
        let before = try logBytes(data)
        let headerless = folder.appendingPathComponent("no-header.csv")
        try Data("工单编号,业务类型,诉求类别,诉求内容\n1,咨询,TD,甲\n".utf8).write(to: headerless)
        let missing = try importing(halldesk, data, headerless.path)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("第 1 行：表头缺少必需的列：“受理时间”（可写作：受理时间、受理日期、来电时间、工单受理时间）"), missing.errors)
        let damaged = folder.appendingPathComponent("damaged.csv")
        try Data("工单编号,受理时间,业务类型,诉求类别,诉求内容\n1,2026-11-20 09:00,咨询,TD,甲\n2,2026-11-20 09:00,咨询,TD,".utf8 + [0xE7, 0x94] + "\n".utf8)
            .write(to: damaged)
        let undecodable = try importing(halldesk, data, damaged.path)
        XCTAssertEqual(undecodable.status, 1)
        XCTAssertTrue(undecodable.errors.contains("第 3 行：有无法识别的字节"), undecodable.errors)
        let department = try runCapturing(halldesk, ["import", "95598", fixture("clean-utf8.csv"), "--data", data, "--staff", "D01"])
        XCTAssertEqual(department.status, 1)
        XCTAssertTrue(department.errors.contains("专业部门经办人不能受理工单"), department.errors)
        XCTAssertEqual(appendedTypes(try logBytes(data), since: before), ["batchOpened", "actedOnBehalf", "actionDenied"],
                       "no order, only the denial (after the admin, root, playing the member)")
    }
}
