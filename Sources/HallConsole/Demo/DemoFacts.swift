/// The demo's state as the console shows it (`halldesk demo`): how fast the simulated day
/// runs, whether it is paused, and whether it is over or stopped on a failure. Nil in
/// `ConsoleFacts` outside a demo, where none of this exists.
public struct DemoFacts: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        case running
        case paused
        /// Every customer of the simulated day has been seen to; the console stays open.
        case dayOver
        /// The simulated staff could not go on (the log failed); the message says why.
        case failed(String)
    }

    /// Simulated seconds per real second.
    public var speed: Double
    public var stage: Stage

    public init(speed: Double, stage: Stage) {
        self.speed = speed
        self.stage = stage
    }

    /// For the status line, beside the simulated clock.
    var statusText: String {
        switch stage {
        case .running: "演示 ×\(Int(speed))"
        case .paused: "演示已暂停"
        case .dayOver: "演示：模拟的一天已结束"
        case .failed: "演示中断"
        }
    }
}
