import Foundation
import Glibc
import XCTest

/// Runs a command to its end; its exit status.
public func runToEnd(_ executable: URL, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

/// Runs a command as root-only system set-up (mount, chattr) through `env`; its exit
/// status, -1 when it could not start.
@discardableResult
public func system(_ arguments: [String]) -> Int32 {
    (try? runToEnd(URL(fileURLWithPath: "/usr/bin/env"), arguments)) ?? -1
}

/// A child process whose output (stdout and stderr) goes to a file, so it never blocks on
/// a full pipe: for writers the tests run side by side, kill, and read afterwards.
public final class Child {
    public let process = Process()
    public let outputURL: URL

    public init(_ executable: URL, _ arguments: [String], outputIn folder: URL) throws {
        outputURL = folder.appendingPathComponent("out-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        let handle = try FileHandle(forWritingTo: outputURL)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    public func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for exit and returns the output lines.
    public func finish() throws -> [String] {
        process.waitUntilExit()
        let text = String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }
}

/// A running `Child` as the command tests read it: the exit status with the lines.
public struct Worker {
    let child: Child
    public var process: Process { child.process }

    /// Waits for the end; the exit status and the output lines.
    public func finish() throws -> (status: Int32, lines: [String]) {
        let lines = try child.finish()
        return (process.terminationStatus, lines)
    }
}

/// Starts the program at `path` with its output in a file in `folder`.
public func start(_ path: String, _ arguments: [String], folder: URL) throws -> Worker {
    Worker(child: try Child(URL(fileURLWithPath: path), arguments, outputIn: folder))
}

/// Runs a command to its end, with `environment` added to this process's and `input` (if
/// any) on its standard input; its exit status, standard output and standard error. For
/// commands with little output: both pipes are read after the other has closed.
public func runCapturing(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
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

/// Runs a system tool that must succeed (set-up as root: `useradd`, `chown`, `install`);
/// a failure fails the test with the tool's complaint and ends it.
public func mustRun(_ tool: String, _ arguments: [String]) throws {
    let run = try runCapturing(URL(fileURLWithPath: tool), arguments)
    guard run.status == 0 else {
        XCTFail("\(tool) \(arguments.joined(separator: " ")) failed: \(run.errors)")
        throw CocoaError(.executableLoad)
    }
}
