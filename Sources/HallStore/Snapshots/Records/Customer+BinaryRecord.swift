import HallDomain

/// A work order's customer as a record (see `WorkOrder`'s). Fields in declaration order.
extension Customer: BinaryRecord {
    static let fieldCount = 10

    func writeFields(_ fields: inout BinaryFieldWriter) throws {
        fields.string(name)
        fields.string(phone)
        fields.string(accountNumber)
        fields.string(address)
        fields.string(area)
        fields.string(station)
        fields.raw(areaType)
        fields.raw(kind)
        fields.string(tier)
        fields.bool(vip)
    }

    init(fields: inout BinaryFieldReader) throws {
        self.init(name: try fields.string(), phone: try fields.optionalString(), accountNumber: try fields.optionalString(),
                  address: try fields.string(), area: try fields.string(), station: try fields.string(),
                  areaType: try fields.raw(AreaType.self), kind: try fields.raw(CustomerKind.self),
                  tier: try fields.optionalString(), vip: try fields.bool())
    }
}
