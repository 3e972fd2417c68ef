import HallDomain

/// One stretch a department held an order, as a record: every dispatch adds one.
extension DepartmentHolding: BinaryRecord {
    static let fieldCount = 3

    func writeFields(_ fields: inout BinaryFieldWriter) throws {
        fields.string(department)
        fields.date(from)
        fields.date(until)
    }

    init(fields: inout BinaryFieldReader) throws {
        self.init(department: try fields.string(), from: try fields.date(), until: try fields.optionalDate())
    }
}
