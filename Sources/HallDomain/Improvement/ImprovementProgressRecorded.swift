import Foundation

/// A note of how an improvement action is getting on, so the manager need not ask.
public struct ImprovementProgressRecorded: WorkOrderEventBody {
    public static let type = "improvementProgressRecorded"
    public static let version = 1

    public var caseNumber: String
    public var note: String

    public init(caseNumber: String, note: String) {
        self.caseNumber = caseNumber
        self.note = note
    }

    public var event: WorkOrderEvent { .improvementProgressRecorded(self) }

    public var summary: String { SummaryText.titled("改进案例 \(caseNumber) 进展", note) }

    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        book.updateCase(caseNumber) { $0.progress.append(ImprovementProgress(time: time, actor: actor, note: note)) }
    }
}
