import Foundation

/// A work order that reaches the hall during a simulated day, and when.
public struct SimulatedOrder: Sendable, Equatable {
    public var time: Date
    public var intake: WorkOrderIntake

    public init(time: Date, intake: WorkOrderIntake) {
        self.time = time
        self.intake = intake
    }
}
