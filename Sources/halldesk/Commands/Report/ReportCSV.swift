import Foundation
import HallDomain

/// Writes each table as `DIR/<file>.csv`: UTF-8 with a byte-order mark, because Excel in
/// China reads a CSV without one as GBK and garbles every Chinese cell; CRLF line ends and
/// RFC 4180 quoting, so any CSV reader takes it.
enum ReportCSV {
    static func write(_ tables: [ReportTable], to folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try tables.map { table in
            let url = folder.appendingPathComponent(table.file + ".csv")
            let lines = ([table.header] + table.rows).map { $0.map(field).joined(separator: ",") + "\r\n" }
            try (Data([0xEF, 0xBB, 0xBF]) + Data(lines.joined().utf8)).write(to: url, options: .atomic)
            return url
        }
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
