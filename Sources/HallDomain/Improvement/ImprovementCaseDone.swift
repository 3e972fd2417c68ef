import Foundation

/// The improvement action was carried out; the case stops counting as open or overdue.
public struct ImprovementCaseDone: WorkOrderEventBody {
    public static let type = "improvementCaseDone"
    public static let version = 1

    public var caseNumber: String
    /// What was actually done, for the monthly report.
    public var outcome: String

    public init(caseNumber: String, outcome: String) {
        self.caseNumber = caseNumber
        self.outcome = outcome
    }

    public var event: WorkOrderEvent { .improvementCaseDone(self) }

    public var summary: String { SummaryText.titled("改进案例 \(caseNumber) 完成", outcome) }

    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        book.updateCase(caseNumber) { improvementCase in
            improvementCase.status = .done
            improvementCase.outcome = outcome
            improvementCase.doneAt = time
        }
    }
}
