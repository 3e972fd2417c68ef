import Foundation
import HallDomain

/// One data record of a 95598 export to a work-order intake. Every problem in the row is
/// listed at once, so the coordinator fixes the row in one pass.
struct HotlineRowReading {
    let header: CSVHeader<HotlineColumn>
    let categories: [WorkOrderCategory]
    /// The call centre's names for the categories, name → code.
    let aliases: [String: String]
    /// The station's areas, to place the customer from the address as `order new` does.
    let areas: AreaRules
    let timeZone: TimeZone
    /// The hall's own station: the owner when neither the export nor the address names one (属地管理).
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
        // A word the hall does not know in a column that only refines the order is said in a
        // note and read as if the cell were empty: the order is not refused over it.
        var unknownWords: [String] = []
        func lookUp<Value>(_ column: HotlineColumn, _ text: String?, _ table: [String: Value], accepted: String, reading: String) -> Value? {
            guard let text else { return nil }
            guard let found = table[text] else {
                unknownWords.append("\(column.name)“\(CellQuote.of(text))”不认识（可填：\(accepted)），\(reading)")
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
        // Only a row with no number, no time, or that cannot be read is no order (issue 14):
        // a 业务类型 or 诉求类别 the hall does not know, or none, and an empty 诉求内容 come in
        // marked, for the coordinator to settle, rather than leave a customer outside.
        let kindText = value(.kind)
        let knownKind = kindText.flatMap { HotlineValues.kinds[$0] }
        let kind = knownKind ?? WorkOrderKind.unrecognisedHotlineKind
        let reportedKind = knownKind == nil ? kindText ?? "" : nil
        var category = WorkOrderCategory.unclassified
        var reported: String?
        if let text = value(.category) {
            if let found = CategoryMatch.find(text, in: categories, aliases: aliases) {
                category = found
            } else {
                reported = text
            }
        }
        let description = value(.description) ?? ""
        let areaType = lookUp(.areaType, value(.areaType), HotlineValues.areaTypes, accepted: HotlineValues.listing(HotlineValues.areaTypes),
                              reading: "按片区判断")
        let customerKind = lookUp(.customerKind, value(.customerKind), HotlineValues.customerKinds,
                                  accepted: HotlineValues.listing(HotlineValues.customerKinds), reading: "按居民受理")
        let major = lookUp(.importance, value(.importance), HotlineValues.importance, accepted: HotlineValues.listing(HotlineValues.importance),
                           reading: "按分类判断是否重大")

        guard reasons.isEmpty, let hotline, let receivedAt else {
            return (.failure(RowProblem(line: record.line, reasons.joined(separator: "；"))), [])
        }
        let address = value(.address) ?? ""
        let (place, placeNote, typeDefaulted) = place(address: address, area: value(.area), station: value(.station), areaType: areaType)
        var notes = placeNote.map { [ImportNote(line: record.line, "工单 \(hotline)：\($0)")] } ?? []
        if kind == .faultReport, typeDefaulted {
            notes.append(ImportNote(line: record.line, "报障工单 \(hotline) 没有填城乡类别，按城市计算到达现场时限"))
        }
        if let reported {
            notes.append(ImportNote(line: record.line, "工单 \(hotline) 的诉求类别“\(CellQuote.of(reported))”不在分类表和别名表里，按待归类受理，请协调员归类"))
        } else if category == .unclassified {
            notes.append(ImportNote(line: record.line, "工单 \(hotline) 没有填诉求类别，按待归类受理，请协调员归类"))
        }
        notes += unknownWords.map { ImportNote(line: record.line, "工单 \(hotline) 的\($0)") }
        if let reportedKind {
            let said = reportedKind.isEmpty ? "没有填业务类型" : "的业务类型“\(CellQuote.of(reportedKind))”不认识（可填："
                + WorkOrderKind.allCases.map(\.chineseName).joined(separator: "、") + "）"
            notes.append(ImportNote(line: record.line, "工单 \(hotline) \(said)，按投诉的时限受理，标为业务类型待核"))
        }
        if description.isEmpty {
            notes.append(ImportNote(line: record.line, "工单 \(hotline) \(WorkOrder.emptyDescriptionMark)，照常受理并标出，请在首次联系时向客户问明"))
        }
        let customer = Customer(name: value(.customerName) ?? "", phone: value(.phone), accountNumber: value(.accountNumber),
                                address: address, area: place.area, station: place.station,
                                areaType: place.areaType, kind: customerKind ?? .residential)
        let intake = WorkOrderIntake(kind: kind, source: .hotline95598, category: category.code, customer: customer,
                                     description: description, hotlineNumber: hotline, markedMajor: major ?? false,
                                     receivedAt: receivedAt, reportedCategory: reported, reportedKind: reportedKind)
        return (.success(HotlineRow(line: record.line, intake: intake)), notes)
    }

    /// The customer's place by the domain's rule, the one `order new` follows; where that
    /// rule would ask staff for an area (an address with no listed name, an unlisted area
    /// without its type) the row is not refused: the order is placed with the export's
    /// 供电单位 or the hall's station, as before areas were read, and a note says so.
    /// `typeDefaulted` says the area type is the city default rather than the export's or an area's.
    private func place(address: String, area: String?, station typedStation: String?,
                       areaType: AreaType?) -> (placement: AreaPlacement, note: String?, typeDefaulted: Bool) {
        do {
            return (try areas.place(address: address, area: area, station: typedStation, areaType: areaType, hallStation: station), nil, false)
        } catch {
            let owner = typedStation ?? station
            let placement = AreaPlacement(area: area ?? owner, station: owner, areaType: areaType ?? .city, suggestion: nil,
                                          fromAddress: false)
            let note = area == nil && !areas.areas.isEmpty ? "地址里没有 areas.toml 中的路名、街名或村名，片区按 \(owner) 登记，请核对属地" : nil
            return (placement, note, areaType == nil)
        }
    }
}
