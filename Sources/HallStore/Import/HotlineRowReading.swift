import Foundation
import HallDomain

/// One data record of a 95598 export to a work-order intake. Every problem in the row is
/// listed at once, so the coordinator fixes the row in one pass.
struct HotlineRowReading {
    let header: CSVHeader<HotlineColumn>
    let categories: [WorkOrderCategory]
    let timeZone: TimeZone
    /// The hall's own station: the owner when the export names none (属地管理).
    let station: String

    func read(_ record: CSVRecord) -> (row: Result<HotlineRow, RowProblem>, notes: [ImportNote]) {
        var reasons: [String] = []
        let fields = record.fields
        func value(_ column: HotlineColumn) -> String? { header.value(column, in: fields) }
        func required(_ column: HotlineColumn) -> String? {
            guard let text = value(column) else {
                reasons.append("缺少\(column.name)")
                return nil
            }
            return text
        }
        func lookUp<Value>(_ column: HotlineColumn, _ text: String?, _ table: [String: Value], accepted: String) -> Value? {
            guard let text else { return nil }
            guard let found = table[text] else {
                reasons.append("\(column.name)“\(CellQuote.of(text))”不认识，可填：\(accepted)")
                return nil
            }
            return found
        }

        if let overflow = header.overflow(in: fields) { reasons.append(overflow) }
        let hotline = required(.hotlineNumber)
        if let hotline, ExcelNumber.isScientific(hotline) {
            reasons.append("工单编号“\(CellQuote.of(hotline))”已被 Excel 改成科学计数法，原编号已丢失；请从 95598 系统重新导出，不要在 Excel 里另存")
        }
        var receivedAt: Date?
        if let text = required(.receivedAt) {
            if let local = ExportTime.parse(text) {
                receivedAt = local.instant(in: timeZone)
            } else {
                reasons.append("受理时间“\(CellQuote.of(text))”看不懂，请写成 \(ExportTime.accepted)")
            }
        }
        let kind = lookUp(.kind, required(.kind), HotlineValues.kinds,
                          accepted: WorkOrderKind.allCases.map(\.chineseName).joined(separator: "、") + "（故障报修按报障）")
        var category: WorkOrderCategory?
        if let text = required(.category) {
            category = CategoryMatch.find(text, in: categories)
            if category == nil {
                reasons.append("诉求类别“\(CellQuote.of(text))”不在 work-order-categories.toml 里，请填其中的代码或名称（如 FWTD 或 服务态度）")
            }
        }
        let description = required(.description)
        let areaType = lookUp(.areaType, value(.areaType), HotlineValues.areaTypes, accepted: HotlineValues.listing(HotlineValues.areaTypes))
        let customerKind = lookUp(.customerKind, value(.customerKind), HotlineValues.customerKinds, accepted: HotlineValues.listing(HotlineValues.customerKinds))
        let major = lookUp(.importance, value(.importance), HotlineValues.importance, accepted: HotlineValues.listing(HotlineValues.importance))

        guard reasons.isEmpty, let hotline, let receivedAt, let kind, let category, let description else {
            return (.failure(RowProblem(line: record.line, reasons.joined(separator: "；"))), [])
        }
        let notes = kind == .faultReport && value(.areaType) == nil
            ? [ImportNote(line: record.line, "报障工单 \(hotline) 没有填城乡类别，按城市计算到达现场时限")] : []
        let station = value(.station) ?? station
        let customer = Customer(name: value(.customerName) ?? "", phone: value(.phone), accountNumber: value(.accountNumber),
                                address: value(.address) ?? "", area: value(.area) ?? station, station: station,
                                areaType: areaType ?? .city, kind: customerKind ?? .residential)
        let intake = WorkOrderIntake(kind: kind, source: .hotline95598, category: category.code, customer: customer,
                                     description: description, hotlineNumber: hotline, markedMajor: major ?? false,
                                     receivedAt: receivedAt)
        return (.success(HotlineRow(line: record.line, intake: intake)), notes)
    }
}
