/// One part of a printed report (工单, 改进案例, 营业厅): its heading, what it says in
/// sentences, and its tables. Every output form walks the same sections, so the terminal,
/// Markdown and HTML say the same things in the same order.
public struct ReportSection: Sendable, Equatable {
    public enum Part: String, Sendable {
        case workOrders, cases, hall
    }

    public var part: Part
    public var heading: String
    public var sentences: [String]
    public var tables: [ReportTable]

    public init(part: Part, heading: String, sentences: [String], tables: [ReportTable]) {
        self.part = part
        self.heading = heading
        self.sentences = sentences
        self.tables = tables
    }
}
