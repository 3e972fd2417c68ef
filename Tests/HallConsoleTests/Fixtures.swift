import Foundation
import HallConsole
import HallDomain
/// The shared test support, for every file of this target (a `@_exported` import is seen
/// module-wide), so no file needs its own import of it.
@_exported import HallTestSupport

/// A hall as the seeds describe it, and a console at it, for the screen tests.
enum Fixtures {
    static let hall = HallProfile(
        name: "顺德供电局乐从营业厅", station: "乐从供电所", timeZone: "Asia/Shanghai", waitTargetMinutes: 15,
        openingHours: [OpeningPeriod(start: ClockTime(hour: 8, minute: 30), end: ClockTime(hour: 12, minute: 0)),
                       OpeningPeriod(start: ClockTime(hour: 14, minute: 0), end: ClockTime(hour: 17, minute: 30))]
    )
    static let catalog = Catalog(
        hall: hall,
        businessTypes: [
            BusinessType(code: "JF", name: "电费缴纳", queue: "A", aliases: ["jf", "dfjn"], documents: [.residential: [], .nonResidential: []],
                         forms: [], serviceMinutes: 2, answerableAtDoor: false),
            BusinessType(code: "JMXZ", name: "居民新装", queue: "C", aliases: ["jmxz", "xz"],
                         documents: [.residential: ["用电人身份证原件", "房屋产权证明"]], forms: ["《居民生活用电申请表》"],
                         serviceMinutes: 12, answerableAtDoor: false),
        ],
        queues: [QueueDefinition(letter: "A", name: "缴费与票据"), QueueDefinition(letter: "C", name: "新装增容与光伏")],
        counters: [CounterDefinition(number: 1, name: "1号窗口", queues: ["A"]), CounterDefinition(number: 2, name: "2号窗口", queues: ["C", "A"])],
        rules: QueueRules(recallLimit: 3, reinstateMinutes: 30, priority: PriorityRule(streakLimit: 2, ordinaryWaitCapMinutes: 30)),
        roster: Roster(members: [manager, guide, clerk, secondClerk])
    )
    static let manager = StaffMember(id: "A01", name: "系统管理员", roles: [.admin, .manager], department: nil, login: "root")
    static let guide = StaffMember(id: "G01", name: "陈导引", roles: [.guide], department: nil, login: "chen")
    static let clerk = StaffMember(id: "C01", name: "李营业", roles: [.clerk], department: nil, login: "li")
    static let secondClerk = StaffMember(id: "C02", name: "王营业", roles: [.clerk], department: nil, login: "wang")

    static func repair(_ seq: Int) -> RecordedEvent {
        RecordedEvent(seq: seq, timestamp: "2026-11-23T09:3\(seq % 10):05.123+08:00",
                      time: Date(timeIntervalSince1970: 1_795_397_405.123 + Double(seq % 10) * 60), actor: "A01", terminal: "pts/1",
                      event: .logRepaired(LogRepaired(bytes: 40 + seq, offset: 1000 * seq, quarantineFile: "quarantine/t\(seq).bin")))
    }

    static func facts(member: StaffMember? = manager, records: [RecordedEvent] = [], check: LogStatus.Check = .wholeChain,
                      readOnly: String? = nil) -> ConsoleFacts {
        ConsoleFacts(
            catalog: catalog, login: member?.login ?? "zhangsan", member: member, terminal: "pts/1", dataFolder: "/srv/halldesk",
            log: LogStatus(records: records.count, lastWrite: records.last?.timestamp, check: check, readOnlyReason: readOnly),
            recent: records, now: Date(timeIntervalSince1970: 1_795_398_060), clock: "2026-11-23 09:41"
        )
    }

    static func state(_ records: [RecordedEvent]) -> HallState {
        records.reduce(HallState.initial, evolve)
    }
}
