/// Compares snapshot lines and describes the differences line by line; nil when equal.
///
/// Screens have a fixed size, so a line-for-line comparison is the readable diff: each
/// differing line is marked `✗` with its number, the expected text (`-`) and the actual
/// text (`+`); the whole actual snapshot follows so it can be pasted into the test.
public func snapshotDiff(expected: String, actual: [String]) -> String? {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        .map { trimmingTrailingSpaces(String($0)) }
    let actualLines = actual.map(trimmingTrailingSpaces)
    guard expectedLines != actualLines else { return nil }

    let count = max(expectedLines.count, actualLines.count)
    let numberWidth = String(count).count
    var report = ["snapshot differs (expected \(expectedLines.count) lines, actual \(actualLines.count)):"]
    for index in 0..<count {
        let want = index < expectedLines.count ? expectedLines[index] : nil
        let got = index < actualLines.count ? actualLines[index] : nil
        let number = String(repeating: " ", count: numberWidth - String(index + 1).count) + String(index + 1)
        if want == got {
            report.append("    \(number) |\(got ?? "")")
        } else {
            report.append("  ✗ \(number) -\(want ?? "<no line>")")
            report.append("    \(String(repeating: " ", count: numberWidth)) +\(got ?? "<no line>")")
        }
    }
    report.append("actual snapshot:")
    report.append(contentsOf: actualLines)
    return report.joined(separator: "\n")
}
