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

    /// Stored through `EventCodec`, as in the log, so a snapshot holds the same facts in the
    /// same shape; a format that says it stores bodies decoded (`storesDecodedBodies`, the
    /// binary snapshot) holds the body as its own value instead of its JSON text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time, forKey: .time)
        try container.encode(actor, forKey: .actor)
        guard !Self.storesDecodedBodies(encoder.userInfo) else {
            try Self.encodeDecoded(event.body, into: &container)
            return
        }
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
        if Self.storesDecodedBodies(decoder.userInfo) {
            guard let bodyType = WorkOrderEvent.bodyType(type: type, version: version) else {
                throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "not a work-order event: \(type) v\(version)")
            }
            event = try Self.decodeDecoded(bodyType, from: container)
            return
        }
        let body = try container.decode(Data.self, forKey: .body)
        guard case .workOrder(let event) = try EventCodec.decode(type: type, version: version, body: body) else {
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "not a work-order event: \(type)")
        }
        self.event = event
    }

    private static func storesDecodedBodies(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        !userInfo.isEmpty && userInfo[.storesDecodedBodies] as? Bool == true
    }

    private static func encodeDecoded<B: WorkOrderEventBody>(_ body: B, into container: inout KeyedEncodingContainer<CodingKeys>) throws {
        try container.encode(B.type, forKey: .type)
        try container.encode(B.version, forKey: .v)
        try container.encode(body, forKey: .body)
    }

    private static func decodeDecoded<B: WorkOrderEventBody>(_: B.Type, from container: KeyedDecodingContainer<CodingKeys>) throws -> WorkOrderEvent {
        try container.decode(B.self, forKey: .body).event
    }
}

extension CodingUserInfoKey {
    /// Set to true by a coder whose format stores each work-order history entry's body as a
    /// value of its own rather than as the JSON text the log holds: the binary snapshot,
    /// where parsing that text again for every entry of every order was half of loading it.
    public static let storesDecodedBodies = CodingUserInfoKey(rawValue: "halldesk.storesDecodedBodies")!
}
