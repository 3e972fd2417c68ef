import Foundation

/// SHA-256 as coreutils' `sha256sum` computes it: the tests check the log's hashes against a
/// program that shares no code with the log, so a mistake in how HallDesk calls its hashing
/// library cannot agree with itself.
public func referenceSHA256(_ data: Data) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(data)
    try input.fileHandleForWriting.close()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let hex = String(decoding: printed, as: UTF8.self).split(separator: " ").first,
          hex.count == 64 else {
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "sha256sum failed"])
    }
    return String(hex)
}
