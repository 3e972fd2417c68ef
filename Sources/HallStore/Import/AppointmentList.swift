import Foundation
import HallDomain

/// An appointment list read from a CSV file (UTF-8 or GBK, as `TextDecoding` reads any
/// import): one request per row, each naming its line. Cells are passed on as written,
/// so that the appointment book's own rules (`Decision.bookAppointments`) judge them and
/// name the line of a bad one; only what cannot be a request at all fails here.
public struct AppointmentList: Sendable, Equatable {
    public var requests: [AppointmentRequest]
    public var encoding: TextEncoding

    public init(bytes: [UInt8], catalog: Catalog) throws(ImportFailure) {
        let (text, encoding) = try TextDecoding.decode(bytes)
        let records = try CSVReader.records(in: text).filter { !$0.isBlank }
        guard let first = records.first else {
            throw ImportFailure(line: nil, "文件是空的：第一行须是表头（预约日期、时段、业务、姓名、电话、来源），其下每行一个预约。")
        }
        let header = try CSVHeader<AppointmentColumn>(first)
        var requests: [AppointmentRequest] = []
        for record in records.dropFirst() {
            requests.append(try AppointmentList.request(record, header: header, catalog: catalog))
        }
        self.requests = requests
        self.encoding = encoding
    }

    private static func request(_ record: CSVRecord, header: CSVHeader<AppointmentColumn>,
                                catalog: Catalog) throws(ImportFailure) -> AppointmentRequest {
        func cell(_ column: AppointmentColumn) throws(ImportFailure) -> String {
            guard let value = header.value(column, in: record.fields) else {
                throw ImportFailure(line: record.line, "“\(column.name)”为空，请补上后重新导入；整批未导入。")
            }
            return value
        }
        let slot = try cell(.slot).replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            .replacingOccurrences(of: "～", with: "-").replacingOccurrences(of: "~", with: "-")
            .split(separator: "-", maxSplits: 1).map { paddedTime($0.trimmingCharacters(in: .whitespaces)) }
        let sourceText = header.value(.source, in: record.fields) ?? AppointmentSource.onlineGrid.chineseName
        guard let source = AppointmentSource(text: sourceText) else {
            throw ImportFailure(line: record.line, "来源“\(CellQuote.of(sourceText))”不认识，应为 网上国网、电话 或 现场；整批未导入。")
        }
        return AppointmentRequest(day: day(try cell(.day)), start: slot.first ?? "", end: slot.count > 1 ? slot[1] : nil,
                                  businessType: businessCode(try cell(.business), catalog: catalog), name: try cell(.name),
                                  phone: try cell(.phone), source: source, line: record.line)
    }

    /// `2026/12/7` (Excel's way) as `2026-12-07`; anything else as written.
    static func day(_ text: String) -> String {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ Int($0) != nil }) else { return text }
        return parts[0] + "-" + parts[1...].map { $0.count == 1 ? "0" + $0 : String($0) }.joined(separator: "-")
    }

    /// `9:00` as `09:00`.
    static func paddedTime(_ text: String) -> String {
        text.count == 4 && text.dropFirst().first == ":" ? "0" + text : text
    }

    /// A business by code, name or alias; as written when none matches, for the book to refuse.
    static func businessCode(_ text: String, catalog: Catalog) -> String {
        let lowered = text.lowercased()
        return catalog.businessTypes.first {
            $0.code.lowercased() == lowered || $0.name == text || $0.aliases.contains { $0.lowercased() == lowered }
        }?.code ?? text
    }
}
