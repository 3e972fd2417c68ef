import Foundation
import XCTest
@testable import HallStore

/// The doctor's voice check: the shipped espeak-ng set-up passes where espeak-ng is
/// installed, a missing engine warns (only the speaking box needs it), a broken table is
/// a problem.
final class VoiceCheckTests: XCTestCase {
    private let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"

    func testTheShippedVoiceIsReadyWhereEspeakIsInstalled() {
        let finding = VoiceCheck.run(.success(VoiceConfig(backend: .espeakNG, cantonese: true)), searchPath: path)
        XCTAssertEqual(finding.level, .ok, finding.detail)
        XCTAssertEqual(finding.detail, "espeak-ng 已安装，语音 cmn、yue 可用")
    }

    func testAMissingEngineOrVoiceWarns() {
        XCTAssertEqual(VoiceCheck.run(.success(VoiceConfig(backend: .espeakNG)), searchPath: "/nonexistent").level, .warning)
        let unknown = VoiceCheck.run(.success(VoiceConfig(backend: .file(folder: "/tmp"), mandarinVoice: "xx-none")), searchPath: path)
        XCTAssertEqual(unknown.level, .warning)
        XCTAssertEqual(unknown.detail, "espeak-ng 缺少语音 xx-none")
    }

    func testNoVoiceIsFineAndABrokenTableIsAProblem() {
        XCTAssertEqual(VoiceCheck.run(.success(nil), searchPath: path).level, .ok)
        let broken = VoiceCheck.run(.failure(SeedError(file: "hall.toml", problem: "[voice] backend = \"x\" 无效")), searchPath: path)
        XCTAssertEqual(broken.level, .problem)
        XCTAssertEqual(broken.fix, "改正数据目录 seeds/hall.toml 的 [voice] 一节")
    }
}
