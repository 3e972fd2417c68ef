import Foundation
import XCTest

/// `halldesk voice` follows the log written by other processes and speaks every call and
/// re-call in call order, through the real `file` backend, however fast they come.
final class VoiceCommandTests: XCTestCase {
    func testEveryCallFromAnotherProcessIsSpokenInOrder() throws {
        let halldesk = try builtHalldesk()
        let root = try makeTemporaryFolder(self)
        let data = root.appendingPathComponent("data")
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data.path]), 0)
        let hallTOML = data.appendingPathComponent("seeds/hall.toml")
        try (try String(contentsOf: hallTOML, encoding: .utf8).components(separatedBy: "\n[voice]").first!
            + "\n[voice]\nbackend = \"file\"\nmandarin_repeats = 1\n").write(to: hallTOML, atomically: true, encoding: .utf8)
        let voice = try Child(halldesk, ["voice", "--data", data.path], outputIn: root)
        defer { voice.kill() }
        try waitUntil("the announcer started") { (try? String(contentsOf: voice.outputURL, encoding: .utf8))?.contains("正在播报") == true }

        let act = { (arguments: [String], staff: String) in
            let run = try runCapturing(halldesk, arguments + ["--staff", staff, "--data", data.path])
            XCTAssertEqual(run.status, 0, "\(arguments): \(run.errors)")
        }
        for _ in 0..<2 { try act(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单"], "G01") }
        try act(["counter", "open", "--counter", "1"], "C01")
        try act(["slip", "call", "--counter", "1"], "C01")
        try act(["slip", "finish", "--counter", "1"], "C01")
        try act(["slip", "call", "--counter", "1"], "C01")
        try act(["slip", "recall", "--counter", "1"], "C01")

        let folder = data.appendingPathComponent("voice")
        let wavs = { (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".wav") }.sorted() ?? [] }
        try waitUntil("three utterances written") { wavs().count >= 3 }
        XCTAssertEqual(wavs(), ["000001-A001-cmn.wav", "000002-A002-cmn.wav", "000003-A002-cmn.wav"])
    }

    private func waitUntil(_ what: String, _ done: () throws -> Bool) throws {
        for _ in 0..<150 {
            if try done() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("timed out waiting: \(what)")
    }
}
