import Foundation

/// One note of how an improvement action is getting on, with who wrote it and when, so
/// the case shows its own history without reading the log.
public struct ImprovementProgress: Sendable, Equatable, Codable {
    public var time: Date
    public var actor: String
    public var note: String

    public init(time: Date, actor: String, note: String) {
        self.time = time
        self.actor = actor
        self.note = note
    }
}
