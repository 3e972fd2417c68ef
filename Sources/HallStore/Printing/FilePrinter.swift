import Foundation
import Glibc

/// The `file` printer: appends each receipt's text form to a file, followed by an empty
/// line as the tear-off gap. For halls without a receipt printer, and for tests and
/// training, where the file shows exactly what paper would.
public struct FilePrinter: ReceiptPrinter {
    public var path: String
    public var paper: PaperWidth

    public init(path: String, paper: PaperWidth) {
        self.path = path
        self.paper = paper
    }

    public func print(_ printout: Printout) throws(PrintFailure) {
        let text = ReceiptText.string(printout, paper: paper) + "\n"
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try SingleWrite.write(Array(text.utf8), to: path, flags: O_CREAT | O_APPEND, missing: .folderMissing(path: folder))
    }
}
