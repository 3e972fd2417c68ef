import XCTest
import HallDomain
@testable import HallStore

/// The shipped catalog loads with the facts a Guangdong hall relies on, and each rule that
/// keeps a catalog usable refuses a broken seed with a message naming the file and field.
final class SeedCatalogTests: XCTestCase {
    // MARK: the shipped seeds

    func testTheShippedCatalogLoads() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        XCTAssertEqual(catalog.hall.name, "顺德供电局乐从营业厅")
        XCTAssertGreaterThanOrEqual(catalog.businessTypes.count, 15)
        XCTAssertEqual(catalog.queues.map(\.letter), ["A", "B", "C", "D"])
        XCTAssertEqual(catalog.counters.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(catalog.counter(number: 5)?.queues, ["C", "B", "D", "A"])
        XCTAssertEqual(catalog.counters.filter(\.callNextFinishes).map(\.number), [1], "the payment counter: one key per customer")
        XCTAssertEqual(catalog.rules, QueueRules(recallLimit: 3, reinstateMinutes: 30, priority: PriorityRule(streakLimit: 2, ordinaryWaitCapMinutes: 30)))
        XCTAssertEqual(catalog.roster.member(login: "root")?.roles, [.admin, .manager])
    }

    func testTheShippedBusinessTypesCarryRealChecklists() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        func type(_ code: String) throws -> BusinessType { try XCTUnwrap(catalog.businessType(code: code), code) }

        let newHome = try type("JMXZ")
        XCTAssertEqual(newHome.name, "居民新装")
        XCTAssertEqual(newHome.queue, "C")
        XCTAssertTrue(newHome.aliases.contains("xz"))
        XCTAssertTrue(newHome.checklist(for: .residential).contains("用电人身份证原件"))
        XCTAssertTrue(newHome.checklist(for: .residential).contains("房屋产权证明（房产证或购房合同）"))
        XCTAssertTrue(newHome.checklist(for: .nonResidential).contains("营业执照（统一社会信用代码证）"))
        XCTAssertTrue(newHome.forms.contains("《居民生活用电申请表》"))

        let transfer = try type("GH")
        XCTAssertTrue(transfer.checklist(for: .residential).contains("电费缴清证明"), "过户 needs the old account settled")
        XCTAssertTrue(transfer.checklist(for: .residential).contains("原户主身份证与过户协议"))

        let solar = try type("GF")
        XCTAssertEqual(solar.name, "分布式光伏并网")
        XCTAssertTrue(solar.checklist(for: .residential).contains("光伏组件、逆变器等设备资料"))
        XCTAssertTrue(solar.forms.contains("《分布式光伏发电项目并网申请表》"))

        XCTAssertTrue(try type("JY").forms.contains("《电能表校验申请单》"))
        XCTAssertEqual(try type("DRK").documents.keys.sorted { $0.rawValue < $1.rawValue }, [.residential], "一户多人口 is for households only")
        XCTAssertEqual(try type("ZZS").documents.keys.sorted { $0.rawValue < $1.rawValue }, [.nonResidential], "VAT invoices are for businesses only")
        XCTAssertTrue(try type("FJXZ").checklist(for: .nonResidential).contains("授权委托书及经办人身份证"))
    }

    func testOnlyEnquiriesAreAnsweredAtTheDoorAndNeedNoDocuments() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        XCTAssertEqual(catalog.businessTypes.filter(\.answerableAtDoor).map(\.code), ["ZX"])
        let enquiry = try XCTUnwrap(catalog.businessType(code: "ZX"))
        XCTAssertEqual(enquiry.checklist(for: .residential), [])
        XCTAssertEqual(enquiry.checklist(for: .nonResidential), [])
    }

    /// The source's figure is about 6 minutes a transaction: short payments, long connections.
    func testServiceMinutesFollowTheSource() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        func minutes(_ code: String) -> Double? { catalog.businessType(code: code)?.serviceMinutes }
        XCTAssertEqual(minutes("JF"), 2)
        XCTAssertEqual(minutes("FP"), 2.5)
        XCTAssertEqual(minutes("ZX"), 3)
        for code in ["JMXZ", "FJXZ", "ZR", "GF", "CDZ"] {
            XCTAssertTrue((12...20).contains(minutes(code) ?? 0), code)
        }
        for type in catalog.businessTypes where type.queue == "B" {
            XCTAssertTrue((4...10).contains(type.serviceMinutes), "a change of account is a few minutes' paperwork: \(type.code)")
        }
    }

    func testEverySearchKeyOfTheShippedSeedsFindsOneBusiness() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        var owners: [String: Set<String>] = [:]
        for type in catalog.businessTypes {
            for key in type.aliases + [type.code.lowercased(), type.name] {
                owners[key, default: []].insert(type.code)
            }
        }
        XCTAssertEqual(owners.filter { $0.value.count > 1 }, [:])
        XCTAssertEqual(Set(catalog.businessTypes.map(\.code)).count, catalog.businessTypes.count)
        XCTAssertTrue(catalog.businessTypes.allSatisfy { !$0.aliases.isEmpty }, "every business has a pinyin shortcut")
    }

    /// What customers say at the door finds the business they mean, as the first result, so
    /// Enter takes it: the words of issue 15 that found nothing before.
    func testTheShippedSeedsFindBusinessesByWhatPeopleSayAndByFullPinyin() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        for query in ["缴费", "交电费", "户号", "电费单", "dianfei", "jiaofei", "jiaodianfei", "JiaoFei"] {
            XCTAssertEqual(catalog.search(query).first?.code, "JF", query)
        }
        XCTAssertEqual(catalog.search("guangfu").first?.code, "GF")
        XCTAssertEqual(catalog.search("装电表").first?.code, "JMXZ")
        XCTAssertEqual(catalog.search("fapiao").first?.code, "FP")
        XCTAssertTrue(catalog.businessTypes.allSatisfy { !$0.synonyms.isEmpty && !$0.pinyin.isEmpty },
                      "every business has words people say and its full pinyin")
    }

    // MARK: broken seeds

    private let profile = """
        name = "乐从"
        station = "乐从供电所"
        time_zone = "Asia/Shanghai"
        wait_target_minutes = 15
        [[opening_hours]]
        start = "08:30"
        end = "17:30"

        """

    private let twoQueues = """
        [[queues]]
        letter = "A"
        name = "缴费"
        [[queues]]
        letter = "B"
        name = "业务"

        """

    private let oneCounter = """
        [[counters]]
        number = 1
        name = "1号窗口"
        queues = ["A", "B"]

        """

    private func rules(recall: Int = 3, reinstate: Int = 30, streak: Int = 2, cap: Int = 30) -> String {
        "[rules]\nrecall_limit = \(recall)\nreinstate_minutes = \(reinstate)\npriority_streak_limit = \(streak)\nordinary_wait_cap_minutes = \(cap)\n"
    }

    private func business(
        code: String = "JF", name: String = "电费缴纳", queue: String = "A", aliases: String = #"["jf"]"#,
        minutes: String = "2", documents: String = #"residential = ["用电户号"]"#, forms: String = "[]"
    ) -> String {
        """
        [[business_types]]
        code = "\(code)"
        name = "\(name)"
        queue = "\(queue)"
        aliases = \(aliases)
        forms = \(forms)
        service_minutes = \(minutes)
        answerable_at_door = false
        [business_types.documents]
        \(documents)

        """
    }

    private var goodHall: String { profile + twoQueues + oneCounter + rules() }

    private var goodTypes: String {
        business() + business(code: "GH", name: "过户", queue: "B", aliases: #"["gh"]"#)
    }

    /// Writes a seeds folder with the three files and loads it.
    private func load(hall: String? = nil, types: String? = nil) throws -> Catalog {
        let folder = try makeTemporaryFolder(self)
        try (hall ?? goodHall).write(to: folder.appendingPathComponent("hall.toml"), atomically: true, encoding: .utf8)
        try (types ?? goodTypes).write(to: folder.appendingPathComponent("business-types.toml"), atomically: true, encoding: .utf8)
        try "[[staff]]\nid = \"A01\"\nname = \"管理员\"\nroles = [\"admin\"]\n"
            .write(to: folder.appendingPathComponent("staff.toml"), atomically: true, encoding: .utf8)
        return try SeedCatalog.load(folder: folder)
    }

    private func assertRefused(
        hall: String? = nil, types: String? = nil, file: String, saying fragment: String, line: UInt = #line
    ) {
        XCTAssertThrowsError(try load(hall: hall, types: types), line: line) { error in
            guard let seedError = error as? SeedError else {
                return XCTFail("not a SeedError: \(error)", line: line)
            }
            XCTAssertEqual(seedError.file, file, line: line)
            XCTAssertTrue(seedError.problem.contains(fragment), "「\(seedError.problem)」lacks「\(fragment)」", line: line)
        }
    }

    func testSynonymsAndPinyinAreOptionalButMustBeWritable() throws {
        XCTAssertEqual(try load().businessTypes[0].synonyms, [], "older seed folders have neither")
        let withWords = business(aliases: #"["jf"]"#).replacingOccurrences(
            of: "forms = []", with: "synonyms = [\"缴费\"]\npinyin = [\"dian fei jiao na\"]\nforms = []")
        XCTAssertEqual(try load(types: withWords).search("dianfei").map(\.code), ["JF"])
        assertRefused(types: business().replacingOccurrences(of: "forms = []", with: "pinyin = [\"DianFei\"]\nforms = []"),
                      file: "business-types.toml", saying: "全拼 pinyin「DianFei」只能用小写英文字母")
        assertRefused(types: business().replacingOccurrences(of: "forms = []", with: "synonyms = [\" \"]\nforms = []"),
                      file: "business-types.toml", saying: "synonyms 里有空的说法")
    }

    func testTheMinimalSeedsUsedBelowLoad() throws {
        let catalog = try load()
        XCTAssertEqual(catalog.businessTypes.map(\.code), ["JF", "GH"])
        XCTAssertEqual(catalog.businessTypes[0].documents, [.residential: ["用电户号"]])
        XCTAssertEqual(catalog.businessTypes[0].serviceMinutes, 2)
        XCTAssertEqual(catalog.counters, [CounterDefinition(number: 1, name: "1号窗口", queues: ["A", "B"])])
    }

    func testCodesMustBeShortCapitalsAndUnique() {
        assertRefused(types: business(code: "jf"), file: "business-types.toml", saying: "代码 code「jf」应为 1 到 8 位大写英文字母或数字")
        assertRefused(types: business(code: "DIANFEIJIAONA"), file: "business-types.toml", saying: "code「DIANFEIJIAONA」")
        assertRefused(types: business() + business(name: "另一种缴费", aliases: #"["ly"]"#),
                      file: "business-types.toml", saying: "业务代码 code JF 出现了两次")
    }

    func testAnAliasUsedByTwoBusinessesIsRefused() {
        let twoNewConnections = business(code: "JMXZ", name: "居民新装", aliases: #"["jmxz", "xz"]"#)
            + business(code: "FJXZ", name: "非居民新装", aliases: #"["fjxz", "xz"]"#)
        assertRefused(types: twoNewConnections, file: "business-types.toml", saying: "别名 aliases「xz」同时指向 JMXZ 和 FJXZ")
        let aliasIsAnotherCode = business() + business(code: "GH", name: "过户", queue: "B", aliases: #"["jf"]"#)
        assertRefused(types: aliasIsAnotherCode, file: "business-types.toml", saying: "「jf」同时指向 JF 和 GH")
        assertRefused(types: business(aliases: #"["jf", "jf"]"#), file: "business-types.toml", saying: "aliases 里有重复的别名")
        assertRefused(types: business(aliases: #"["JF"]"#), file: "business-types.toml", saying: "aliases「JF」只能用小写英文字母或数字")
    }

    func testNamesMustBeFilledAndUnique() {
        assertRefused(types: business(name: " "), file: "business-types.toml", saying: "业务 JF 的名称 name 不能为空")
        assertRefused(types: business() + business(code: "JF2", aliases: #"["jf2"]"#),
                      file: "business-types.toml", saying: "业务名称 name「电费缴纳」出现了两次")
        assertRefused(hall: profile + twoQueues.replacingOccurrences(of: "\"业务\"", with: "\"\"") + oneCounter + rules(),
                      file: "hall.toml", saying: "队列 B 的名称 name 不能为空")
        assertRefused(hall: profile + twoQueues + oneCounter.replacingOccurrences(of: "1号窗口", with: "") + rules(),
                      file: "hall.toml", saying: "1 号窗口的名称 name 不能为空")
    }

    func testAQueueLetterMustBeOneCapitalAndDefined() {
        assertRefused(types: business(queue: "a"), file: "business-types.toml", saying: "队列 queue「a」应为一个大写英文字母 A–Z")
        assertRefused(types: business(queue: "AB"), file: "business-types.toml", saying: "queue「AB」")
        assertRefused(types: business(queue: "E"), file: "business-types.toml",
                      saying: "业务 JF（电费缴纳）的队列 queue「E」没有在 hall.toml 的 [[queues]] 里定义")
        let badLetter = profile + "[[queues]]\nletter = \"1\"\nname = \"缴费\"\n" + oneCounter + rules()
        assertRefused(hall: badLetter, file: "hall.toml", saying: "第 1 个队列的 letter「1」应为一个大写英文字母 A–Z")
        let twice = profile + twoQueues + "[[queues]]\nletter = \"A\"\nname = \"重复\"\n" + oneCounter + rules()
        assertRefused(hall: twice, file: "hall.toml", saying: "队列字母 letter A 出现了两次")
    }

    func testCountersServeOnlyDefinedQueuesAndEveryQueueIsServed() {
        let unknown = profile + twoQueues + oneCounter + "[[counters]]\nnumber = 2\nname = \"2号窗口\"\nqueues = [\"B\", \"C\"]\n" + rules()
        assertRefused(hall: unknown, file: "hall.toml", saying: "2 号窗口的 queues 里的队列「C」没有在 [[queues]] 里定义")
        let unserved = profile + twoQueues + oneCounter.replacingOccurrences(of: #"["A", "B"]"#, with: #"["A"]"#) + rules()
        assertRefused(hall: unserved, file: "hall.toml", saying: "队列 B（业务）没有任何窗口服务")
        let empty = profile + twoQueues + oneCounter.replacingOccurrences(of: #"["A", "B"]"#, with: "[]") + rules()
        assertRefused(hall: empty, file: "hall.toml", saying: "1 号窗口的 queues 为空")
        let repeated = profile + twoQueues + oneCounter.replacingOccurrences(of: #"["A", "B"]"#, with: #"["A", "B", "A"]"#) + rules()
        assertRefused(hall: repeated, file: "hall.toml", saying: "1 号窗口的 queues 里有重复的队列字母")
        let sameNumber = profile + twoQueues + oneCounter + oneCounter.replacingOccurrences(of: "1号窗口", with: "综合窗口") + rules()
        assertRefused(hall: sameNumber, file: "hall.toml", saying: "窗口号 number 1 出现了两次")
        let noCounters = profile + twoQueues + rules()
        assertRefused(hall: noCounters, file: "hall.toml", saying: "缺少字段 counters")
    }

    func testServiceMinutesMustBeAboveZeroAndBelowFourHours() throws {
        for bad in ["0", "-3", "240", "600.5"] {
            assertRefused(types: business(minutes: bad), file: "business-types.toml", saying: "service_minutes 应大于 0 且小于 240 分钟")
        }
        XCTAssertEqual(try load(types: business(minutes: "239.5")).businessTypes[0].serviceMinutes, 239.5)
    }

    func testEachBusinessNeedsAKnownChecklistOfRealItems() throws {
        assertRefused(types: business(documents: ""), file: "business-types.toml",
                      saying: "业务 JF（电费缴纳）的 documents 至少要写 residential 或 non_residential 其中一项")
        assertRefused(types: business(documents: #"residental = ["身份证"]"#), file: "business-types.toml",
                      saying: "documents 里的「residental」不认识")
        assertRefused(types: business(documents: #"residential = ["身份证", ""]"#), file: "business-types.toml",
                      saying: "documents.residential 里有空的资料名")
        assertRefused(types: business(documents: #"non_residential = ["营业执照", "营业执照"]"#), file: "business-types.toml",
                      saying: "documents.non_residential 里有重复的资料")
        let noneNeeded = try load(types: business(documents: "residential = []\nnon_residential = []"))
        XCTAssertEqual(noneNeeded.businessTypes[0].documents, [.residential: [], .nonResidential: []])
    }

    func testRuleValuesOutsideSaneRangesAreRefused() {
        let cases: [(String, String)] = [
            (rules(recall: -1), "recall_limit = -1"),
            (rules(recall: 11), "recall_limit = 11"),
            (rules(reinstate: 241), "reinstate_minutes = 241"),
            (rules(streak: 0), "priority_streak_limit = 0"),
            (rules(cap: 0), "ordinary_wait_cap_minutes = 0"),
            (rules(cap: 300), "ordinary_wait_cap_minutes = 300 不合理，应在 1 到 240 之间"),
        ]
        for (text, fragment) in cases {
            assertRefused(hall: profile + twoQueues + oneCounter + text, file: "hall.toml", saying: fragment)
        }
    }

    /// `[appointments]` is optional (a hall made before appointments keeps the standard
    /// figures); the shipped seeds write it out, and a figure out of range is refused.
    func testAppointmentFiguresAreOptionalAndChecked() throws {
        XCTAssertEqual(try load().rules.appointments, .standard)
        let appointments = "[appointments]\nslot_minutes = 20\ncheck_in_early_minutes = 10\ncheck_in_late_minutes = 5\ncapacity_per_slot = 6\n"
        XCTAssertEqual(try load(hall: goodHall + appointments).rules.appointments,
                       AppointmentRules(slotMinutes: 20, checkInEarlyMinutes: 10, checkInLateMinutes: 5, capacityPerSlot: 6))
        assertRefused(hall: goodHall + appointments.replacingOccurrences(of: "capacity_per_slot = 6", with: "capacity_per_slot = 0"),
                      file: "hall.toml", saying: "[appointments] 的 capacity_per_slot = 0 不合理，应在 1 到 100 之间")
        XCTAssertEqual(try SeedCatalog.load(folder: Checkout.seeds).rules.appointments, .standard, "the shipped figures are the standard ones")
    }

    func testAProfileMistakeIsStillReportedByTheHallLoader() {
        let badZone = goodHall.replacingOccurrences(of: "Asia/Shanghai", with: "Beijing")
        assertRefused(hall: badZone, file: "hall.toml", saying: "时区 time_zone「Beijing」不存在")
    }
}
