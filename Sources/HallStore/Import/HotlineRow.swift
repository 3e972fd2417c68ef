import HallDomain

/// A row of a 95598 export that reads as a work order, with the physical line it starts on.
public struct HotlineRow: Sendable, Equatable {
    public var line: Int
    public var intake: WorkOrderIntake

    public init(line: Int, intake: WorkOrderIntake) {
        self.line = line
        self.intake = intake
    }
}
