/// What the station learns from one period of its log (客户问题分析改进制度): the work
/// orders, the hall's queue and the improvement cases. Made by `PeriodReportFold`; plain
/// values, so it prints, encodes as JSON and compares in tests.
public struct PeriodReport: Sendable, Equatable, Codable {
    /// First day, `yyyy-MM-dd`.
    public var from: String
    /// Last day, inclusive.
    public var through: String
    /// The department the report was narrowed to, if any.
    public var department: String?
    /// The station (供电所) the work-order figures were narrowed to, if any.
    public var station: String?
    /// Records read, and the last one's sequence number: what the figures stand on.
    public var eventsRead: Int
    public var lastSeq: Int
    public var workOrders: WorkOrderFigures
    public var hall: HallFigures
    /// Improvement cases open and finished, and the ones the orders suggest.
    public var cases: CaseFigures

    public init(from: String, through: String, department: String?, station: String? = nil, eventsRead: Int, lastSeq: Int,
                workOrders: WorkOrderFigures, hall: HallFigures, cases: CaseFigures) {
        self.from = from
        self.through = through
        self.department = department
        self.station = station
        self.eventsRead = eventsRead
        self.lastSeq = lastSeq
        self.workOrders = workOrders
        self.hall = hall
        self.cases = cases
    }
}
