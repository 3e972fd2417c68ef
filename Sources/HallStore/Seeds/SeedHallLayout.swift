import Foundation
import HallDomain

/// The queues, counters and calling rules of `hall.toml`, checked so that every slip can be
/// called: each queue has a letter of its own and at least one counter serving it, and each
/// counter serves only queues that exist. The profile part of the same file is `SeedHall`'s;
/// the `[printer]` table belongs to the printing code and is not read here.
public struct SeedHallLayout: Sendable, Equatable {
    public var queues: [QueueDefinition]
    public var counters: [CounterDefinition]
    public var rules: QueueRules

    private struct File: Decodable {
        var queues: [Queue]
        var counters: [Counter]
        var rules: Rules
        /// Optional: a hall made before appointments existed keeps the standard figures.
        var appointments: Appointments?
    }

    private struct Appointments: Decodable {
        var slot_minutes: Int
        var check_in_early_minutes: Int
        var check_in_late_minutes: Int
        var capacity_per_slot: Int
    }

    private struct Queue: Decodable {
        var letter: String
        var name: String
    }

    private struct Counter: Decodable {
        var number: Int
        var name: String
        var queues: [String]
        var call_next_finishes: Bool?
    }

    private struct Rules: Decodable {
        var recall_limit: Int
        var reinstate_minutes: Int
        var priority_streak_limit: Int
        var ordinary_wait_cap_minutes: Int
    }

    public static func load(_ url: URL) throws(SeedError) -> SeedHallLayout {
        let file = try SeedTOML.decode(File.self, from: url)
        let name = url.lastPathComponent
        let queues = try checkedQueues(file.queues, file: name)
        let counters = try checkedCounters(file.counters, queues: queues, file: name)
        var rules = try checkedRules(file.rules, file: name)
        if let appointments = file.appointments { rules.appointments = try checkedAppointments(appointments, file: name) }
        return SeedHallLayout(queues: queues, counters: counters, rules: rules)
    }

    /// A capital letter A–Z: slip numbers are this letter and three digits.
    static func isQueueLetter(_ text: String) -> Bool {
        text.count == 1 && text.allSatisfy { ("A"..."Z").contains($0) }
    }

    private static func checkedQueues(_ entries: [Queue], file: String) throws(SeedError) -> [QueueDefinition] {
        guard !entries.isEmpty else {
            throw SeedError(file: file, problem: "至少要定义一个队列 [[queues]]")
        }
        var seen = Set<String>()
        for (index, queue) in entries.enumerated() {
            guard isQueueLetter(queue.letter) else {
                throw SeedError(file: file, problem: "第 \(index + 1) 个队列的 letter「\(queue.letter)」应为一个大写英文字母 A–Z")
            }
            guard seen.insert(queue.letter).inserted else {
                throw SeedError(file: file, problem: "队列字母 letter \(queue.letter) 出现了两次")
            }
            guard !queue.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw SeedError(file: file, problem: "队列 \(queue.letter) 的名称 name 不能为空")
            }
        }
        return entries.map { QueueDefinition(letter: $0.letter, name: $0.name) }
    }

    private static func checkedCounters(_ entries: [Counter], queues: [QueueDefinition], file: String) throws(SeedError) -> [CounterDefinition] {
        guard !entries.isEmpty else {
            throw SeedError(file: file, problem: "至少要定义一个窗口 [[counters]]")
        }
        let defined = Set(queues.map(\.letter))
        var numbers = Set<Int>(), names = Set<String>()
        for counter in entries {
            guard (1...99).contains(counter.number) else {
                throw SeedError(file: file, problem: "窗口号 number \(counter.number) 应在 1 到 99 之间")
            }
            guard numbers.insert(counter.number).inserted else {
                throw SeedError(file: file, problem: "窗口号 number \(counter.number) 出现了两次")
            }
            guard !counter.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw SeedError(file: file, problem: "\(counter.number) 号窗口的名称 name 不能为空")
            }
            guard names.insert(counter.name).inserted else {
                throw SeedError(file: file, problem: "窗口名称 name「\(counter.name)」出现了两次")
            }
            guard !counter.queues.isEmpty else {
                throw SeedError(file: file, problem: "\(counter.number) 号窗口的 queues 为空，至少要服务一个队列")
            }
            guard Set(counter.queues).count == counter.queues.count else {
                throw SeedError(file: file, problem: "\(counter.number) 号窗口的 queues 里有重复的队列字母")
            }
            if let unknown = counter.queues.first(where: { !defined.contains($0) }) {
                throw SeedError(file: file, problem: "\(counter.number) 号窗口的 queues 里的队列「\(unknown)」没有在 [[queues]] 里定义")
            }
        }
        let served = Set(entries.flatMap(\.queues))
        if let orphan = queues.first(where: { !served.contains($0.letter) }) {
            throw SeedError(file: file, problem: "队列 \(orphan.letter)（\(orphan.name)）没有任何窗口服务，请在某个窗口的 queues 里加上 \(orphan.letter)")
        }
        return entries.map { CounterDefinition(number: $0.number, name: $0.name, queues: $0.queues,
                                            callNextFinishes: $0.call_next_finishes ?? false) }
    }

    /// Ranges wide enough for any hall, narrow enough to catch a slip of the keyboard
    /// (a wait cap of 300 minutes would make the fairness rule meaningless).
    private static func checkedRules(_ rules: Rules, file: String) throws(SeedError) -> QueueRules {
        let checks: [(field: String, value: Int, range: ClosedRange<Int>)] = [
            ("recall_limit", rules.recall_limit, 0...10),
            ("reinstate_minutes", rules.reinstate_minutes, 0...240),
            ("priority_streak_limit", rules.priority_streak_limit, 1...10),
            ("ordinary_wait_cap_minutes", rules.ordinary_wait_cap_minutes, 1...240),
        ]
        for check in checks where !check.range.contains(check.value) {
            throw SeedError(file: file, problem: "[rules] 的 \(check.field) = \(check.value) 不合理，应在 \(check.range.lowerBound) 到 \(check.range.upperBound) 之间")
        }
        return QueueRules(
            recallLimit: rules.recall_limit, reinstateMinutes: rules.reinstate_minutes,
            priority: PriorityRule(streakLimit: rules.priority_streak_limit, ordinaryWaitCapMinutes: rules.ordinary_wait_cap_minutes)
        )
    }

    private static func checkedAppointments(_ entry: Appointments, file: String) throws(SeedError) -> AppointmentRules {
        let checks: [(field: String, value: Int, range: ClosedRange<Int>)] = [
            ("slot_minutes", entry.slot_minutes, 5...240),
            ("check_in_early_minutes", entry.check_in_early_minutes, 0...120),
            ("check_in_late_minutes", entry.check_in_late_minutes, 0...120),
            ("capacity_per_slot", entry.capacity_per_slot, 1...100),
        ]
        for check in checks where !check.range.contains(check.value) {
            throw SeedError(file: file, problem: "[appointments] 的 \(check.field) = \(check.value) 不合理，应在 \(check.range.lowerBound) 到 \(check.range.upperBound) 之间")
        }
        return AppointmentRules(slotMinutes: entry.slot_minutes, checkInEarlyMinutes: entry.check_in_early_minutes,
                                checkInLateMinutes: entry.check_in_late_minutes, capacityPerSlot: entry.capacity_per_slot)
    }
}
