/// A counter (窗口) and the queues it serves, in the order it serves them.
public struct CounterDefinition: Sendable, Equatable, Codable {
    public var number: Int
    public var name: String
    /// Queue letters, first served first when the priority rule leaves a choice.
    public var queues: [String]
    /// Whether 叫下一位 here first finishes the slip in hand (as Qmatic's next does), so a
    /// clerk presses one key per customer; otherwise a slip in hand refuses the call.
    public var callNextFinishes: Bool

    public init(number: Int, name: String, queues: [String], callNextFinishes: Bool = false) {
        self.number = number
        self.name = name
        self.queues = queues
        self.callNextFinishes = callNextFinishes
    }

    private enum CodingKeys: String, CodingKey { case number, name, queues, callNextFinishes }

    /// Catalogs stored before the option existed read as without it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        name = try container.decode(String.self, forKey: .name)
        queues = try container.decode([String].self, forKey: .queues)
        callNextFinishes = try container.decodeIfPresent(Bool.self, forKey: .callNextFinishes) ?? false
    }
}
