import ArgumentParser

/// A policy switch written as `on` or `off` on the command line.
enum OnOff: String, ExpressibleByArgument, CaseIterable {
    case on
    case off

    var isOn: Bool { self == .on }
}
