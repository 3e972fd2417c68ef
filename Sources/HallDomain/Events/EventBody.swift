import Foundation

/// The body of one kind of event as it is stored in the log.
///
/// Each body names its own `type` and `version`, so the log line says what it is without
/// the reader knowing Swift. A body's shape may change only by adding a new version, or by
/// adding an optional field that old bodies decode as nil and old readers ignore; old
/// versions must keep decoding, because old logs must always replay.
public protocol EventBody: Codable, Sendable, Equatable {
    static var type: String { get }
    static var version: Int { get }
}
