/// Another speech engine named in hall.toml: `command = "myengine --voice {voice} --out {file} {text}"`.
/// Each word of the template is one argument with `{text}`, `{voice}` and `{file}`
/// replaced; no shell runs, so nothing in a sentence is taken as a command.
public struct CommandSpeechBackend: SpeechBackend {
    public var template: [String]
    /// Where `{file}` points: `folder/NAME.wav`.
    public var folder: String

    public init(template: [String], folder: String) {
        self.template = template
        self.folder = folder
    }

    public func speak(_ text: String, voice: String, name: String) throws(VoiceFailure) {
        let words = template.map {
            $0.replacingOccurrences(of: "{text}", with: text).replacingOccurrences(of: "{voice}", with: voice)
                .replacingOccurrences(of: "{file}", with: "\(folder)/\(name).wav")
        }
        guard let program = words.first else { throw VoiceFailure("[voice] command 为空") }
        try SpeechProcess.run(program, Array(words.dropFirst()))
    }
}
