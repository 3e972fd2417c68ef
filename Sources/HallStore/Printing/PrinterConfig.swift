/// Which printer a terminal prints to and on what paper: the `[printer]` table of
/// hall.toml, e.g. `kind = "escpos"`, `path = "/dev/usb/lp0"`, `paper = "58mm"`.
public struct PrinterConfig: Sendable, Equatable {
    /// The backend and the one setting it needs.
    public enum Destination: Sendable, Equatable {
        /// `kind = "file"`, `path`: the text form appended to a file.
        case file(path: String)
        /// `kind = "lp"`, `queue`: ESC/POS bytes to a CUPS queue.
        case lp(queue: String)
        /// `kind = "escpos"`, `path`: ESC/POS bytes to a device.
        case escpos(device: String)
    }

    public var destination: Destination
    public var paper: PaperWidth

    public init(destination: Destination, paper: PaperWidth) {
        self.destination = destination
        self.paper = paper
    }

    public func makePrinter() -> any ReceiptPrinter {
        switch destination {
        case .file(let path): return FilePrinter(path: path, paper: paper)
        case .lp(let queue): return LPPrinter(queue: queue, paper: paper)
        case .escpos(let device): return ESCPOSPrinter(device: device, paper: paper)
        }
    }

    /// Reads the table's string values. Every key must be known and belong to the kind
    /// (a `queue` beside `kind = "file"` is a mistake worth naming, not something to
    /// ignore), and `paper` is required: printing a 80 mm layout on 58 mm paper wraps
    /// every line, so there is no safe default.
    public static func parse(_ table: [String: String]) throws(PrintFailure) -> PrinterConfig {
        let known = ["kind", "path", "queue", "paper"]
        if let unknown = table.keys.sorted().first(where: { !known.contains($0) }) {
            throw PrintFailure.badConfig(problem: "不认识的设置项 \(unknown)（可用的有 kind、path、queue、paper）")
        }
        guard let paperName = table["paper"] else {
            throw PrintFailure.badConfig(problem: "缺少 paper（纸宽），应为 \"58mm\" 或 \"80mm\"")
        }
        guard let paper = PaperWidth(rawValue: paperName) else {
            throw PrintFailure.badConfig(problem: "paper = \"\(paperName)\" 无效，应为 \"58mm\" 或 \"80mm\"")
        }
        switch table["kind"] {
        case "file":
            return PrinterConfig(destination: .file(path: try value("path", in: table, without: "queue", kind: "file")), paper: paper)
        case "escpos":
            return PrinterConfig(destination: .escpos(device: try value("path", in: table, without: "queue", kind: "escpos")), paper: paper)
        case "lp":
            let queue = try value("queue", in: table, without: "path", kind: "lp")
            guard !queue.hasPrefix("-"), !queue.contains(where: { $0.isWhitespace || $0 == "/" || $0 == "#" }) else {
                throw PrintFailure.badConfig(problem: "queue = \"\(queue)\" 不是有效的 CUPS 队列名（不能以 - 开头，不能含空格、/ 或 #）")
            }
            return PrinterConfig(destination: .lp(queue: queue), paper: paper)
        case nil:
            throw PrintFailure.badConfig(problem: "缺少 kind，应为 \"file\"、\"lp\" 或 \"escpos\"")
        case let kind?:
            throw PrintFailure.badConfig(problem: "kind = \"\(kind)\" 无效，应为 \"file\"、\"lp\" 或 \"escpos\"")
        }
    }

    /// The non-empty setting `key` that `kind` needs, refusing the one it does not use.
    private static func value(_ key: String, in table: [String: String], without other: String, kind: String) throws(PrintFailure) -> String {
        if table[other] != nil {
            throw PrintFailure.badConfig(problem: "kind = \"\(kind)\" 不使用 \(other)，请删去它，只写 \(key)")
        }
        guard let value = table[key], !value.isEmpty else {
            throw PrintFailure.badConfig(problem: "kind = \"\(kind)\" 需要填写 \(key)")
        }
        return value
    }
}
