/// Departments typed in one field: 「运检部、营销部」, commas (full or half width), 、 or spaces.
enum DepartmentList {
    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { "，,、 ;；".contains($0) }).map(String.init)
    }
}
