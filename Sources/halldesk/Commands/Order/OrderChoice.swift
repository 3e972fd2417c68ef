import ArgumentParser
import HallDomain

/// A value of one of the domain's small enums as typed after an option: its Chinese name
/// (「投诉」) or its code, as the log writes it (`faultReport`) or with dashes (`fault-report`).
/// Options take these as text and parse them here, because ArgumentParser's own refusal of a
/// bad value is in English; this one is in Chinese and lists every choice.
protocol OrderChoice: CaseIterable, RawRepresentable<String> {
    var chineseName: String { get }
}

extension OrderChoice {
    static func parse(_ text: String, option: String) throws -> Self {
        let typed = text.trimmingCharacters(in: .whitespaces)
        let code = typed.lowercased()
        if let match = allCases.first(where: { $0.chineseName == typed || $0.rawValue.lowercased() == code || $0.dashedCode == code }) {
            return match
        }
        throw ValidationError("\(option) 不认识“\(text)”。可选：\(choiceList)。")
    }

    /// 「投诉（complaint）、报障（fault-report）…」, for help texts and refusals.
    static var choiceList: String {
        allCases.map { $0.chineseName == $0.dashedCode ? $0.chineseName : "\($0.chineseName)（\($0.dashedCode)）" }
            .joined(separator: "、")
    }

    /// `faultReport` → `fault-report`, the way command-line options are spelled.
    var dashedCode: String {
        rawValue.reduce(into: "") { dashed, character in
            dashed += character.isUppercase ? "-" + character.lowercased() : String(character)
        }
    }
}

extension WorkOrderKind: OrderChoice {}
extension WorkOrderSource: OrderChoice {}
extension AreaType: OrderChoice {}
extension CustomerKind: OrderChoice {}
extension Satisfaction: OrderChoice {}
extension FollowUpMethod: OrderChoice {}
extension ReturnReason: OrderChoice {}
extension PushLevel: OrderChoice {}
extension WorkOrderSection: OrderChoice {}
extension LinkReason: OrderChoice {}
