import Foundation

/// Where each known column sits in one file, read from its header line.
public struct CSVHeader<Column: CSVColumn>: Sendable, Equatable {
    /// The header's physical line, for notes about columns.
    public var line: Int
    /// How many cells the header has: a row with more (not blank) is misaligned.
    public var width: Int
    public var positions: [Column: Int]
    /// Header cells that name no known column, in file order: they are not read.
    public var ignored: [String]

    /// Fails when a required column is missing (naming every missing one with the names it
    /// may go by) or when two cells name the same column, because then which to read is a guess.
    public init(_ record: CSVRecord) throws(ImportFailure) {
        line = record.line
        width = record.fields.count
        positions = [:]
        ignored = []
        for (index, cell) in record.fields.enumerated() {
            guard let column = Column.named(cell) else {
                let label = cell.trimmingCharacters(in: .whitespaces)
                if !label.isEmpty { ignored.append(CellQuote.of(label)) }
                continue
            }
            if let earlier = positions[column] {
                throw ImportFailure(line: line, "表头里“\(CellQuote.of(record.fields[earlier]))”和“\(CellQuote.of(cell))”都是“\(column.name)”列，不知道该读哪一列。请删去或改名其中一列。")
            }
            positions[column] = index
        }
        let missing = Column.allCases.filter { $0.isRequired && positions[$0] == nil }
        guard missing.isEmpty else {
            let listed = missing.map { "“\($0.name)”（可写作：\($0.names.joined(separator: "、"))）" }.joined(separator: "；")
            let required = Column.allCases.filter(\.isRequired).map(\.name).joined(separator: "、")
            throw ImportFailure(line: line, "表头缺少必需的列：\(listed)。必需的列有：\(required)。第一行须是表头。")
        }
    }

    /// The cell of `column` in `fields`, trimmed; nil when the column is absent, the row is
    /// short, or the cell is blank.
    public func value(_ column: Column, in fields: [String]) -> String? {
        guard let index = positions[column], index < fields.count else { return nil }
        let value = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    public func has(_ column: Column) -> Bool {
        positions[column] != nil
    }

    /// What is wrong when a row has more (non-blank) cells than the header: usually a comma
    /// in a cell that was not quoted, which shifts every cell after it.
    public func overflow(in fields: [String]) -> String? {
        guard fields.dropFirst(width).contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        return "本行有 \(fields.count) 列，比表头的 \(width) 列多；内容里的逗号可能没有加双引号"
    }
}
