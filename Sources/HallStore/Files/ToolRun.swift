import Foundation

/// Runs a helper program of the hall's (`lp`, a speech engine) with nothing on its input and
/// output, waits for it and says how it ended, with its error output: the printer and the
/// voice each report a failure in their own words from this one result.
enum ToolRun {
    enum Outcome: Equatable {
        case finished
        case couldNotStart(String)
        case failed(status: Int32, detail: String)
    }

    /// The program itself when it names a path, else the first executable of that name in
    /// `searchPath` (`:`-separated, like PATH).
    static func locate(_ program: String, searchPath: String) -> URL? {
        let candidates = program.contains("/") ? [program] : searchPath.split(separator: ":").map { "\($0)/\(program)" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    static func run(_ executable: URL, _ arguments: [String]) -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .couldNotStart(error.localizedDescription)
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failed(status: process.terminationStatus,
                           detail: String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return .finished
    }
}
