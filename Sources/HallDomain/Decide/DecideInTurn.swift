import Foundation

/// Decides several work-order commands as one action — the coordinator's "push these five"
/// — each on the state the previous ones leave, so they are appended together or not at
/// all. The first refusal refuses the lot, named by its order, and nothing is written.
public func decideInTurn(_ commands: [WorkOrderCommand], state: HallState, catalog: Catalog, settings: WorkOrderSettings,
                         actor: StaffMember, now: Date) throws(HallRefusal) -> [Event] {
    var state = state
    var events: [Event] = []
    for command in commands {
        let decided = try decide(command, state: state, catalog: catalog, settings: settings, actor: actor, now: now)
        for event in decided {
            state.evolve(by: RecordedEvent(seq: state.lastSeq + 1, timestamp: "", time: now, actor: actor.id, terminal: "", event: event))
        }
        events += decided
    }
    return events
}
