import Foundation
import XCTest

/// The `halldesk` binary `swift test` built beside the test bundle.
func builtHalldesk() throws -> URL {
    for folder in [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                   URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
        let url = folder.appendingPathComponent("halldesk")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    XCTFail("halldesk is not built next to the tests; run `swift build` first")
    throw CocoaError(.fileNoSuchFile)
}

/// Runs a command to its end; its exit status.
func runToEnd(_ executable: URL, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

/// A running process whose output (stdout and stderr) goes to a file, so it never blocks.
struct Worker {
    let process: Process
    let output: URL

    /// Waits for the end; the exit status and the output lines.
    func finish() throws -> (status: Int32, lines: [String]) {
        process.waitUntilExit()
        let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        return (process.terminationStatus, text.split(separator: "\n").map(String.init))
    }
}

func start(_ path: String, _ arguments: [String], folder: URL) throws -> Worker {
    let output = folder.appendingPathComponent("worker-\(UUID().uuidString).txt")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    return Worker(process: process, output: output)
}

/// Runs a command to its end, with `environment` added to this process's and `input` (if
/// any) on its standard input; its exit status, standard output and standard error. For
/// commands with little output: both pipes are read after the other has closed.
func runCapturing(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                  input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let stdin = Pipe()
    if input != nil { process.standardInput = stdin }
    try process.run()
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}
