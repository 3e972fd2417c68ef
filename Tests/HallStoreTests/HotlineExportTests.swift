import HallDomain
import XCTest
@testable import HallStore

/// A 95598 export read into intakes: columns by header name, times in the hall's zone,
/// and every row that cannot be an order reported with its line and reason.
final class HotlineExportTests: XCTestCase {
    private let categories = [WorkOrderCategory(code: "FWTD", name: "服务态度", major: false),
                              WorkOrderCategory(code: "TD", name: "停电", major: false),
                              WorkOrderCategory(code: "DYZL", name: "电压质量（电压低、电压波动）", major: false)]

    private func export(_ text: String) throws -> HotlineExport {
        try HotlineExport(bytes: Array(text.utf8), categories: categories, timeZone: siteZone, station: "天河供电所")
    }

    private func shanghai(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = siteZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text)!
    }

    func testColumnsAreFoundByNameInAnyOrderUnderTheirAliases() throws {
        let read = try export("""
        备注,诉求内容,工单号,受理日期,工单类型,诉求分类,户名,电话,户号,地址,供电所,台区,城乡类型,客户类型,紧急程度
        回访过,电压低，空调启动不了,95598-1,2026-11-23 09:15,投诉,dyzl,吴先生,13300133000,0302220001,长湴路9号,龙洞供电所,长湴,农村,非居民,紧急

        """)
        XCTAssertEqual(read.bad, [])
        XCTAssertEqual(read.notes, [ImportNote(line: 1, "以下列不导入，已忽略：备注")])
        let row = try XCTUnwrap(read.good.first)
        XCTAssertEqual(row.line, 2)
        XCTAssertEqual(row.intake, WorkOrderIntake(
            kind: .complaint, source: .hotline95598, category: "DYZL",
            customer: Customer(name: "吴先生", phone: "13300133000", accountNumber: "0302220001", address: "长湴路9号", area: "长湴",
                               station: "龙洞供电所", areaType: .rural, kind: .nonResidential),
            description: "电压低，空调启动不了", hotlineNumber: "95598-1", markedMajor: true, receivedAt: shanghai("2026-11-23 09:15:00")))
    }

    func testTheFourDateFormatsReadAsTheHallsWallClock() throws {
        let read = try export("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容
        1,2026-11-23 09:15:00,咨询,TD,甲
        2,2026-11-23 09:15,咨询,TD,乙
        3,2026/11/23 9:15,咨询,TD,丙
        4,2026/11/3 9:05:07,咨询,TD,丁
        """)
        XCTAssertEqual(read.good.map(\.intake.receivedAt), [shanghai("2026-11-23 09:15:00"), shanghai("2026-11-23 09:15:00"),
                                                           shanghai("2026-11-23 09:15:00"), shanghai("2026-11-03 09:05:07")])
        XCTAssertEqual(read.good.first?.intake.receivedAt, Date(timeIntervalSince1970: 1_795_396_500), "01:15 UTC")
    }

    func testDatesThatAreNoRealTimeAreRowErrors() throws {
        let read = try export("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容
        1,2026-02-29 09:15,咨询,TD,甲
        2,2026-11-23 24:00,咨询,TD,乙
        3,2026年11月23日,咨询,TD,丙
        4,23/11/2026 09:15,咨询,TD,丁
        5,2026-11-23 9:5,咨询,TD,戊
        """)
        XCTAssertEqual(read.good, [])
        XCTAssertEqual(read.bad.map(\.line), [2, 3, 4, 5, 6])
        XCTAssertTrue(read.bad[2].reason.hasPrefix("受理时间“2026年11月23日”看不懂，请写成 2026-11-23 09:15:00"), read.bad[2].reason)
    }

    func testKindAliasesAndCategoriesByCodeOrName() throws {
        let read = try export("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容,城乡类别
        1,2026-11-23 09:15,故障报修,停电,没电,偏远
        2,2026-11-23 09:15,投诉,服务态度,态度差,
        3,2026-11-23 09:15,咨询,电压质量,电压低,城市
        4,2026-11-23 09:15,表扬,电压质量（电压低、电压波动）,谢谢,城市
        """)
        XCTAssertEqual(read.bad, [])
        XCTAssertEqual(read.good.map(\.intake.kind), [.faultReport, .complaint, .enquiry, .praise])
        XCTAssertEqual(read.good.map(\.intake.category), ["TD", "FWTD", "DYZL", "DYZL"])
        XCTAssertEqual(read.good.map(\.intake.customer.areaType), [.remote, .city, .city, .city])
    }

    func testAFaultReportWithoutAreaTypeCountsAsCityAndSaysSo() throws {
        let read = try export("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容
        F1,2026-11-23 09:15,报障,TD,没电
        Q1,2026-11-23 09:15,咨询,TD,何时来电
        """)
        XCTAssertEqual(read.good.map(\.intake.customer.areaType), [.city, .city])
        XCTAssertEqual(read.notes, [ImportNote(line: 2, "报障工单 F1 没有填城乡类别，按城市计算到达现场时限")],
                       "only the fault report's deadline depends on it")
        XCTAssertEqual(read.good.first?.intake.customer.station, "天河供电所", "no 供电单位: the hall's own station")
        XCTAssertEqual(read.good.first?.intake.customer.area, "天河供电所", "no 所属区域: the station")
        XCTAssertEqual(read.good.first?.intake.customer.kind, .residential)
    }

    func testTheCallCentresNamesMatchByAliasAndAnUnknownOneReadsAsUnclassified() throws {
        let read = try HotlineExport(bytes: Array("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容
        1,2026-11-23 09:15,投诉,电压不稳,晚上灯暗
        2,2026-11-23 09:20,意见,新能源充电设施,充电桩报装慢

        """.utf8), categories: categories, aliases: ["电压不稳": "DYZL"], timeZone: siteZone, station: "天河供电所")
        XCTAssertEqual(read.bad, [], "an unknown category is no reason to leave a complaint outside")
        XCTAssertEqual(read.good.map(\.intake.category), ["DYZL", "DGL"])
        XCTAssertEqual(read.good.map(\.intake.reportedCategory), [nil, "新能源充电设施"])
        XCTAssertEqual(read.notes.map(\.description),
                       ["第 3 行：工单 2 的诉求类别“新能源充电设施”不在分类表和别名表里，按待归类受理，请协调员归类"])
    }

    func testTheAreaComesFromTheAddressByTheSameRuleAsANewOrder() throws {
        let areas = AreaRules(areas: [ServiceArea(name: "长湴", station: "天河供电所", areaType: .rural, keywords: ["长湴"]),
                                      ServiceArea(name: "龙洞村", station: "龙洞供电所", areaType: .rural, keywords: ["龙洞"])])
        let read = try HotlineExport(bytes: Array("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容,用电地址,所属区域
        1,2026-11-23 09:15,报障,停电,停电,长湴路9号,
        2,2026-11-23 09:20,投诉,停电,停电,龙洞村三巷5号,
        3,2026-11-23 09:25,投诉,停电,停电,天河路1号,
        4,2026-11-23 09:30,投诉,停电,停电,龙洞村三巷6号,长湴

        """.utf8), categories: categories, areas: areas, timeZone: siteZone, station: "天河供电所")
        let customers = read.good.map(\.intake.customer)
        let placed = areas.place(address:area:station:areaType:hallStation:)
        XCTAssertEqual(customers[0].area, try placed("长湴路9号", nil, nil, nil, "天河供电所").area, "what order new would say")
        XCTAssertEqual(customers.map(\.area), ["长湴", "龙洞村", "天河供电所", "长湴"])
        XCTAssertEqual(customers.map(\.station), ["天河供电所", "龙洞供电所", "天河供电所", "天河供电所"])
        XCTAssertEqual(customers[0].areaType, .rural, "the area's type: a fault report's arrival clock runs at the rural 90 minutes")
        XCTAssertEqual(read.notes.map(\.description),
                       ["第 4 行：工单 3：地址里没有 areas.toml 中的路名、街名或村名，片区按 天河供电所 登记，请核对属地"],
                       "the typed 所属区域 wins over the address, as --area does")
    }

    func testAMissingRequiredHeaderIsNamedWithTheNamesItMayGoBy() {
        XCTAssertThrowsError(try export("工单编号,业务类型,诉求类别,内容\n1,咨询,TD,甲\n")) { error in
            let failure = error as? ImportFailure
            XCTAssertEqual(failure?.line, 1)
            XCTAssertEqual(failure?.message, "表头缺少必需的列：“受理时间”（可写作：受理时间、受理日期、来电时间、工单受理时间）；"
                + "“诉求内容”（可写作：诉求内容、受理内容、工单内容、来电内容）。必需的列有：工单编号、受理时间、业务类型、诉求类别、诉求内容。第一行须是表头。")
        }
    }

    func testTwoHeadersForOneColumnAreRefused() {
        XCTAssertThrowsError(try export("工单编号,工单号,受理时间,业务类型,诉求类别,诉求内容\n")) { error in
            XCTAssertEqual((error as? ImportFailure)?.message, "表头里“工单编号”和“工单号”都是“工单编号”列，不知道该读哪一列。请删去或改名其中一列。")
        }
    }

    func testEveryProblemOfABadRowIsListedWithItsPhysicalLine() throws {
        let read = try export("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容,重要程度
        1,2026-11-23 09:15,咨询,TD,"很长的
        内容",
        ,2026-11-23 09:15,催办,电动汽车,,很急
        3,2026-11-23 09:15,咨询,TD,甲,,多出的一列
        1,2026-11-23 09:15,咨询,TD,重复的编号,
        """)
        XCTAssertEqual(read.good.map(\.line), [2])
        XCTAssertEqual(read.bad, [
            // An unknown 诉求类别 is no longer a problem of the row: it reads as 待归类; nor are an
            // unknown 业务类型 or 重要程度 and an empty 诉求内容 (issue 14): only the missing number is.
            RowProblem(line: 4, "缺少工单编号"),
            RowProblem(line: 5, "本行有 7 列，比表头的 6 列多；内容里的逗号可能没有加双引号"),
            RowProblem(line: 6, "工单编号 1 与第 2 行重复，同一工单只导入一次"),
        ])
    }

    func testANumberExcelTurnedIntoScientificNotationIsNotTaken() throws {
        let read = try export("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容
        2.02609E+12,2026-11-23 09:15,咨询,TD,甲
        2026093000001,2026-11-23 09:15,咨询,TD,乙
        95598-2E+1,2026-11-23 09:15,咨询,TD,丙
        """)
        XCTAssertEqual(read.bad, [RowProblem(line: 2, "工单编号“2.02609E+12”已被 Excel 改成科学计数法，原编号已丢失；请从 95598 系统重新导出，不要在 Excel 里另存")])
        XCTAssertEqual(read.good.map(\.intake.hotlineNumber), ["2026093000001", "95598-2E+1"])
    }

    func testBlankLinesAndTrailingCommasAreNotRows() throws {
        let read = try export("工单编号,受理时间,业务类型,诉求类别,诉求内容\r\n\r\n1,2026-11-23 09:15,咨询,TD,甲,,\r\n,,,,\r\n")
        XCTAssertEqual(read.rows.count, 1)
        XCTAssertEqual(read.good.map(\.line), [3])
    }

    func testAFileWithNothingInItIsRefused() {
        XCTAssertThrowsError(try export("\n,,\n")) { error in
            XCTAssertEqual((error as? ImportFailure)?.message, "文件是空的：没有表头，也没有工单。")
        }
    }

    /// Issue 14: only a row with no number, no time, or that cannot be read is a bad row. An
    /// unknown or empty 业务类型 comes in on a complaint's clocks marked 待核, an empty 诉求内容
    /// comes in marked, and unknown words in the columns that only refine an order are read as
    /// empty; each is said in a note so nothing is defaulted silently.
    func testUnknownWordsAndEmptyContentImportMarkedNotRefused() throws {
        let read = try export("""
        工单编号,受理时间,业务类型,诉求类别,诉求内容,城乡类别,客户类别,重要程度
        A1,2026-11-23 09:15,工单督办,TD,停电两天了,山区,大客户,很急
        A2,2026-11-23 09:20,,服务态度,,,,
        A3,2026-11-23 09:25,咨询,,电价怎么算,,,
        ,2026-11-23 09:30,投诉,TD,没有编号,,,
        A5,,投诉,TD,没有时间,,,
        """)
        XCTAssertEqual(read.good.map(\.line), [2, 3, 4])
        XCTAssertEqual(read.bad, [RowProblem(line: 5, "缺少工单编号"), RowProblem(line: 6, "缺少受理时间")])
        let intakes = read.good.map(\.intake)
        XCTAssertEqual(intakes.map(\.kind), [.complaint, .complaint, .enquiry])
        XCTAssertEqual(intakes.map(\.reportedKind), ["工单督办", "", nil])
        XCTAssertEqual(intakes.map(\.description), ["停电两天了", "", "电价怎么算"])
        XCTAssertEqual(intakes.map(\.category), ["TD", "FWTD", WorkOrderCategory.unclassified.code])
        XCTAssertEqual(intakes[0].customer.areaType, .city)
        XCTAssertEqual(intakes[0].customer.kind, .residential)
        XCTAssertFalse(intakes[0].markedMajor)
        XCTAssertEqual(read.notes.map(\.description), [
            "第 2 行：工单 A1 的城乡类别“山区”不认识（可填：\(HotlineValues.listing(HotlineValues.areaTypes))），按片区判断",
            "第 2 行：工单 A1 的客户类别“大客户”不认识（可填：\(HotlineValues.listing(HotlineValues.customerKinds))），按居民受理",
            "第 2 行：工单 A1 的重要程度“很急”不认识（可填：\(HotlineValues.listing(HotlineValues.importance))），按分类判断是否重大",
            "第 2 行：工单 A1 的业务类型“工单督办”不认识（可填：咨询、报障、意见、建议、投诉、表扬、举报），按投诉的时限受理，标为业务类型待核",
            "第 3 行：工单 A2 没有填业务类型，按投诉的时限受理，标为业务类型待核",
            "第 3 行：工单 A2 诉求内容为空，照常受理并标出，请在首次联系时向客户问明",
            "第 4 行：工单 A3 没有填诉求类别，按待归类受理，请协调员归类",
        ])
    }
}
