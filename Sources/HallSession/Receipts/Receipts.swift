import Foundation
import HallConsole
import HallDomain
import HallStore

/// Prints what the guide hands over: a queue slip for `SlipIssued`, the one-time notice
/// for `VisitTurnedAway`. The slip is already in the log, so a printer failure is reported
/// but undoes nothing.
public struct Receipts {
    public let files: HallFiles
    public let guideName: String

    public init(files: HallFiles, guideName: String) {
        self.files = files
        self.guideName = guideName
    }

    /// The printouts for these events, in order; other events print nothing. A reprint is
    /// the slip as it was issued, read from `state`, marked 补打 with when it was printed.
    public func printouts(for events: [RecordedEvent], state: HallState) -> [Printout] {
        events.compactMap { recorded in
            let issuedAt = ReadableTime.of(recorded.timestamp, seconds: false)
            switch recorded.event {
            case .slipIssued(let slip):
                let type = files.catalog.businessType(code: slip.businessType)
                return SlipPrintout.make(
                    hallName: files.hall.name, slipNumber: slip.number, businessName: type?.name ?? slip.businessType,
                    customerKind: slip.customerKind.chineseName, issuedAt: issuedAt, peopleAhead: slip.estimate.peopleAhead,
                    expectedWait: slip.estimate.chineseText, priority: slip.priority?.chineseName,
                    formsToPrefill: type?.forms ?? [], footer: "请留意叫号，过号可在 \(files.catalog.rules.reinstateMinutes) 分钟内到窗口恢复"
                )
            case .slipReprinted(let reprint):
                guard let slip = state.day(reprint.businessDay)?.slip(reprint.slip) else { return nil }
                let type = files.catalog.businessType(code: slip.businessType)
                return SlipPrintout.make(
                    hallName: files.hall.name, slipNumber: slip.number, businessName: type?.name ?? slip.businessType,
                    customerKind: slip.customerKind.chineseName, issuedAt: LocalTime(slip.issuedAt, in: files.timeZone).minuteText,
                    peopleAhead: slip.estimate.peopleAhead, expectedWait: slip.estimate.chineseText,
                    priority: slip.priority?.chineseName, formsToPrefill: type?.forms ?? [],
                    footer: "请留意叫号，过号可在 \(files.catalog.rules.reinstateMinutes) 分钟内到窗口恢复", reprintedAt: issuedAt
                )
            case .visitTurnedAway(let visit):
                return NoticePrintout.make(
                    hallName: files.hall.name, businessName: files.catalog.businessType(code: visit.businessType)?.name ?? visit.businessType,
                    customerKind: visit.customerKind.chineseName, missingDocuments: visit.missingDocuments,
                    formsToBring: visit.formsToBring, issuedAt: issuedAt, guideName: guideName,
                    openingHours: files.hall.openingHours.map { "\($0.start)–\($0.end)" }.joined(separator: "，")
                )
            default:
                return nil
            }
        }
    }

    /// The printer `hall.toml` names, or nil when it names none.
    public func printer() throws(SeedError) -> PrinterConfig? {
        try SeedPrinter.load(files.folder.seedsURL.appendingPathComponent("hall.toml"), dataFolder: files.folder.url)
    }

    /// Sends the printouts to the configured printer; the message of the first failure, if any.
    public func print(_ printouts: [Printout], to config: PrinterConfig?) -> String? {
        guard let config, !printouts.isEmpty else { return nil }
        let printer = config.makePrinter()
        do {
            for printout in printouts { try printer.print(printout) }
            return nil
        } catch {
            return "已记录，但打印失败：\(error.message)"
        }
    }
}
