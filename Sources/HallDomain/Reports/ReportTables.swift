/// The tables of a period's report, in the order they are printed.
public struct ReportTables {
    public let report: PeriodReport
    /// Staff names by id, so the clerks' table says who.
    public let names: (String) -> String?

    public init(report: PeriodReport, names: @escaping (String) -> String?) {
        self.report = report
        self.names = names
    }

    public var all: [ReportTable] { workOrders + cases + hall }

    public var workOrders: [ReportTable] {
        let orders = report.workOrders
        return [
            ReportTable(title: "按类别（与上期比）", file: "orders-by-category", header: ["类别", "本期", "上期", "增减"],
                        rows: categoryRows),
            counts("按诉求类型", "orders-by-kind", "类型", orders.byKind),
            counts("按来源", "orders-by-source", "来源", orders.bySource),
            counts("按片区", "orders-by-area", "片区", orders.byArea),
            counts("按主办部门", "orders-by-department", "部门", orders.byLeadDepartment),
            counts("重复诉求（按类别）", "repeats-by-category", "类别", orders.repeatsByCategory),
            deadlines("首次联系及时率", "first-contact", orders.firstContact),
            deadlines("答复及时率", "reply", orders.reply),
            ReportTable(title: "回退", file: "returns", header: ["部门", "申请", "确认", "原因"],
                        rows: orders.returns.map { [$0.department, String($0.requested), String($0.confirmed),
                                                    $0.reasons.map { "\($0.label)\($0.count)" }.joined(separator: " ")] }),
            counts("回访满意度", "satisfaction", "回访结果", orders.satisfaction),
            ReportTable(title: "定责", file: "rulings", header: ["部门", "有责", "无责"],
                        rows: orders.rulings.map { [$0.department, String($0.atFault), String($0.notAtFault)] }),
            counts("有责损坏赔偿（按原因）", "compensation-causes", "损坏原因", orders.compensationCauses),
            ReportTable(title: "升级（按级别）", file: "escalations",
                        header: ["升级至"] + EscalationReason.allCases.map(\.chineseName) + ["合计"],
                        rows: orders.escalations.filter { $0.total > 0 }
                            .map { [$0.level] + $0.reasons.map { String($0.count) } + [String($0.total)] }),
        ]
    }

    /// The improvement cases, one row each, for CSV; the terminal prints them as blocks
    /// instead, because root causes and actions are sentences, not cells.
    public var cases: [ReportTable] {
        let cases = report.cases
        return [
            ReportTable(title: "改进案例（期末未完成）", file: "cases-open",
                        header: ["编号", "根本原因", "改进措施", "负责部门", "完成期限", "状态", "最新进展", "涉及工单"],
                        rows: cases.open.map { [$0.number, $0.rootCause, $0.action, $0.ownerDepartment, $0.dueDay, $0.statusText,
                                                $0.latestProgress ?? "", $0.orders.joined(separator: " ")] }),
            ReportTable(title: "改进案例（本期完成）", file: "cases-finished",
                        header: ["编号", "根本原因", "改进措施", "负责部门", "完成期限", "完成日", "状态", "实际成效", "涉及工单"],
                        rows: cases.finished.map { [$0.number, $0.rootCause, $0.action, $0.ownerDepartment, $0.dueDay, $0.doneDay ?? "",
                                                    $0.statusText, $0.outcome ?? "", $0.orders.joined(separator: " ")] }),
            ReportTable(title: "建议立案（尚未立案或驳回）", file: "cases-suggested",
                        header: ["建议编号", "依据", "类别", "片区", "工单数", "工单"],
                        rows: cases.suggested.map { [$0.key, $0.kind.chineseName, $0.category ?? "", $0.area ?? "", String($0.orders.count),
                                                     $0.orders.joined(separator: " ")] }),
        ]
    }

    /// The customers' ratings beside each counter's and clerk's services (满意度评价).
    private static let ratingHeader = ["非常满意", "满意", "不满意", "满意率"]

    private static func ratings(_ figures: ServiceFigures) -> [String] {
        [String(figures.verySatisfied), String(figures.satisfied), String(figures.dissatisfied), ReportTable.percent(figures.satisfiedShare)]
    }

    public var hall: [ReportTable] {
        let hall = report.hall
        return [
            hallTable("按日", "hall-days", "日期", hall.days + [hall.total]),
            hallTable("按时段（取号所在小时，全期合计）", "hall-hours", "时段", hall.hours),
            hallTable("高峰日（每月21–26日）与其他日", "hall-peak", "日子", [hall.peak, hall.offPeak]),
            ReportTable(title: "窗口", file: "counters", header: ["窗口", "办结", "时长中位(分)"] + Self.ratingHeader,
                        rows: hall.counters.map { [$0.label, String($0.services), ReportTable.minutes($0.medianMinutes)] + Self.ratings($0) }),
            ReportTable(title: "营业员", file: "clerks", header: ["工号", "姓名", "办结", "时长中位(分)"] + Self.ratingHeader,
                        rows: hall.clerks.map { [$0.label, names($0.label) ?? "", String($0.services), ReportTable.minutes($0.medianMinutes)]
                            + Self.ratings($0) }),
            ReportTable(title: "预计等候的准确度（小票所印预计与实际等候）", file: "estimates",
                        header: ["队列", "已叫号", "误差中位(分)", "±5分钟内"],
                        rows: hall.estimates.map { [$0.queue, String($0.slips), ReportTable.minutes($0.medianAbsoluteErrorMinutes),
                                                    ReportTable.percent($0.withinFiveMinutes)] }),
        ]
    }

    /// Every category this period, with last period's count when a previous report was made.
    private var categoryRows: [[String]] {
        let changes = report.workOrders.categoryChanges
        guard !changes.isEmpty else { return report.workOrders.byCategory.map { [$0.label, String($0.count), "-", "-"] } }
        return changes.map { change in
            [change.category, String(change.current), String(change.previous), change.change > 0 ? "+\(change.change)" : String(change.change)]
        }
    }

    private func counts(_ title: String, _ file: String, _ name: String, _ rows: [CountRow]) -> ReportTable {
        ReportTable(title: title, file: file, header: [name, "件数"], rows: rows.map { [$0.label, String($0.count)] })
    }

    private func deadlines(_ title: String, _ file: String, _ rows: [DeadlineFigures]) -> ReportTable {
        ReportTable(title: title, file: file, header: ["部门", "到期", "按时", "超时", "未办", "及时率", "超时中位(分)"],
                    rows: rows.map { [$0.department, String($0.due), String($0.onTime), String($0.late), String($0.open),
                                      ReportTable.percent($0.onTimeRate), ReportTable.minutes($0.medianLateMinutes)] })
    }

    private func hallTable(_ title: String, _ file: String, _ name: String, _ rows: [HallRow]) -> ReportTable {
        ReportTable(title: title, file: file,
                    header: [name, "发号", "门口答", "告知", "回头", "办结", "未到", "平均等", "P90", "最长", "达标"],
                    rows: rows.map { row in
                        [row.label, String(row.slipsIssued), String(row.doorAnswered), String(row.turnedAway), String(row.cameBack),
                         String(row.served), String(row.noShows), ReportTable.minutes(row.wait.averageMinutes),
                         ReportTable.minutes(row.wait.p90Minutes), ReportTable.minutes(row.wait.maxMinutes),
                         ReportTable.percent(row.wait.withinTarget)]
                    })
    }
}
