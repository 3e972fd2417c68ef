import Foundation

/// One step of an order's timeline: what happened, when and by whom. Kept on the order so
/// the detail view and `order show` tell the whole story without reading the log again.
public struct WorkOrderHistoryEntry: Sendable, Equatable, Codable {
    public var time: Date
    public var actor: String
    public var event: WorkOrderEvent

    public init(time: Date, actor: String, event: WorkOrderEvent) {
        self.time = time
        self.actor = actor
        self.event = event
    }

    private enum CodingKeys: String, CodingKey { case time, actor, type, v, body }

    /// Stored through `EventCodec`, as in the log, so a document holds the same facts in
    /// the same shape. (The binary snapshot stores an entry as a record of its own, with the
    /// body as a value rather than its JSON text: see HallStore's `BinaryRecord`.)
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time, forKey: .time)
        try container.encode(actor, forKey: .actor)
        let encoded = EventCodec.encode(.workOrder(event))
        try container.encode(encoded.type, forKey: .type)
        try container.encode(encoded.version, forKey: .v)
        try container.encode(encoded.body, forKey: .body)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        time = try container.decode(Date.self, forKey: .time)
        actor = try container.decode(String.self, forKey: .actor)
        let type = try container.decode(String.self, forKey: .type)
        let version = try container.decode(Int.self, forKey: .v)
        let body = try container.decode(Data.self, forKey: .body)
        guard case .workOrder(let event) = try EventCodec.decode(type: type, version: version, body: body) else {
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "not a work-order event: \(type)")
        }
        self.event = event
    }
}
