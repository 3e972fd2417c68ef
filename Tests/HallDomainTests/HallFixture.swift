import Foundation
@testable import HallDomain
/// The shared test support, for every file of this target (a `@_exported` import is seen
/// module-wide), so no file needs its own import of it.
@_exported import HallTestSupport

/// A small hall for the stories: queue A (electricity, 1 counter of its own plus a shared
/// one) and queue B (new connections), a guide, two clerks and a manager.
enum HallFixture {
    static let guide = StaffMember(id: "G01", name: "何敏仪", roles: [.guide], department: nil, login: "heminyi")
    static let clerk1 = StaffMember(id: "C01", name: "陈志强", roles: [.clerk], department: nil, login: "chenzq")
    static let clerk2 = StaffMember(id: "C02", name: "李慧", roles: [.clerk], department: nil, login: "lihui")
    static let manager = StaffMember(id: "M01", name: "黄建国", roles: [.manager], department: nil, login: "huangjg")

    static let payment = BusinessType(code: "DF", name: "电费缴纳", queue: "A", aliases: ["df", "jf"],
                                      documents: [.residential: ["户号"], .nonResidential: ["户号", "营业执照"]],
                                      forms: [], serviceMinutes: 4, answerableAtDoor: false)
    static let invoice = BusinessType(code: "FP", name: "发票打印", queue: "A", aliases: ["fp", "dyfp"],
                                      documents: [.residential: [], .nonResidential: []], forms: [], serviceMinutes: 2, answerableAtDoor: false)
    static let residentialNew = BusinessType(code: "JMXZ", name: "居民新装", queue: "B", aliases: ["xz", "jmxz"],
                                             documents: [.residential: ["身份证", "房屋产权证明", "用电申请表"]],
                                             forms: ["用电申请表"], serviceMinutes: 20, answerableAtDoor: false)
    static let businessNew = BusinessType(code: "FJMXZ", name: "非居民新装", queue: "B", aliases: ["xzfj", "fjmxz"],
                                          documents: [.nonResidential: ["营业执照", "法定代表人授权委托书", "房屋产权证明"]],
                                          forms: ["用电申请表", "用电设备清单"], serviceMinutes: 30, answerableAtDoor: false)
    static let enquiry = BusinessType(code: "ZX", name: "业务咨询", queue: "A", aliases: ["zx"], documents: [.residential: [], .nonResidential: []], forms: [],
                                      serviceMinutes: 3, answerableAtDoor: true)

    static let catalog = Catalog(
        hall: HallProfile(name: "天河营业厅", station: "天河供电所", timeZone: "Asia/Shanghai", waitTargetMinutes: 15,
                          openingHours: [OpeningPeriod(start: ClockTime(hour: 8, minute: 30), end: ClockTime(hour: 17, minute: 30))]),
        businessTypes: [payment, invoice, residentialNew, businessNew, enquiry],
        queues: [QueueDefinition(letter: "A", name: "缴费开票"), QueueDefinition(letter: "B", name: "新装增容")],
        counters: [CounterDefinition(number: 1, name: "1号窗口", queues: ["A"]),
                   CounterDefinition(number: 2, name: "2号窗口", queues: ["B", "A"])],
        rules: QueueRules(recallLimit: 2, reinstateMinutes: 10, priority: PriorityRule(streakLimit: 2, ordinaryWaitCapMinutes: 30)),
        roster: Roster(members: [guide, clerk1, clerk2, manager]))

    /// An instant written as local Shanghai time, `2026-11-23 09:00`.
    static func shanghai(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text.replacingOccurrences(of: " ", with: "T") + ":00+08:00")!
    }
}

/// A hall being run command by command through `decide` and `evolve`, as the console does.
struct HallStory {
    var catalog = HallFixture.catalog
    var state = HallState.initial
    var now = HallFixture.shanghai("2026-11-23 09:00")
    var log: [RecordedEvent] = []

    /// Moves the clock to a local Shanghai time on the same day (`"09:15"`) or another
    /// (`"2026-11-24 08:30"`).
    mutating func at(_ time: String) {
        let day = ISO8601DateFormatter.string(from: now, timeZone: TimeZone(identifier: "Asia/Shanghai")!,
                                              formatOptions: [.withFullDate])
        now = HallFixture.shanghai(time.count == 5 ? day + " " + time : time)
    }

    mutating func later(minutes: Double) {
        now = now.addingTimeInterval(minutes * 60)
    }

    /// Decides and, if accepted, records and folds the events.
    @discardableResult
    mutating func run(_ command: HallCommand, by actor: StaffMember = HallFixture.guide) throws(HallRefusal) -> [Event] {
        let events = try decide(command, state: state, catalog: catalog, actor: actor, now: now)
        for event in events { record(event, by: actor) }
        return events
    }

    /// The refusal code a command meets now; nil if it would be accepted (nothing recorded).
    func refusal(_ command: HallCommand, by actor: StaffMember = HallFixture.guide) -> HallRefusal.Code? {
        do {
            _ = try decide(command, state: state, catalog: catalog, actor: actor, now: now)
            return nil
        } catch {
            return error.code
        }
    }

    mutating func record(_ event: Event, by actor: StaffMember = HallFixture.guide) {
        log += state.fold([event], by: actor.id, terminal: "tty1", at: now)
    }

    /// Issues a slip with complete documents and returns its number.
    @discardableResult
    mutating func issue(_ type: BusinessType, _ kind: CustomerKind = .residential, priority: PriorityClass? = nil) throws(HallRefusal) -> String {
        let events = try run(.issueSlip(businessType: type.code, customerKind: kind, presented: type.checklist(for: kind),
                                        priority: priority, override: nil, phone: nil))
        guard case .slipIssued(let body) = events.first else { fatalError("issueSlip gave \(events)") }
        return body.number
    }

    /// Calls next at a counter and returns the slip called and the reason given.
    @discardableResult
    mutating func callNext(_ counter: Int, by clerk: StaffMember = HallFixture.clerk1) throws(HallRefusal) -> SlipCalled {
        let events = try run(.callNext(counter: counter), by: clerk)
        guard case .slipCalled(let body) = events.first else { fatalError("callNext gave \(events)") }
        return body
    }

    func slip(_ number: String) -> QueueSlip? { state.today.slip(number) }
}
