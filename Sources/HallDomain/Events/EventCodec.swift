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
        case .snapshotTaken(let body): return encoded(body)
        case .batchOpened(let body): return encoded(body)
        case .doorEnquiryAnswered(let body): return encoded(body)
        case .visitTurnedAway(let body): return encoded(body)
        case .slipIssued(let body): return encoded(body)
        case .formsPrefilled(let body): return encoded(body)
        case .slipReprinted(let body): return encoded(body)
        case .slipCalled(let body): return encoded(body)
        case .slipRecalled(let body): return encoded(body)
        case .slipMarkedNoShow(let body): return encoded(body)
        case .slipReinstated(let body): return encoded(body)
        case .slipTransferred(let body): return encoded(body)
        case .serviceStarted(let body): return encoded(body)
        case .serviceFinished(let body): return encoded(body)
        case .serviceRated(let body): return encoded(body)
        case .counterOpened(let body): return encoded(body)
        case .counterPaused(let body): return encoded(body)
        case .counterClosed(let body): return encoded(body)
        case .counterTakenOver(let body): return encoded(body)
        case .noticeQueued(let body): return encoded(body)
        case .noticeDelivered(let body): return encoded(body)
        case .noticeFailed(let body): return encoded(body)
        case .workOrder(let event): return encoded(event.body)
        case .access(let event): return encoded(event.body)
        case .appointment(let event): return encoded(event.body)
        case .unrecognised(let type, let version):
            return Encoded(type: type, version: version, body: Data("{}".utf8))
        }
    }

    public static func decode(type: String, version: Int, body: Data) throws(UndecodableBody) -> Event {
        switch (type, version) {
        // The four bodies that make up nearly all of a hall's log first: each case compares
        // the type's name, and replay asks once per record.
        case (SlipIssued.type, SlipIssued.version): return .slipIssued(try read(body, type, version))
        case (SlipCalled.type, SlipCalled.version): return .slipCalled(try read(body, type, version))
        case (ServiceStarted.type, ServiceStarted.version): return .serviceStarted(try read(body, type, version))
        case (ServiceFinished.type, ServiceFinished.version): return .serviceFinished(try read(body, type, version))
        case (LogRepaired.type, LogRepaired.version): return .logRepaired(try decoded(body, type, version))
        case (SnapshotTaken.type, SnapshotTaken.version): return .snapshotTaken(try decoded(body, type, version))
        case (BatchOpened.type, BatchOpened.version): return .batchOpened(try decoded(body, type, version))
        case (DoorEnquiryAnswered.type, DoorEnquiryAnswered.version): return .doorEnquiryAnswered(try decoded(body, type, version))
        case (VisitTurnedAway.type, VisitTurnedAway.version): return .visitTurnedAway(try decoded(body, type, version))
        case (FormsPrefilled.type, FormsPrefilled.version): return .formsPrefilled(try decoded(body, type, version))
        case (SlipReprinted.type, SlipReprinted.version): return .slipReprinted(try decoded(body, type, version))
        case (SlipRecalled.type, SlipRecalled.version): return .slipRecalled(try decoded(body, type, version))
        case (SlipMarkedNoShow.type, SlipMarkedNoShow.version): return .slipMarkedNoShow(try decoded(body, type, version))
        case (SlipReinstated.type, SlipReinstated.version): return .slipReinstated(try decoded(body, type, version))
        case (SlipTransferred.type, SlipTransferred.version): return .slipTransferred(try decoded(body, type, version))
        case (ServiceRated.type, ServiceRated.version): return .serviceRated(try decoded(body, type, version))
        case (CounterOpened.type, CounterOpened.version): return .counterOpened(try decoded(body, type, version))
        case (CounterPaused.type, CounterPaused.version): return .counterPaused(try decoded(body, type, version))
        case (CounterClosed.type, CounterClosed.version): return .counterClosed(try decoded(body, type, version))
        case (CounterTakenOver.type, CounterTakenOver.version): return .counterTakenOver(try decoded(body, type, version))
        case (NoticeQueued.type, NoticeQueued.version): return .noticeQueued(try decoded(body, type, version))
        case (NoticeDelivered.type, NoticeDelivered.version): return .noticeDelivered(try decoded(body, type, version))
        case (NoticeFailed.type, NoticeFailed.version): return .noticeFailed(try decoded(body, type, version))
        default:
            if let event = try WorkOrderEvent.decode(type: type, version: version, body: body) { return .workOrder(event) }
            if let event = try AccessEvent.decode(type: type, version: version, body: body) { return .access(event) }
            if let event = try AppointmentEvent.decode(type: type, version: version, body: body) { return .appointment(event) }
            return .unrecognised(type: type, version: version)
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

    /// Read by `BodyReader` when the body is one it knows and the text is as the codec
    /// writes it: replay spends most of its decoding on these few types. Anything it is
    /// not sure of goes to `BodyDecoder`, so both paths read a body alike.
    static func read<B: ReadableBody>(_ data: Data, _ type: String, _ version: Int) throws(UndecodableBody) -> B {
        if let body = BodyReader.read(data, B.read) { return body }
        return try decoded(data, type, version)
    }

    /// Decoded with `BodyDecoder`, which reads what `JSONDecoder` reads, faster: replay
    /// decodes every body of the log.
    static func decoded<B: EventBody>(_ data: Data, _ type: String, _ version: Int) throws(UndecodableBody) -> B {
        do {
            return try BodyDecoder.decode(B.self, from: data)
        } catch {
            throw UndecodableBody(type: type, version: version, detail: String(describing: error))
        }
    }
}
