import Foundation

/// How the display box speaks calls: the `[voice]` table of hall.toml.
///
/// ```toml
/// [voice]
/// backend = "espeak-ng"      # 或 "command"、"file"
/// mandarin_repeats = 2       # 普通话播几遍
/// cantonese = true           # 普通话之后再用粤语播一遍（广东的营业厅）
/// ```
public struct VoiceConfig: Sendable, Equatable {
    public enum Backend: Sendable, Equatable {
        /// Debian's espeak-ng straight to the sound device.
        case espeakNG
        /// Another engine: each word of the template one argument, `{text}`, `{voice}`,
        /// `{file}` replaced (no shell, so a call's text cannot become a command).
        case command(template: [String], folder: String)
        /// espeak-ng writing one WAV per utterance into `folder`: for tests, and for a hall
        /// that plays them through its own amplifier.
        case file(folder: String)
    }

    public var backend: Backend
    public var mandarinVoice: String
    public var cantoneseVoice: String
    public var mandarinRepeats: Int
    public var cantonese: Bool

    public init(backend: Backend, mandarinVoice: String = "cmn", cantoneseVoice: String = "yue", mandarinRepeats: Int = 2,
                cantonese: Bool = false) {
        self.backend = backend
        self.mandarinVoice = mandarinVoice
        self.cantoneseVoice = cantoneseVoice
        self.mandarinRepeats = mandarinRepeats
        self.cantonese = cantonese
    }

    /// The voices one announcement is spoken in, in order: Mandarin `mandarinRepeats`
    /// times, then Cantonese once where the hall says so.
    public var utteranceVoices: [String] {
        Array(repeating: mandarinVoice, count: mandarinRepeats) + (cantonese ? [cantoneseVoice] : [])
    }

    public func makeBackend() -> any SpeechBackend {
        switch backend {
        case .espeakNG: EspeakBackend(output: nil)
        case .file(let folder): EspeakBackend(output: folder)
        case .command(let template, let folder): CommandSpeechBackend(template: template, folder: folder)
        }
    }
}
