import HallConsole
import HallDomain

extension ConsoleSession {
    /// The console for the member who opens it, on `start`: the counter's pane at a counter's
    /// terminal, the department's pane for its handler, the coordinator's pane only for
    /// those who may see every order (a department sees its own orders only).
    public func model(start: PaneID, counter: Int?) -> ConsoleModel {
        ConsoleModel(start: start, counter: counter, department: member?.handledDepartment,
                     seesEveryOrder: OrderSight.seesEveryOrder(member))
    }
}
