import Foundation
import HallDomain

/// One data record of an arrival trace to a simulated customer. Every problem in the row
/// is listed at once, so the row is fixed in one pass.
struct TraceRowReading {
    let header: CSVHeader<TraceColumn>
    let catalog: Catalog
    let scenario: SimulationScenario

    func read(_ record: CSVRecord) -> Result<SimulatedArrival, RowProblem> {
        var reasons: [String] = []
        let fields = record.fields
        func required(_ column: TraceColumn) -> String? {
            guard let text = header.value(column, in: fields) else {
                reasons.append("缺少\(column.name)")
                return nil
            }
            return text
        }
        func lookUp<Value>(_ column: TraceColumn, _ text: String?, _ table: [String: Value]) -> Value? {
            guard let text else { return nil }
            guard let found = TraceValues.look(text, in: table) else {
                reasons.append("\(column.name)“\(text)”不认识，可填：\(HotlineValues.listing(table))")
                return nil
            }
            return found
        }

        if let overflow = header.overflow(in: fields) { reasons.append(overflow) }
        let minute = required(.arrival).flatMap { arrivalMinute($0, reasons: &reasons) }
        var type: BusinessType?
        if let text = required(.businessType) {
            type = catalog.businessTypes.first { $0.code.lowercased() == text.lowercased() || $0.name == text }
            if type == nil {
                reasons.append("业务类型“\(text)”不在业务目录（business-types.toml）里，请填业务代码（如 JF）或业务名称")
            }
        }
        let kind = lookUp(.customerKind, required(.customerKind), TraceValues.customerKinds)
        let complete = lookUp(.documentsComplete, required(.documentsComplete), TraceValues.answers)
        let atDoor = lookUp(.answerableAtDoor, required(.answerableAtDoor), TraceValues.answers)
        let service = required(.serviceMinutes).flatMap { serviceMinutes($0, reasons: &reasons) }
        let priority = lookUp(.priority, header.value(.priority, in: fields), TraceValues.priorities)
        let noShow = lookUp(.noShow, header.value(.noShow, in: fields), TraceValues.answers) ?? false
        if let type, let kind {
            if type.documents[kind] == nil {
                let served = CustomerKind.allCases.filter { type.documents[$0] != nil }.map(\.chineseName).joined(separator: "、")
                reasons.append("\(type.name)（\(type.code)）不办理\(kind.chineseName)客户，客户类型可填：\(served)")
            } else if complete == false, type.checklist(for: kind).isEmpty {
                reasons.append("资料齐全填了“否”，但\(type.name)对\(kind.chineseName)客户不要求任何资料；请改为“是”")
            }
        }
        guard reasons.isEmpty, let minute, let type, let kind, let complete, let atDoor, let service else {
            return .failure(RowProblem(line: record.line, reasons.joined(separator: "；")))
        }
        return .success(SimulatedArrival(
            minute: minute, businessType: type.code, customerKind: kind, documentsComplete: complete, answerableAtDoor: atDoor,
            serviceMinutes: service, discoveryMinutes: scenario.discoveryMinutes, priority: priority, noShow: noShow,
            returnAfterMinutes: nil
        ))
    }

    /// `HH:MM` or `HH:MM:SS` on the scenario's day, as minutes after its opening.
    private func arrivalMinute(_ text: String, reasons: inout [String]) -> Double? {
        let zone = catalog.hall.zone
        let opening = LocalTime(scenario.opening, in: zone)
        guard let second = ExportTime.secondOfDay(Substring(text)) else {
            reasons.append("到达时间“\(text)”看不懂，请写成 09:15 或 09:15:30（\(opening.day) 当地时间）")
            return nil
        }
        let minute = LocalTime(day: opening.day, secondOfDay: Double(second)).instant(in: zone).timeIntervalSince(scenario.opening) / 60
        guard minute >= 0 else {
            reasons.append("到达时间 \(text) 早于情景的开门时间 \(opening.clockText)；请改情景的 opens_at，或删去这一行")
            return nil
        }
        return minute
    }

    private func serviceMinutes(_ text: String, reasons: inout [String]) -> Double? {
        guard let minutes = Double(text), minutes > 0, minutes < 240 else {
            reasons.append("办理分钟“\(text)”应是大于 0、小于 240 的分钟数，如 5 或 4.5")
            return nil
        }
        return minutes
    }
}
