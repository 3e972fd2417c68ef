import HallDomain

/// What became of a command a pane asked for, as the wiring reports it back through
/// `ConsoleModel.record(_:)`: the events written, or the refusal's Chinese message.
public enum ActionResult: Sendable, Equatable {
    case done([RecordedEvent])
    case refused(String)
}
