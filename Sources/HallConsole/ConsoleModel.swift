import HallDomain
import TermUI

/// The console's own state between frames: which pane is open, whether help is showing,
/// where each pane's cursor is and what its form holds. Everything else comes from the
/// log (`HallState`) or from `ConsoleFacts`.
public struct ConsoleModel: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case keepGoing
        case quit
        /// A pane asks for a command; the wiring runs it through the engine and reports
        /// back with `record(_:)`.
        case perform(HallCommand)
        /// A command a manager approves at this terminal (所长特批): the wiring checks the
        /// approver's PIN as F4 换人 does before running it, and reports back with `record(_:)`.
        case performApproved(HallCommand, approver: String, pin: String)
        /// Work-order commands, decided in turn and appended together (a batch push is all or nothing).
        case performWorkOrders([WorkOrderCommand])
        /// The Reports pane wants this month's figures read from the log (again).
        case refreshReport
        /// A demo key: the wiring pauses, resumes or changes the speed of the demo's clock.
        case demo(DemoControl)
        /// Someone else takes this terminal: the wiring checks the PIN, logs it, and reports
        /// back with `recordStaffSwitch(_:)`.
        case switchStaff(member: String, pin: String)
    }

    /// The 换人 dialog while it is open (F4); modal over every pane.
    var staffSwitch: Form?
    public var pane: PaneID
    /// The counter this terminal works at (`halldesk counter 3`); without one there is no
    /// counter pane.
    public let counter: Int?
    /// The department of the handler at this terminal; without one there is no department pane.
    public let department: String?
    /// Whether the person at this terminal may see every order (`OrderSight.seesEveryOrder`);
    /// without it there is no coordinator pane: a department sees its own orders only.
    public let seesEveryOrder: Bool
    public var showingHelp = false
    /// How far the help box is scrolled (`HelpOverlay` when a pane's keys do not fit).
    var helpOffset = 0
    /// What `q` asked before leaving (`QuitQuestion`); `y` leaves, any other key stays.
    var pendingQuit: String?
    public var eventLog = EventLogPaneModel()
    var guide = GuidePaneModel()
    var counterDesk = CounterPaneModel()
    var coordinatorDesk = CoordinatorPaneModel()
    var departmentDesk = DepartmentPaneModel()
    var reports = ReportsPaneModel()
    var manager = ManagerPaneModel()

    public init(start: PaneID = .home, counter: Int? = nil, department: String? = nil, seesEveryOrder: Bool = true) {
        self.counter = counter
        self.department = department
        self.seesEveryOrder = seesEveryOrder
        self.pane = .home
        if panes.contains(start) { self.pane = start }
    }

    /// The panes in Tab order; the counter pane only at a counter's terminal, the
    /// department pane only for a department's handler, the coordinator pane only for
    /// those who may see every order.
    public var panes: [PaneID] {
        PaneID.allCases.filter {
            ($0 != .counter || counter != nil) && ($0 != .department || department != nil) && ($0 != .coordinator || seesEveryOrder)
        }
    }

    /// Applies one key. Help and Tab work on every pane; `q` and `?` only at the top (no
    /// text field or dialog has the keys), because there they are text.
    public mutating func handle(_ key: Key, facts: ConsoleFacts, size: Size, state: HallState = .initial) -> Outcome {
        if pendingQuit != nil {
            pendingQuit = nil
            return key == .character("y") || key == .character("Y") ? .quit : .keepGoing
        }
        // The too-small screen shows no pane, so no key may act on one: only q, to leave.
        if ConsoleLayout(size: size).isTooSmall {
            return key == .character("q") ? quit(facts: facts, state: state) : .keepGoing
        }
        if showingHelp {
            let overlay = HelpOverlay(pane: pane, demo: facts.demo != nil), area = layout(size, facts: facts).pane
            switch key {
            case .escape, .character("?"), .character("q"), .function(1), .enter: showingHelp = false
            case .down, .character("j"): helpOffset = overlay.clampedOffset(helpOffset + 1, in: area)
            case .up, .character("k"): helpOffset = overlay.clampedOffset(helpOffset - 1, in: area)
            case .pageDown: helpOffset = overlay.clampedOffset(helpOffset + 10, in: area)
            case .pageUp: helpOffset = overlay.clampedOffset(helpOffset - 10, in: area)
            default: break
            }
            return .keepGoing
        }
        if key == .function(1) {
            showHelp()
            return .keepGoing
        }
        if var form = staffSwitch {
            switch form.handle(key) {
            case .editing: staffSwitch = form
            case .cancelled: staffSwitch = nil
            case .submitted(let values):
                staffSwitch = form
                return .switchStaff(member: values[0], pin: values[1])
            }
            return .keepGoing
        }
        if key == .function(4), !hasDialog {
            staffSwitch = StaffSwitchForm.blank()
            return .keepGoing
        }
        if facts.demo != nil, let control = DemoControl(key, typing: hasDialog || capturesText) { return .demo(control) }
        if hasDialog { return forward(key, facts: facts, size: size, state: state) }
        switch key {
        case .tab: step(by: 1)
        case .backTab: step(by: -1)
        case .character("?") where !capturesText: showHelp()
        case .character("q") where !capturesText: return quit(facts: facts, state: state)
        default: return forward(key, facts: facts, size: size, state: state)
        }
        return .keepGoing
    }

    /// Closes the switch dialog when the PIN was right; otherwise asks again with the reason.
    public mutating func recordStaffSwitch(_ result: ActionResult) {
        guard let form = staffSwitch else { return }
        switch result {
        case .done: staffSwitch = nil
        case .refused(let message): staffSwitch = StaffSwitchForm.refused(form, because: message)
        }
    }

    /// Shows how the command the current pane asked for went.
    public mutating func record(_ result: ActionResult) {
        switch pane {
        case .guide: guide.record(result)
        case .counter: counterDesk.record(result)
        case .coordinator: coordinatorDesk.record(result)
        case .department: departmentDesk.record(result)
        case .home, .manager, .reports, .eventLog: break
        }
    }

    /// A dialog is modal: even Tab answers it rather than leaving it half done.
    var hasDialog: Bool {
        switch pane {
        case .guide: guide.dialog != nil
        case .counter: counterDesk.dialog != nil
        case .coordinator: coordinatorDesk.dialog != nil
        case .department: departmentDesk.dialog != nil
        case .home, .manager, .reports, .eventLog: false
        }
    }

    /// Keys are text in the current pane: letters type rather than command.
    var capturesText: Bool {
        switch pane {
        case .guide: guide.capturesText
        case .counter: counterDesk.capturesText
        case .coordinator: coordinatorDesk.capturesText
        case .department: departmentDesk.capturesText
        case .home, .manager, .reports, .eventLog: false
        }
    }

    private mutating func showHelp() {
        showingHelp = true
        helpOffset = 0
    }

    /// The frame's layout as `ConsoleView` draws it (the key bar may wrap), so that page
    /// sizes and scrolling match what is on screen.
    private func layout(_ size: Size, facts: ConsoleFacts) -> ConsoleLayout {
        ConsoleLayout(size: size, keyRows: KeyBar(ConsoleKeyHints.hints(self, demo: facts.demo)).rows(width: size.width))
    }

    /// Leaves at once unless the counter still holds a slip; then asks first.
    private mutating func quit(facts: ConsoleFacts, state: HallState) -> Outcome {
        guard let question = QuitQuestion.question(counter: counter, facts: facts, state: state) else { return .quit }
        pendingQuit = question
        return .keepGoing
    }

        private mutating func step(by delta: Int) {
        let order = panes
        let index = order.firstIndex(of: pane) ?? 0
        pane = order[(index + delta + order.count) % order.count]
    }

    private mutating func forward(_ key: Key, facts: ConsoleFacts, size: Size, state: HallState) -> Outcome {
        let command: HallCommand?
        switch pane {
        case .guide:
            return guide.handle(key, catalog: facts.catalog) {
                let rules = facts.catalog.rules.appointments
                let today = state.visibleDay(catalog: facts.catalog, now: facts.now).businessDay
                return AppointmentPicker(appointments: state.appointments.awaitingCheckIn(on: today, at: facts.now, rules: rules),
                                         rules: rules, wholePhone: facts.member.map { PermissionMatrix.allows($0, .seeCustomerContact) } ?? false)
            }
        case .counter:
            guard let counter else { return .keepGoing }
            let day = state.visibleDay(catalog: facts.catalog, now: facts.now)
            let status = day.counter(counter)
            // Every queue: that a slip cannot move to its own queue is the domain's rule, and says so.
            command = counterDesk.handle(key, counter: counter, slipInHand: status.slipInHand,
                                         takeOver: CounterTakeOver.question(status, facts: facts),
                                         transferTo: facts.catalog.queues.map { "\($0.letter) \($0.name)" })
        case .eventLog:
            eventLog.handle(key, records: facts.recent.count, visibleRows: layout(size, facts: facts).paneBody.height)
            command = nil
        case .coordinator, .department:
            return forwardToWorkOrders(key, facts: facts, size: size, state: state)
        case .reports:
            return reports.handle(key) ? .refreshReport : .keepGoing
        case .manager:
            manager.handle(key, queues: facts.queueSummaries(state))
            command = nil
        case .home:
            command = nil
        }
        return command.map(Outcome.perform) ?? .keepGoing
    }

    private mutating func forwardToWorkOrders(_ key: Key, facts: ConsoleFacts, size: Size, state: HallState) -> Outcome {
        guard let context = WorkOrderContext(facts: facts, state: state) else { return .keepGoing }
        let page = max(1, layout(size, facts: facts).paneBody.height - 4)
        let commands: [WorkOrderCommand]?
        if pane == .department, let department {
            commands = departmentDesk.handle(key, department: department, context: context, page: page)
        } else if !context.sight.seesEveryOrder {
            return .keepGoing
        } else {
            commands = coordinatorDesk.handle(key, context: context, page: page)
        }
        return commands.map(Outcome.performWorkOrders) ?? .keepGoing
    }
}
