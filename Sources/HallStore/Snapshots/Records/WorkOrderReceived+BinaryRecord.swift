import HallDomain

/// The body every order's timeline starts with, as a record: one per order, with the most
/// fields of any body, it was a quarter of loading a snapshot through its Codable.
/// Fields in declaration order.
extension WorkOrderReceived: BinaryRecord {
    static let fieldCount = 16

    func writeFields(_ fields: inout BinaryFieldWriter) throws {
        fields.string(order)
        fields.raw(kind)
        fields.raw(source)
        fields.string(category)
        fields.string(categoryName)
        fields.bool(major)
        try fields.value(customer)
        fields.string(description)
        fields.string(hotlineNumber)
        fields.string(firstContactDue)
        fields.string(arrivalDue)
        fields.string(replyDue)
        fields.string(receivedAt)
        fields.string(repeatOf)
        fields.string(reportedCategory)
        fields.string(reportedKind)
    }

    init(fields: inout BinaryFieldReader) throws {
        let order = try fields.string()
        let kind = try fields.raw(WorkOrderKind.self)
        let source = try fields.raw(WorkOrderSource.self)
        let category = try fields.string()
        let categoryName = try fields.optionalString()
        let major = try fields.bool()
        let customer = try fields.record(Customer.self)
        self.init(order: order, kind: kind, source: source, category: category, major: major, customer: customer,
                  description: try fields.string(), hotlineNumber: try fields.optionalString(),
                  firstContactDue: try fields.optionalString(), arrivalDue: try fields.optionalString(),
                  replyDue: try fields.optionalString(), receivedAt: try fields.optionalString(), categoryName: categoryName,
                  repeatOf: try fields.optionalString(), reportedCategory: try fields.optionalString(),
                  reportedKind: try fields.optionalString())
    }
}
