import HallDomain

/// What every acting `order` sub-command does: act as the member named (or the login), let
/// the domain decide — the rules live there, so a command never checks one itself — and
/// print what was recorded. A refusal ends the command with the domain's message, exit 1.
enum OrderAction {
    @discardableResult
    static func perform(_ command: WorkOrderCommand, _ data: DataOptions, _ staff: StaffOptions, json: Bool) throws -> [RecordedEvent] {
        let events = try Acting(data, staff).perform(command)
        EventReport.print(events, json: json)
        return events
    }
}
