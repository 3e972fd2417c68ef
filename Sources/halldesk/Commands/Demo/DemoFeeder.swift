import Foundation
import HallDomain
import HallStore

/// The demo's simulated staff: the scenario's day played on the data folder's log through
/// an `EngineDesk`, then the work orders still due after the last customer. Everything it
/// holds is a value, so it can be handed to the feeder thread, which makes its engines
/// there and uses them only there.
struct DemoFeeder: Sendable {
    var folder: DataFolder
    var catalog: Catalog
    var scenario: SimulationScenario
    var policy: SimulationPolicy
    var arrivals: [SimulatedArrival]
    var orders: [SimulatedOrder]
    var settings: WorkOrderSettings
    /// Who receives the work orders; nil when the roster has no coordinator or manager.
    var receiver: StaffMember?

    /// How the play ended.
    enum Ending: Equatable {
        /// Every customer seen to and every order received.
        case dayOver
        /// `pace` said stop first.
        case stopped
        case failed(String)
    }

    /// Plays the day, waiting at each action's time for `pace`'s say-so.
    func run(pace: @escaping (Date) -> Bool) -> Ending {
        var stopped = false
        let due = receiver.map { EngineDesk.Orders(due: orders, settings: settings, receiver: $0) }
        var desk = EngineDesk(folder: folder, catalog: catalog, terminal: "demo", orders: due) { time in
            stopped = stopped || !pace(time)
            return !stopped
        }
        do {
            _ = try HallSimulator.play(arrivals, scenario: scenario, policy: policy, catalog: catalog, on: &desk)
            _ = try desk.advanceThroughOrders()
        } catch {
            return .failed(error.message)
        }
        return stopped ? .stopped : .dayOver
    }
}
