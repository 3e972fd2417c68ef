/// The improvement side of a period's report (客户问题分析改进制度): which causes are
/// being worked on, which were dealt with, and which clusters still wait for a decision.
public struct CaseFigures: Sendable, Equatable, Codable {
    /// The local day overdue is judged on: the period's end, or today if that comes first.
    public var asOf: String
    /// Cases still open at the end of the period, in the order they were opened.
    public var open: [ReportedCase]
    /// Cases finished within the period.
    public var finished: [ReportedCase]
    /// Candidate cases over orders received in the period, neither opened nor dismissed.
    public var suggested: [ReportedSuggestion]

    public init(asOf: String, open: [ReportedCase], finished: [ReportedCase], suggested: [ReportedSuggestion]) {
        self.asOf = asOf
        self.open = open
        self.finished = finished
        self.suggested = suggested
    }

    /// Open cases already past their due day.
    public var overdueOpen: Int { open.count(where: \.overdue) }
}
