import TermUI
import XCTest

/// Fails the test with a line diff when the buffer's text differs from `expected`
/// (see `snapshotLines` for how a buffer becomes text).
public func assertSnapshot(_ buffer: Buffer, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    if let diff = snapshotDiff(expected: expected, actual: snapshotLines(buffer)) {
        XCTFail(diff, file: file, line: line)
    }
}
