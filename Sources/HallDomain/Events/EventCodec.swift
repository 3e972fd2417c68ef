import Foundation

/// Turns events into the (type, version, body) triple the log stores, and back.
///
/// Bodies are encoded with sorted keys and unescaped slashes so the same event always
/// gives the same bytes: the log's hash is over those bytes.
public enum EventCodec {
    public struct Encoded: Sendable, Equatable {
        public var type: String
        public var version: Int
        public var body: Data
    }

    /// A body that is in the log but does not decode as its type and version says.
    public struct UndecodableBody: Error, Sendable, Equatable {
        public var type: String
        public var version: Int
        public var detail: String
    }

    public static func encode(_ event: Event) -> Encoded {
        switch event {
        case .logRepaired(let body): return encoded(body)
        case .unrecognised(let type, let version):
            return Encoded(type: type, version: version, body: Data("{}".utf8))
        }
    }

    public static func decode(type: String, version: Int, body: Data) throws(UndecodableBody) -> Event {
        switch (type, version) {
        case (LogRepaired.type, LogRepaired.version): return .logRepaired(try decoded(body, type, version))
        default: return .unrecognised(type: type, version: version)
        }
    }

    private static func encoded<B: EventBody>(_ body: B) -> Encoded {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a plain struct of strings and numbers cannot fail; if it ever does, it
        // is a programming error that must not reach the log.
        let data = try! encoder.encode(body)
        return Encoded(type: B.type, version: B.version, body: data)
    }

    private static func decoded<B: EventBody>(_ data: Data, _ type: String, _ version: Int) throws(UndecodableBody) -> B {
        do {
            return try JSONDecoder().decode(B.self, from: data)
        } catch {
            throw UndecodableBody(type: type, version: version, detail: String(describing: error))
        }
    }
}
