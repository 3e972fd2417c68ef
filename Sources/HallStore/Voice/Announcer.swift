import Foundation
import HallDomain
import Synchronization

/// Speaks calls one at a time, in the order they were handed in. `announce` only queues
/// and returns at once, so the board keeps drawing while a sentence is spoken, and calls
/// that come faster than speech wait their turn instead of being dropped or spoken over
/// each other.
public final class Announcer: Sendable {
    private let config: VoiceConfig
    private let backend: any SpeechBackend
    /// A serial queue is the announcer's queue: first in, first spoken, one at a time.
    private let speaking = DispatchQueue(label: "halldesk.announcer")
    private let state = Mutex(Progress())

    private struct Progress: Sendable {
        var utterances = 0
        var lastProblem: String?
    }

    public init(config: VoiceConfig, backend: (any SpeechBackend)? = nil) {
        self.config = config
        self.backend = backend ?? config.makeBackend()
    }

    /// Queues `announcement`: each of `config.utteranceVoices` speaks its sentence in turn.
    public func announce(_ announcement: CallAnnouncement) {
        speaking.async { [self] in
            for voice in config.utteranceVoices {
                let number = state.withLock { progress in
                    progress.utterances += 1
                    return progress.utterances
                }
                let name = String(format: "%06d-%@-%@", number, announcement.slip, voice)
                do throws(VoiceFailure) {
                    try backend.speak(announcement.spokenText, voice: voice, name: name)
                } catch {
                    state.withLock { $0.lastProblem = error.message }
                }
            }
        }
    }

    /// Returns once everything queued so far has been spoken (a test, or leaving the board).
    public func finish() {
        speaking.sync {}
    }

    /// The last utterance that failed, for the board's status line; nil while all worked.
    public var lastProblem: String? {
        state.withLock { $0.lastProblem }
    }
}
