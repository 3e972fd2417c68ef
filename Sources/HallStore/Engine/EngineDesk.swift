import Foundation
import HallDomain

/// A simulated day's desk on a real data folder (the demo): every action is decided on the
/// log's fresh state and appended through a `HallEngine` of the staff member who acts, one
/// engine each, so each event names its real actor and a race with a console is settled
/// the way two terminals' races are. On the way to each action's time the day's work
/// orders that fall due are received. `pace` says when a time has come (the demo waits for
/// its clock there) and false when the day is to stop.
public final class EngineDesk: SimulationDesk {
    /// Work orders to receive in time order, with what receiving needs.
    public struct Orders {
        public var due: [SimulatedOrder]
        public var settings: WorkOrderSettings
        public var receiver: StaffMember

        public init(due: [SimulatedOrder], settings: WorkOrderSettings, receiver: StaffMember) {
            self.due = due.sorted { $0.time < $1.time }
            self.settings = settings
            self.receiver = receiver
        }
    }

    private let folder: DataFolder
    private let catalog: Catalog
    private let terminal: String
    private var orders: Orders?
    private let pace: (Date) -> Bool
    private var engines: [String: HallEngine] = [:]
    private let reader: HallReplica
    /// Orders received so far.
    public private(set) var ordersReceived = 0

    public init(folder: DataFolder, catalog: Catalog, terminal: String, orders: Orders?, pace: @escaping (Date) -> Bool) {
        self.folder = folder
        self.catalog = catalog
        self.terminal = terminal
        self.orders = orders
        self.pace = pace
        reader = HallReplica(folder: folder)
    }

    public var state: HallState {
        reader.refresh()
        return reader.state
    }

    /// People at the console act on the same log; their actions win and the day's are passed over.
    public var passesOverRefusals: Bool { true }

    public func advance(to time: Date) throws(SimulationError) -> Bool {
        while let order = orders?.due.first, order.time <= time {
            guard pace(order.time) else { return false }
            orders?.due.removeFirst()
            try receive(order)
        }
        return pace(time)
    }

    /// Receives the orders still due after the hall's last action, each at its time.
    public func advanceThroughOrders() throws(SimulationError) -> Bool {
        guard let last = orders?.due.last else { return true }
        return try advance(to: last.time)
    }

    public func act(_ command: HallCommand, by actor: StaffMember, at time: Date) throws(DeskFailure) -> [Event] {
        do {
            return try engine(for: actor).perform(command, now: time).map(\.event)
        } catch .refused(let refusal) {
            throw .refused(refusal)
        } catch {
            throw .failed(SimulationError(error.message))
        }
    }

    /// A refused order (the same 95598 number already taken in by hand) is passed over like
    /// the hall's actions.
    private func receive(_ order: SimulatedOrder) throws(SimulationError) {
        guard let orders else { return }
        do {
            try engine(for: orders.receiver).perform(.receive(order.intake), settings: orders.settings, now: order.time)
            ordersReceived += 1
        } catch .refused {
            return
        } catch {
            throw SimulationError(error.message)
        }
    }

    private func engine(for actor: StaffMember) throws(EngineFailure) -> HallEngine {
        if let engine = engines[actor.id] { return engine }
        do {
            let engine = try HallEngine(folder: folder, catalog: catalog, actor: actor, terminal: terminal)
            // The demo plays an accelerated day in a practice folder: its clock runs ahead.
            if folder.isPractice { engine.aheadTolerance = nil }
            engines[actor.id] = engine
            return engine
        } catch {
            throw .log(error)
        }
    }
}
