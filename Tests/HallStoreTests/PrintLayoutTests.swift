import XCTest
@testable import HallStore

/// The text form of a slip and a notice, line for line, on both paper widths.
final class PrintLayoutTests: XCTestCase {
    static let slip = SlipPrintout.make(
        hallName: "顺德供电局乐从营业厅", slipNumber: "A012", businessName: "居民新装", customerKind: "居民",
        issuedAt: "2025-06-03 09:12", peopleAhead: 3, expectedWait: "约 10–15 分钟", priority: "绿色通道",
        formsToPrefill: ["低压居民用电申请表", "用电户信息确认及承诺书（居民客户）"], footer: "电力服务热线 95598")

    static let notice = NoticePrintout.make(
        hallName: "顺德供电局乐从营业厅", businessName: "非居民新装", customerKind: "非居民",
        missingDocuments: ["营业执照（或组织机构代码证）副本复印件", "法定代表人授权委托书及经办人身份证"],
        formsToBring: ["低压非居民用电申请表"], issuedAt: "2025-06-03 09:20", guideName: "陈导办",
        hallPhone: "0757-28812345", openingHours: "周一至周五 8:30–12:00，14:00–17:00")

    func testSlipOn58mm() {
        XCTAssertEqual(ReceiptText.lines(Self.slip, paper: .mm58), [
            "      顺德供电局乐从营业厅",
            "            轮候小票",
            "",
            "              A012",
            "",
            "--------------------------------",
            "业务：居民新装（居民）",
            "优先：绿色通道",
            "前面还有：3 人",
            "预计等候：约 10–15 分钟",
            "取号时间：2025-06-03 09:12",
            "--------------------------------",
            "等候时请先填好以下表单：",
            "1. 低压居民用电申请表",
            "2. 用电户信息确认及承诺书（居民",
            "   客户）",
            "--------------------------------",
            "请留意叫号屏和语音广播。错过叫号",
            "请尽快到导办台。本小票当日有效。",
            "",
            "       电力服务热线 95598",
        ])
    }

    func testSlipOn80mm() {
        XCTAssertEqual(ReceiptText.lines(Self.slip, paper: .mm80), [
            "              顺德供电局乐从营业厅",
            "                    轮候小票",
            "",
            "                      A012",
            "",
            "------------------------------------------------",
            "业务：居民新装（居民）",
            "优先：绿色通道",
            "前面还有：3 人",
            "预计等候：约 10–15 分钟",
            "取号时间：2025-06-03 09:12",
            "------------------------------------------------",
            "等候时请先填好以下表单：",
            "1. 低压居民用电申请表",
            "2. 用电户信息确认及承诺书（居民客户）",
            "------------------------------------------------",
            "请留意叫号屏和语音广播。错过叫号请尽快到导办台。",
            "本小票当日有效。",
            "",
            "               电力服务热线 95598",
        ])
    }

    func testASlipWithoutOptionalPartsLeavesThemOut() {
        let slip = SlipPrintout.make(hallName: "乐从营业厅", slipNumber: "B001", businessName: "电费缴纳", customerKind: "非居民",
                                     issuedAt: "08:31", peopleAhead: 0, expectedWait: "约 2 分钟")
        XCTAssertEqual(ReceiptText.lines(slip, paper: .mm58), [
            "           乐从营业厅",
            "            轮候小票",
            "",
            "              B001",
            "",
            "--------------------------------",
            "业务：电费缴纳（非居民）",
            "前面还有：0 人",
            "预计等候：约 2 分钟",
            "取号时间：08:31",
            "--------------------------------",
            "请留意叫号屏和语音广播。错过叫号",
            "请尽快到导办台。本小票当日有效。",
        ])
    }

    func testNoticeOn58mm() {
        XCTAssertEqual(ReceiptText.lines(Self.notice, paper: .mm58), [
            "      顺德供电局乐从营业厅",
            "          一次性告知单",
            "--------------------------------",
            "办理业务：非居民新装（非居民）",
            "告知时间：2025-06-03 09:20",
            "--------------------------------",
            "经核对，您还缺少以下资料：",
            "1. 营业执照（或组织机构代码证）",
            "   副本复印件",
            "2. 法定代表人授权委托书及经办人",
            "   身份证",
            "请一并带上以下表单：",
            "1. 低压非居民用电申请表",
            "--------------------------------",
            "以上为所缺的全部资料，一次告知。",
            "请带齐后再来，届时可直接取号办",
            "理。",
            "导办员：陈导办",
            "咨询电话：0757-28812345",
            "营业时间：周一至周五 8:30–",
            "12:00，14:00–17:00",
        ])
    }

    func testNoticeOn80mm() {
        XCTAssertEqual(ReceiptText.lines(Self.notice, paper: .mm80), [
            "              顺德供电局乐从营业厅",
            "                  一次性告知单",
            "------------------------------------------------",
            "办理业务：非居民新装（非居民）",
            "告知时间：2025-06-03 09:20",
            "------------------------------------------------",
            "经核对，您还缺少以下资料：",
            "1. 营业执照（或组织机构代码证）副本复印件",
            "2. 法定代表人授权委托书及经办人身份证",
            "请一并带上以下表单：",
            "1. 低压非居民用电申请表",
            "------------------------------------------------",
            "以上为所缺的全部资料，一次告知。请带齐后再来，届",
            "时可直接取号办理。",
            "导办员：陈导办",
            "咨询电话：0757-28812345",
            "营业时间：周一至周五 8:30–12:00，14:00–17:00",
        ])
    }

    func testANoticeWithOnlyMissingDocumentsHasNoFormsSection() {
        let notice = NoticePrintout.make(hallName: "乐从营业厅", businessName: "过户", customerKind: "居民",
                                         missingDocuments: ["原户主身份证"], formsToBring: [], issuedAt: "10:05", guideName: "陈导办")
        let lines = ReceiptText.lines(notice, paper: .mm80)
        XCTAssertTrue(lines.contains("1. 原户主身份证"))
        XCTAssertFalse(lines.contains("请一并带上以下表单："))
        XCTAssertFalse(lines.contains { $0.hasPrefix("咨询电话") || $0.hasPrefix("营业时间") })
    }

    func testTheTextFormIsTheLinesEachWithANewline() {
        let lines = ReceiptText.lines(Self.slip, paper: .mm58)
        XCTAssertEqual(ReceiptText.string(Self.slip, paper: .mm58), lines.joined(separator: "\n") + "\n")
    }

    func testNoLineIsWiderThanThePaperOrEndsInASpace() {
        for paper in PaperWidth.allCases {
            for printout in [Self.slip, Self.notice] {
                for line in ReceiptText.lines(printout, paper: paper) {
                    XCTAssertLessThanOrEqual(ReceiptWidth.of(line), paper.columns, line)
                    XCTAssertFalse(line.hasSuffix(" "), line)
                }
            }
        }
    }

    func testTheSlipNumberWrapsAtHalfThePaperBecauseItIsPrintedDoubleWidth() {
        let lines = ReceiptLayout.lines(Printout([.big("ABCDEFGHIJKLMNOPQRS")]), paper: .mm58)
        XCTAssertEqual(lines, [ReceiptLine("ABCDEFGHIJKLMNOP", emphasis: .large, centered: true),
                               ReceiptLine("QRS", emphasis: .large, centered: true)])
    }

    func testListNumbersAlignWhenThereAreTenOrMore() {
        let lines = ReceiptText.lines(Printout([.list((1...10).map { "资料\($0)" })]), paper: .mm58)
        XCTAssertEqual(lines.first, " 1. 资料1")
        XCTAssertEqual(lines.last, "10. 资料10")
    }

    func testControlCharactersArePrintedAsSpaces() {
        let lines = ReceiptText.lines(Printout([.text("居民\u{1B}@新装\n\u{1D}V\u{85}x")]), paper: .mm58)
        XCTAssertEqual(lines, ["居民 @新装  V x"])
    }
}
