import Foundation
import HallDomain
import HallTestSupport
import XCTest
@testable import HallStore

/// The announcer with the real `file` backend: Debian's espeak-ng writes each utterance as
/// a WAV, and sox measures it as speech (long enough, loud enough), not an empty file.
final class AnnouncerTests: XCTestCase {
    func testACallIsSpokenTwiceInMandarinThenOnceInCantonese() throws {
        let folder = try makeTemporaryFolder(self)
        let announcer = Announcer(config: VoiceConfig(backend: .file(folder: folder.path), cantonese: true))
        announcer.announce(CallAnnouncement(slip: "A001", counter: 3, isRecall: false))
        announcer.finish()
        XCTAssertNil(announcer.lastProblem)
        XCTAssertEqual(try wavs(in: folder), ["000001-A001-cmn.wav", "000002-A001-cmn.wav", "000003-A001-yue.wav"])
        for name in try wavs(in: folder) {
            let measured = try SoxStat.measure(folder.appendingPathComponent(name))
            XCTAssertGreaterThan(measured.seconds, 1, "\(name) is too short for the sentence: \(measured)")
            XCTAssertGreaterThan(measured.rms, 0.02, "\(name) is near silence: \(measured)")
        }
    }

    func testCallsFasterThanSpeechAreAllSpokenInCallOrder() throws {
        let folder = try makeTemporaryFolder(self)
        let announcer = Announcer(config: VoiceConfig(backend: .file(folder: folder.path), mandarinRepeats: 1))
        let slips = ["A001", "B001", "A002", "C001", "A003"]
        let started = Date()
        for (index, slip) in slips.enumerated() {
            announcer.announce(CallAnnouncement(slip: slip, counter: index + 1, isRecall: index == 4))
        }
        let queuing = Date().timeIntervalSince(started)
        announcer.finish()
        let speaking = Date().timeIntervalSince(started)
        XCTAssertLessThan(queuing * 5, speaking, "announce queued and returned instead of speaking in the caller's turn")
        XCTAssertEqual(try wavs(in: folder), slips.enumerated().map { String(format: "%06d-%@-cmn.wav", $0.offset + 1, $0.element) })
        for name in try wavs(in: folder) {
            XCTAssertGreaterThan(try SoxStat.measure(folder.appendingPathComponent(name)).seconds, 1, name)
        }
    }

    func testAMissingEngineIsNamedNotSwallowed() throws {
        let folder = try makeTemporaryFolder(self)
        let announcer = Announcer(config: VoiceConfig(backend: .command(template: ["halldesk-no-such-engine", "{text}"], folder: folder.path)))
        announcer.announce(CallAnnouncement(slip: "A001", counter: 1, isRecall: false))
        announcer.finish()
        XCTAssertEqual(announcer.lastProblem, "找不到语音程序 halldesk-no-such-engine：请 apt-get install espeak-ng，或改 hall.toml 的 [voice]")
    }

    func testACommandTemplateGetsTheSentenceAsOneArgument() throws {
        let folder = try makeTemporaryFolder(self)
        let script = folder.appendingPathComponent("engine.sh")
        try "#!/bin/sh\nprintf '%s|%s' \"$1\" \"$2\" > \"$3\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let announcer = Announcer(config: VoiceConfig(backend: .command(template: [script.path, "{voice}", "{text}", "{file}"], folder: folder.path),
                                                      mandarinRepeats: 1))
        announcer.announce(CallAnnouncement(slip: "B012", counter: 12, isRecall: true))
        announcer.finish()
        XCTAssertNil(announcer.lastProblem)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("000001-B012-cmn.wav"), encoding: .utf8),
                       "cmn|再次呼叫，请 B 零一二 号到十二号窗口办理")
    }

    private func wavs(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".wav") }.sorted()
    }
}

/// `sox FILE -n stat`: the length in seconds and the RMS amplitude (0–1) of a WAV.
enum SoxStat {
    struct Measured: CustomStringConvertible {
        var seconds: Double
        var rms: Double
        var description: String { "\(seconds) s, RMS \(rms)" }
    }

    struct Unmeasured: Error {
        var detail: String
    }

    static func measure(_ wav: URL) throws -> Measured {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sox")
        process.arguments = [wav.path, "-n", "stat"]
        let output = Pipe()
        process.standardError = output
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        func value(_ label: String) -> Double? {
            text.split(separator: "\n").first { $0.hasPrefix(label) }.flatMap { Double($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) }
        }
        guard process.terminationStatus == 0, let seconds = value("Length (seconds)"), let rms = value("RMS     amplitude") else {
            throw Unmeasured(detail: "sox could not measure \(wav.lastPathComponent) (apt-get install sox): \(text)")
        }
        return Measured(seconds: seconds, rms: rms)
    }
}
