/// A long number that Excel turned into scientific notation when the file was opened and
/// saved again (`2.02609E+12`). The digits are gone for good, so such a 工单编号 cannot be
/// taken: two different orders would look alike, and re-importing would not find it.
enum ExcelNumber {
    static func isScientific(_ text: String) -> Bool {
        let parts = text.uppercased().split(separator: "E", omittingEmptySubsequences: false)
        guard parts.count == 2, let exponent = parts[1].first, exponent == "+" || exponent == "-",
              parts[1].count > 1, parts[1].dropFirst().allSatisfy(\.isASCII), parts[1].dropFirst().allSatisfy(\.isNumber) else { return false }
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(mantissa.count) && mantissa.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
