/// Folds one recorded event into the state. Pure and total: an event in the log is a
/// fact, so nothing here may refuse it.
public func evolve(_ state: HallState, _ recorded: RecordedEvent) -> HallState {
    var next = state
    next.lastSeq = recorded.seq
    next.lastEventAt = recorded.timestamp
    switch recorded.event {
    case .logRepaired(let repair):
        next.repairs.append(repair)
    case .unrecognised(let type, _):
        next.unrecognised[type, default: 0] += 1
    }
    return next
}
