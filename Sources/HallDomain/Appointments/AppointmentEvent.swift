import Foundation

/// The body of an appointment event: folded into the book, which outlives any business day
/// (an appointment is booked days ahead), so these are not day events.
public protocol AppointmentEventBody: EventBody {
    /// Folds the event into the book. False when the book does not hold the appointment it
    /// names (or already holds one it would add); `evolve` counts that.
    func apply(to book: inout AppointmentBook, at time: Date) -> Bool
}

/// Facts about the appointment book, kept as one case of `Event` (like `AccessEvent`).
public enum AppointmentEvent: Sendable, Equatable {
    case booked(AppointmentBooked)
    case cancelled(AppointmentCancelled)
    case checkedIn(AppointmentCheckedIn)
    case missed(AppointmentMissed)

    public var body: any AppointmentEventBody {
        switch self {
        case .booked(let body): body
        case .cancelled(let body): body
        case .checkedIn(let body): body
        case .missed(let body): body
        }
    }

    /// One line of plain Chinese for the event log pane and `log tail`; the phone masked.
    public var summary: String {
        switch self {
        case .booked(let booked):
            "预约 \(booked.id)：\(booked.day) \(booked.start)–\(booked.end) \(booked.businessType)，\(booked.name) \(Masking.phone(booked.phone))（\(booked.source.chineseName)）"
        case .cancelled(let cancelled):
            "取消预约 \(cancelled.id)" + (cancelled.reason.map { "：\($0)" } ?? "")
        case .checkedIn(let checkedIn):
            "预约签到 \(checkedIn.id)，发号 \(checkedIn.slip)"
        case .missed(let missed):
            "预约失约 \(missed.id)"
        }
    }

    static func decode(type: String, version: Int, body: Data) throws(EventCodec.UndecodableBody) -> AppointmentEvent? {
        switch (type, version) {
        case (AppointmentBooked.type, AppointmentBooked.version): .booked(try EventCodec.decoded(body, type, version))
        case (AppointmentCancelled.type, AppointmentCancelled.version): .cancelled(try EventCodec.decoded(body, type, version))
        case (AppointmentCheckedIn.type, AppointmentCheckedIn.version): .checkedIn(try EventCodec.decoded(body, type, version))
        case (AppointmentMissed.type, AppointmentMissed.version): .missed(try EventCodec.decoded(body, type, version))
        default: nil
        }
    }
}
