import Foundation
import XCTest

/// A built executable of this package (`halldesk`, `logstress`), found beside the test
/// bundle where `swift build` and `swift test` put it.
public func builtExecutable(_ name: String) throws -> URL {
    let candidates = [
        Bundle.main.bundleURL,
        Bundle.main.bundleURL.deletingLastPathComponent(),
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for folder in candidates {
        let url = folder.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    XCTFail("\(name) is not built next to the tests (looked in \(candidates.map(\.path))); run `swift build` first")
    throw CocoaError(.fileNoSuchFile)
}

/// The `halldesk` binary `swift test` built beside the test bundle.
public func builtHalldesk() throws -> URL {
    try builtExecutable("halldesk")
}
