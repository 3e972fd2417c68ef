/// A scenario or policy the simulator cannot run, in words the person running it can fix.
public struct SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
