import Foundation
import HallDomain

/// A 95598 call-centre export (CSV, as Excel saves it) read into work-order intakes, one
/// per row, or the reason a row cannot be one. Nothing here decides or writes: the rows go
/// to `decideImport`, which receives them all in one decision or none.
public struct HotlineExport: Sendable {
    public var encoding: TextEncoding
    /// Every data row in file order, blank lines left out.
    public var rows: [Result<HotlineRow, RowProblem>]
    /// Columns left out, and defaults that set a deadline.
    public var notes: [ImportNote]

    /// Reads `bytes` against the seeds' `categories` and their `aliases` (an unknown name
    /// reads as 待归类), with times in the hall's `timeZone`; the customer's area comes from
    /// the address by `areas`, and `station` owns orders neither the row nor the address
    /// places. Fails as a whole only when the file cannot be read as a table: undecodable
    /// bytes, an unclosed quote, a bad header.
    public init(bytes: [UInt8], categories: [WorkOrderCategory], aliases: [String: String] = [:], areas: AreaRules = AreaRules(),
                timeZone: TimeZone, station: String) throws(ImportFailure) {
        let table = try CSVTable<HotlineColumn>(bytes: bytes, whenEmpty: "文件是空的：没有表头，也没有工单。")
        let header = table.header
        let reading = HotlineRowReading(header: header, categories: categories, aliases: aliases, areas: areas, timeZone: timeZone,
                                        station: station)
        encoding = table.encoding
        rows = []
        notes = header.ignored.isEmpty ? [] : [ImportNote(line: header.line, "以下列不导入，已忽略：\(header.ignored.joined(separator: "、"))")]
        var firstLine: [String: Int] = [:]
        for record in table.rows {
            if let hotline = header.value(.hotlineNumber, in: record.fields) {
                if let earlier = firstLine[hotline] {
                    rows.append(.failure(RowProblem(line: record.line, "工单编号 \(CellQuote.of(hotline)) 与第 \(earlier) 行重复，同一工单只导入一次")))
                    continue
                }
                firstLine[hotline] = record.line
            }
            let (row, rowNotes) = reading.read(record)
            rows.append(row)
            notes += rowNotes
        }
    }

    public var good: [HotlineRow] {
        rows.compactMap { try? $0.get() }
    }

    public var bad: [RowProblem] {
        rows.compactMap { if case .failure(let problem) = $0 { problem } else { nil } }
    }
}
