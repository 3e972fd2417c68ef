import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore

/// After a slip or a notice: show its text on the terminal at the configured paper width
/// and send it to the printer. Neither failure undoes what the log already holds.
enum ReceiptOutput {
    static func hand(_ events: [RecordedEvent], acting: Acting, show: Bool) throws {
        let receipts = Receipts(files: acting.files, guideName: acting.engine.actor.name)
        let printouts = receipts.printouts(for: events, state: acting.engine.replica.state)
        guard !printouts.isEmpty else { return }
        var config: PrinterConfig?
        do {
            config = try receipts.printer()
        } catch {
            warn("打印设置有误：\(error.description)")
        }
        if show {
            for printout in printouts { print(ReceiptText.string(printout, paper: config?.paper ?? .mm80)) }
        }
        if let problem = receipts.print(printouts, to: config) { warn(problem) }
    }
}
