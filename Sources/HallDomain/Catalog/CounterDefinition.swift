/// A counter (窗口) and the queues it serves, in the order it serves them.
public struct CounterDefinition: Sendable, Equatable, Codable {
    public var number: Int
    public var name: String
    /// Queue letters, first served first when the priority rule leaves a choice.
    public var queues: [String]

    public init(number: Int, name: String, queues: [String]) {
        self.number = number
        self.name = name
        self.queues = queues
    }
}
