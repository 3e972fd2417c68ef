import HallDomain

/// A step of an order's timeline as a record: its time, actor, the body's type and version,
/// then the body as a value of its own through its Codable (not the JSON text the log
/// holds, which would have to be parsed again for every entry).
extension WorkOrderHistoryEntry: BinaryRecord {
    static let fieldCount = 3

    func writeFields(_ fields: inout BinaryFieldWriter) throws {
        fields.date(time)
        fields.string(actor)
        try Self.writeBody(event.body, into: &fields)
    }

    private static func writeBody<B: WorkOrderEventBody>(_ body: B, into fields: inout BinaryFieldWriter) throws {
        fields.string(B.type)
        fields.int(B.version)
        try fields.value(body)
    }

    init(fields: inout BinaryFieldReader) throws {
        let time = try fields.date()
        let actor = try fields.string()
        let type = try fields.stringNumber()
        let version = try fields.int()
        guard (0..<1 << 16).contains(version) else { throw fields.reader.corrupt(fields.codingPath, "body version \(version)") }
        let memo = type << 16 | version
        let bodyType: any WorkOrderEventBody.Type
        if let known = fields.reader.bodyTypes[memo] {
            bodyType = known
        } else {
            guard let found = WorkOrderEvent.bodyType(type: fields.reader.strings[type], version: version) else {
                throw fields.reader.corrupt(fields.codingPath, "not a work-order event: \(fields.reader.strings[type]) v\(version)")
            }
            fields.reader.bodyTypes[memo] = found
            bodyType = found
        }
        self.init(time: time, actor: actor, event: try Self.readBody(bodyType, from: &fields))
    }

    private static func readBody<B: WorkOrderEventBody>(_: B.Type, from fields: inout BinaryFieldReader) throws -> WorkOrderEvent {
        try fields.value(B.self).event
    }
}
