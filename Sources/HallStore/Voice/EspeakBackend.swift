/// Debian's espeak-ng: to the sound device, or with `output` one WAV per utterance in that
/// folder (`espeak-ng -v cmn -w FILE TEXT`).
public struct EspeakBackend: SpeechBackend {
    public var output: String?

    public init(output: String?) {
        self.output = output
    }

    public func speak(_ text: String, voice: String, name: String) throws(VoiceFailure) {
        var arguments = ["-v", voice]
        if let output { arguments += ["-w", "\(output)/\(name).wav"] }
        try SpeechProcess.run("espeak-ng", arguments + ["--", text])
    }
}
