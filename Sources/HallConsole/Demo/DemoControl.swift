import TermUI

/// What the demo's keys ask of its clock. F3 (or Ctrl-P, for terminals that swallow
/// F-keys) works everywhere, even in a form, because stopping the world while filling one
/// in is the point; `-` and `+` only where they are not text. No pane uses any of them.
public enum DemoControl: Sendable, Equatable {
    case pauseOrResume
    case slower
    case faster

    init?(_ key: Key, typing: Bool) {
        switch key {
        case .function(3), .control("p"): self = .pauseOrResume
        case .character("-") where !typing: self = .slower
        case .character("+") where !typing, .character("=") where !typing: self = .faster
        default: return nil
        }
    }
}
