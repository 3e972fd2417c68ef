import Foundation
import XCTest

/// A fresh empty folder under the system temp folder, named after the test (and this
/// process, so parallel runs never meet), removed by the test's teardown.
public func makeTemporaryFolder(_ test: XCTestCase, _ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("halltest-\(name.filter(\.isLetter))-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
