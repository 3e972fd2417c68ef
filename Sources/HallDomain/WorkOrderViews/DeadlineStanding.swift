import Foundation

/// Where an open order stands against its nearest open deadline: how much time is left,
/// counted the way that deadline runs (working time for working days and hours, plain
/// time for repair arrival), or how far past it is.
public struct DeadlineStanding: Sendable, Equatable {
    public var deadline: WorkOrderDeadline
    public var due: Date
    /// Negative once overdue.
    public var secondsLeft: Double
    /// True when `secondsLeft` is working time.
    public var isWorkingTime: Bool
    /// The length of a working day, to say "1 工作日" rather than "7 小时".
    var workingDayLength: Double
    /// Time left at the warning point (预警) of `settings.escalation`, counted like `secondsLeft`.
    var warningSeconds: Double

    public var isOverdue: Bool { secondsLeft < 0 }

    /// Past the warning point, not yet the deadline: what 临期 lists, and where the order
    /// escalates to `EscalationRule.atWarning` (`WorkOrder.escalationsDue`).
    public var isDueSoon: Bool {
        !isOverdue && secondsLeft <= warningSeconds
    }

    /// 「剩 3时20分」, 「剩 2工作日1时」, 「超期 45分」; working time counts working days, real time whole days.
    public var chineseText: String {
        (isOverdue ? "超期 " : "剩 ") + Self.duration(abs(secondsLeft), dayLength: isWorkingTime ? workingDayLength : 86_400,
                                                   dayName: isWorkingTime ? "工作日" : "天")
    }

    static func duration(_ seconds: Double, dayLength: Double, dayName: String) -> String {
        let minutes = Int((seconds / 60).rounded(.up))
        let dayMinutes = max(1, Int(dayLength / 60))
        let days = minutes / dayMinutes, hours = minutes % dayMinutes / 60, rest = minutes % 60
        if days > 0 { return "\(days)\(dayName)" + (hours > 0 ? "\(hours)时" : "") }
        if hours > 0 { return "\(hours)时" + (rest > 0 ? "\(rest)分" : "") }
        return "\(rest)分"
    }
}

extension WorkOrder {
    /// The open deadline that falls due first, measured at `now`; nil when none is open
    /// (all met, or the kind has none, or the order is closed or sent back above).
    public func standing(at now: Date, settings: WorkOrderSettings) -> DeadlineStanding? {
        openStandings(at: now, settings: settings).min { $0.due < $1.due }
    }

    /// Where each deadline still open stands at `now`, in `WorkOrderDeadline` order; empty
    /// once the order is closed.
    public func openStandings(at now: Date, settings: WorkOrderSettings) -> [DeadlineStanding] {
        guard status.isOpen else { return [] }
        return WorkOrderDeadline.allCases.compactMap { deadline in
            guard met[deadline] == nil, let due = due[deadline] else { return nil }
            let working = clock(for: deadline, settings: settings).map(\.isWorkingTime) ?? true
            let left = working ? settings.calendar.workingSeconds(from: now, to: due) : due.timeIntervalSince(now)
            return DeadlineStanding(deadline: deadline, due: due, secondsLeft: left, isWorkingTime: working,
                                    workingDayLength: settings.calendar.workingDayLength,
                                    warningSeconds: settings.escalation.warningSeconds(workingTime: working))
        }
    }

    /// The clock this order's `deadline` runs on under the current settings.
    public func clock(for deadline: WorkOrderDeadline, settings: WorkOrderSettings) -> DeadlineClock? {
        let kindDeadlines = settings.deadlines[kind]
        switch deadline {
        case .firstContact: return kindDeadlines?.firstContact
        case .reply, .reopenedReply: return kindDeadlines?.reply
        case .arrival: return kindDeadlines?.arrival[customer.areaType]
        }
    }
}

extension DeadlineClock {
    /// Working days and working hours run on working time; repair arrival on the plain clock.
    public var isWorkingTime: Bool {
        if case .realTime = self { return false }
        return true
    }
}
