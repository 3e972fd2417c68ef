import Foundation
import HallDomain
import HallStore

/// Writes each table as `DIR/<file>.csv`: UTF-8 with a byte-order mark, because Excel in
/// China reads a CSV without one as GBK and garbles every Chinese cell; CRLF line ends and
/// RFC 4180 quoting, so any CSV reader takes it. The folder appears whole or not at all
/// (`ExportFiles`), its files 0640.
enum ReportCSV {
    static func write(_ tables: [ReportTable], to folder: URL) throws(LogFailure) -> [URL] {
        let files = tables.map { table in
            let lines = ([table.header] + table.rows).map { $0.map(field).joined(separator: ",") + "\r\n" }
            return (name: table.file + ".csv", bytes: [0xEF, 0xBB, 0xBF] + Array(lines.joined().utf8))
        }
        try ExportFiles.write(files, into: folder)
        return files.map { folder.appendingPathComponent($0.name) }
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
