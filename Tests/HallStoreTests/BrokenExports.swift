import Foundation
import HallDomain
@testable import HallStore

/// Seeded 95598 exports for the importer fuzz: a plausible export (columns under any of
/// their names, in any order, in UTF-8, UTF-8 with BOM or GB18030, CRLF or LF, multi-line
/// and quoted descriptions), then broken the ways real files break.
struct BrokenExports {
    var random: SimulationRandom
    let categories: [WorkOrderCategory]

    init(seed: UInt64, categories: [WorkOrderCategory]) {
        random = SimulationRandom(seed: seed)
        self.categories = categories
    }

    /// The ways a file is broken; each case applies one to three of them.
    enum Mutation: CaseIterable {
        case truncate, wrongEncoding, renameHeaderCell, dropHeaderCell, duplicateHeaderCell, hugeField, nulBytes, byteFlips
        case extraColumn, missingColumn, escapeSequences, unbalancedQuote, duplicateRow, blankAndBareCRLines, emptyish
    }

    mutating func next() -> (bytes: [UInt8], mutations: [Mutation]) {
        var text = plausible()
        let mutations = (0..<(1 + int(3))).map { _ in Mutation.allCases[int(Mutation.allCases.count)] }
        for mutation in mutations {
            text = apply(mutation, to: text)
        }
        var bytes = encode(text)
        for mutation in mutations {
            switch mutation {
            case .wrongEncoding: bytes = wronglyEncoded(text)
            case .truncate: bytes = Array(bytes.prefix(int(bytes.count + 1)))
            case .byteFlips: bytes = flipped(bytes)
            case .nulBytes: bytes = withNULs(bytes)
            default: break
            }
        }
        return (bytes, mutations)
    }

    // MARK: - A plausible export

    private static let header: [HotlineColumn] = HotlineColumn.allCases

    private mutating func plausible() -> String {
        var columns = Self.header.filter { $0.isRequired || chance(0.7) }
        columns.shuffle(using: &random)
        let names = columns.map { $0.names[int($0.names.count)] }
        let end = chance(0.5) ? "\r\n" : "\n"
        var lines = [names.joined(separator: ",")]
        for row in 0..<(1 + int(8)) {
            lines.append(columns.map { quoted(value($0, row: row)) }.joined(separator: ","))
        }
        return lines.joined(separator: end) + (chance(0.8) ? end : "")
    }

    private mutating func value(_ column: HotlineColumn, row: Int) -> String {
        switch column {
        case .hotlineNumber: return "20261123\(String(format: "%05d", row + int(3) * 10))"
        case .receivedAt: return String(format: "2026-11-%02d %02d:%02d", 1 + int(22), 8 + int(9), int(60))
        case .kind: return pick(Array(HotlineValues.kinds.keys).sorted())
        case .category: let category = pick(categories); return chance(0.5) ? category.code : category.name
        case .customerName: return pick(["林美玲", "吴先生", "欧阳娜", "陈志强"])
        case .phone: return "1\(30 + int(60))\(String(format: "%08d", int(100_000_000)))"
        case .accountNumber: return String(format: "03%08d", int(100_000_000))
        case .address: return pick(["天河路 88 号", "乐从镇东平村 3 巷 5 号", "长湴路9号，3 栋"])
        case .station: return pick(["天河供电所", "乐从供电所"])
        case .area: return pick(["天河北", "长湴", "东平"])
        case .areaType: return pick(Array(HotlineValues.areaTypes.keys).sorted())
        case .customerKind: return pick(Array(HotlineValues.customerKinds.keys).sorted())
        case .description: return pick(["电压低，空调启动不了", "停电两小时，\n冰箱里的东西坏了", "营业员说\"下周再来\"", "电费比上月多一倍"])
        case .importance: return pick(Array(HotlineValues.importance.keys).sorted())
        }
    }

    private func quoted(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private mutating func encode(_ text: String) -> [UInt8] {
        switch int(3) {
        case 0: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case 1:
            guard case .converted(let gbk) = Iconv.convert(Array(text.utf8), from: "UTF-8", to: "GB18030", capacity: text.utf8.count * 2 + 4)
            else { return Array(text.utf8) }
            return gbk
        default: return Array(text.utf8)
        }
    }

    // MARK: - Breaking it

    private mutating func apply(_ mutation: Mutation, to text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        func cells(_ index: Int) -> [String] { lines[index].components(separatedBy: ",") }
        let row = lines.count > 1 ? 1 + int(lines.count - 1) : 0
        switch mutation {
        case .renameHeaderCell:
            var header = cells(0)
            header[int(header.count)] = pick(["工单", "", "受理时间 ", "诉求内容诉求内容", "\u{1B}[2J", "内容,"])
            lines[0] = header.joined(separator: ",")
        case .dropHeaderCell:
            var header = cells(0)
            header.remove(at: int(header.count))
            lines[0] = header.joined(separator: ",")
        case .duplicateHeaderCell:
            var header = cells(0)
            let cell = header[int(header.count)]
            let column = HotlineColumn.named(cell)
            header.append(column.map { pick($0.names) } ?? cell)
            lines[0] = header.joined(separator: ",")
        case .hugeField:
            var values = cells(row)
            let size = chance(0.1) ? 200_000 : 1_000 + int(20_000)
            values[int(values.count)] = String(repeating: pick(["停", "a", "电压低 "]), count: size)
            lines[row] = values.joined(separator: ",")
        case .extraColumn:
            var cells = cells(row)
            cells.insert(cells[int(cells.count)], at: int(cells.count))
            lines[row] = cells.joined(separator: ",")
        case .missingColumn:
            var cells = cells(row)
            if cells.count > 1 { cells.remove(at: int(cells.count)) }
            lines[row] = cells.joined(separator: ",")
        case .escapeSequences:
            lines[row] += pick(["\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{07}", "\u{9B}31m", "\u{202E}"])
        case .unbalancedQuote:
            lines[row] = "\"" + lines[row]
        case .duplicateRow:
            lines.insert(lines[row], at: row)
        case .blankAndBareCRLines:
            lines.insert(pick(["", "\r", ",,,", " "]), at: int(lines.count + 1))
        case .emptyish:
            return pick(["", "\u{FEFF}", lines[0], "\n\n", ","])
        case .truncate, .wrongEncoding, .byteFlips, .nulBytes:
            break
        }
        return lines.joined(separator: "\n")
    }

    private mutating func wronglyEncoded(_ text: String) -> [UInt8] {
        switch int(3) {
        case 0: return [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case 1: return Array(String(decoding: text.utf8.map { UInt16($0) }, as: UTF16.self).utf8)
        default:
            guard case .converted(let big5) = Iconv.convert(Array(text.utf8), from: "UTF-8", to: "BIG5//TRANSLIT", capacity: text.utf8.count * 2 + 4)
            else { return Array(text.utf8.reversed()) }
            return big5
        }
    }

    private mutating func flipped(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var bytes = bytes
        for _ in 0..<(1 + int(20)) { bytes[int(bytes.count)] = UInt8(truncatingIfNeeded: random.next()) }
        return bytes
    }

    private mutating func withNULs(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<(1 + int(10)) { bytes.insert(0, at: int(bytes.count + 1)) }
        return bytes
    }

    // MARK: - Randomness

    private mutating func int(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(random.next() % UInt64(bound)) }
    private mutating func chance(_ share: Double) -> Bool { random.chance(share) }
    private mutating func pick<T>(_ values: [T]) -> T { values[int(values.count)] }
}
