/// One period's report of several halls side by side (`report month --all-halls`): a row per
/// figure, a column per hall, and a 合计 column where adding the halls up means something.
///
/// Every cell of a hall's column is the figure that hall's own report prints. The 合计 of a
/// count is the sum; a rate is worked out again from the summed counts (按时 ÷ 到期 over all
/// halls, never the average of the halls' rates, which would weigh a quiet hall like a busy
/// one); an average wait from the summed minutes; the longest wait is the longest of all; a
/// percentile cannot be had from the halls' figures, so its 合计 is `-`.
public struct HallsComparison: Sendable {
    /// Each hall's name and its report, in the order of the columns.
    public var halls: [(name: String, report: PeriodReport)]

    public init(halls: [(name: String, report: PeriodReport)]) {
        self.halls = halls
    }

    /// The column a figure's 合计 takes, from the halls' reports.
    private enum Total {
        case sum, none, max
        /// `numerator` ÷ `denominator`, each summed over the halls, as a percentage.
        case share(numerator: (PeriodReport) -> Double, denominator: (PeriodReport) -> Double)
        /// Σ(average × count) ÷ Σcount: the average over every hall's items.
        case weightedAverage(count: (PeriodReport) -> Double)
    }

    private struct Figure {
        var name: String
        var value: (PeriodReport) -> Double?
        var text: (Double?) -> String
        var total: Total
    }

    public var tables: [ReportTable] {
        [table("工单（各营业厅并列）", "all-halls-orders", Self.orderFigures),
         table("营业厅排队（各营业厅并列）", "all-halls-queue", Self.hallFigures)]
    }

    private func table(_ title: String, _ file: String, _ figures: [Figure]) -> ReportTable {
        ReportTable(title: title, file: file, header: ["指标"] + halls.map(\.name) + ["合计"], rows: figures.map { figure in
            [figure.name] + halls.map { figure.text(figure.value($0.report)) } + [figure.text(total(figure))]
        })
    }

    private func total(_ figure: Figure) -> Double? {
        let reports = halls.map(\.report)
        switch figure.total {
        case .sum: return reports.reduce(0) { $0 + (figure.value($1) ?? 0) }
        case .none: return nil
        case .max: return reports.compactMap(figure.value).max()
        case .share(let numerator, let denominator):
            let down = reports.reduce(0) { $0 + denominator($1) }
            return down == 0 ? nil : reports.reduce(0) { $0 + numerator($1) } / down
        case .weightedAverage(let count):
            let counted = reports.reduce(0) { $0 + count($1) }
            return counted == 0 ? nil : reports.reduce(0) { $0 + (figure.value($1) ?? 0) * count($1) } / counted
        }
    }

    private static func count(_ name: String, _ value: @escaping (PeriodReport) -> Int) -> Figure {
        Figure(name: name, value: { Double(value($0)) }, text: { $0.map { String(Int($0)) } ?? "-" }, total: .sum)
    }

    private static func percent(_ name: String, _ numerator: @escaping (PeriodReport) -> Int, _ denominator: @escaping (PeriodReport) -> Int)
        -> Figure {
        Figure(name: name, value: { denominator($0) == 0 ? nil : Double(numerator($0)) / Double(denominator($0)) },
               text: ReportTable.percent, total: .share(numerator: { Double(numerator($0)) }, denominator: { Double(denominator($0)) }))
    }

    private static func minutes(_ name: String, _ value: @escaping (PeriodReport) -> Double?, total: Total) -> Figure {
        Figure(name: name, value: value, text: ReportTable.minutes, total: total)
    }

    private static func sum(_ rows: [DeadlineFigures], _ value: (DeadlineFigures) -> Int) -> Int {
        rows.reduce(0) { $0 + value($1) }
    }

    private static var orderFigures: [Figure] {
        [
            count("受理工单") { $0.workOrders.received },
            count("其中重大") { $0.workOrders.major },
            count("重复诉求") { $0.workOrders.repeats },
            count("首次联系到期") { sum($0.workOrders.firstContact, \.due) },
            count("首次联系按时") { sum($0.workOrders.firstContact, \.onTime) },
            percent("首次联系及时率", { sum($0.workOrders.firstContact, \.onTime) }, { sum($0.workOrders.firstContact, \.due) }),
            count("答复到期") { sum($0.workOrders.reply, \.due) },
            count("答复按时") { sum($0.workOrders.reply, \.onTime) },
            percent("答复及时率", { sum($0.workOrders.reply, \.onTime) }, { sum($0.workOrders.reply, \.due) }),
        ] + Satisfaction.allCases.map { answer in
            count("回访\(answer.chineseName)") { report in
                report.workOrders.satisfaction.first { $0.label == answer.chineseName }?.count ?? 0
            }
        } + [
            count("有责定责") { $0.workOrders.rulings.reduce(0) { $0 + $1.atFault } },
            count("升级") { $0.workOrders.escalations.reduce(0) { $0 + $1.total } },
        ]
    }

    /// Slips called within the target: the hall's share times its called slips, which is
    /// the whole number the share was made from.
    private static func withinTarget(_ report: PeriodReport) -> Int {
        Int(((report.hall.total.wait.withinTarget ?? 0) * Double(report.hall.total.wait.called)).rounded())
    }

    private static func rated(_ report: PeriodReport) -> (satisfied: Int, all: Int) {
        report.hall.counters.reduce((0, 0)) { ($0.0 + $1.verySatisfied + $1.satisfied, $0.1 + $1.rated) }
    }

    private static var hallFigures: [Figure] {
        [
            count("发号") { $0.hall.total.slipsIssued },
            count("门口答") { $0.hall.total.doorAnswered },
            count("告知") { $0.hall.total.turnedAway },
            count("回头") { $0.hall.total.cameBack },
            count("办结") { $0.hall.total.served },
            count("未到") { $0.hall.total.noShows },
            count("已叫号") { $0.hall.total.wait.called },
            minutes("平均等候(分)", { $0.hall.total.wait.averageMinutes }, total: .weightedAverage(count: { Double($0.hall.total.wait.called) })),
            minutes("P90等候(分)", { $0.hall.total.wait.p90Minutes }, total: .none),
            minutes("最长等候(分)", { $0.hall.total.wait.maxMinutes }, total: .max),
            percent("等候达标率", withinTarget, { $0.hall.total.wait.called }),
            percent("窗口满意率", { rated($0).satisfied }, { rated($0).all }),
        ]
    }
}
