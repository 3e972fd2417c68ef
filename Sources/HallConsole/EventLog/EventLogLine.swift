import HallDomain

/// A line of the event-log pane. Unlike an order's own timeline, the log mixes every order
/// and slip of the hall, so a work-order line names its order: 「派单：主办 计量班」 becomes
/// 「派单 GD000002：主办 计量班」. Lines of slips and counters name them already.
enum EventLogLine {
    static func text(for event: Event) -> String {
        let description = EventDescription.text(for: event)
        guard case .workOrder(let orderEvent) = event, let order = order(of: orderEvent.body),
              !description.contains(order) else { return description }
        return named(description, order)
    }

    /// The order a body is about, where it is about exactly one (`EventLogSight` asks it too).
    static func order(of body: any WorkOrderEventBody) -> String? {
        if let body = body as? any OrderEventBody { return body.order }
        if let body = body as? WorkOrderReceived { return body.order }
        return nil
    }

    /// The order goes after the action, before what follows its colon; a line without one
    /// (「办结」) gets it at the end.
    static func named(_ description: String, _ order: String) -> String {
        guard let colon = description.firstIndex(of: "：") else { return "\(description) \(order)" }
        return "\(description[..<colon]) \(order)\(description[colon...])"
    }
}
