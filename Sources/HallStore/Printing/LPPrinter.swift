import Foundation
import Glibc

/// The `lp` printer: the receipt's ESC/POS bytes submitted to a CUPS queue with
/// `lp -d QUEUE -o raw`, so that CUPS passes them to the printer untouched.
///
/// The bytes go to `lp` as a temporary file rather than on its standard input: an `lp`
/// that exits early (unknown queue) would otherwise close the pipe under our write and
/// the SIGPIPE would end HallDesk.
public struct LPPrinter: ReceiptPrinter {
    public var queue: String
    public var paper: PaperWidth
    /// The folders searched for `lp`, `:`-separated like PATH.
    public var searchPath: String

    public init(queue: String, paper: PaperWidth,
                searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin") {
        self.queue = queue
        self.paper = paper
        self.searchPath = searchPath
    }

    public func print(_ printout: Printout) throws(PrintFailure) {
        let bytes = try ESCPOS.encode(printout, paper: paper)
        guard let lp = locateLP() else { throw PrintFailure.lpMissing }
        let folder = FileManager.default.temporaryDirectory
        let job = folder.appendingPathComponent("halldesk-receipt-\(UUID().uuidString).bin")
        try SingleWrite.write(bytes, to: job.path, flags: O_CREAT | O_EXCL, missing: .folderMissing(path: folder.path))
        defer { try? FileManager.default.removeItem(at: job) }
        try run(lp, arguments: ["-d", queue, "-o", "raw", job.path])
    }

    private func locateLP() -> URL? {
        ToolRun.locate("lp", searchPath: searchPath)
    }

    private func run(_ lp: URL, arguments: [String]) throws(PrintFailure) {
        switch ToolRun.run(lp, arguments) {
        case .finished: return
        case .couldNotStart(let reason): throw PrintFailure.lpFailed(status: -1, detail: "\(lp.path) 无法启动：\(reason)")
        case let .failed(status, detail): throw PrintFailure.lpFailed(status: status, detail: detail)
        }
    }
}
