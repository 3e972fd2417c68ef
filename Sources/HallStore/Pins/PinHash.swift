import Foundation

/// A PIN as stored: HMAC-SHA256 keyed with the data folder's secret (`PinSecret`) over the
/// member's id and the PIN, then PBKDF2-HMAC-SHA256 over that with a random 16-byte salt,
/// 210,000 rounds (OWASP's advice for SHA-256).
///
/// - The member's id is inside what is hashed, so an entry copied from one member onto
///   another in `pins.json` does not verify for the other.
/// - The secret is readable by the HallDesk service account only, so a copy of `pins.json`
///   alone cannot be guessed offline: without the secret there is nothing to test a guess
///   against. With it, the slow hash still makes every guess cost.
/// - The log's lockout (`PinLockout`) slows guessing at a terminal.
///
/// Hashes of the first version (PBKDF2 over the PIN alone, four-digit PINs allowed) are
/// recognised only to be refused: `isCurrent` is false and the member must set a new PIN.
public struct PinHash: Sendable, Equatable, Codable {
    public static let algorithm = "HMAC-SHA256(secret,member,PIN)+PBKDF2-HMAC-SHA256"
    public static let rounds = 210_000

    public var algorithm: String
    public var rounds: Int
    /// Hex.
    public var salt: String
    /// Hex, 32 bytes.
    public var hash: String

    /// Whether this entry was made the current way; older ones are never checked.
    public var isCurrent: Bool { algorithm == Self.algorithm }

    /// Hashes `pin` for `member` with `secret` and a fresh salt.
    static func make(pin: String, member: String, secret: [UInt8]) throws(PinFailure) -> PinHash {
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
        let derived = try derive(peppered(pin, member, secret), salt, rounds)
        return PinHash(algorithm: algorithm, rounds: rounds, salt: Hex.string(salt), hash: Hex.string(derived))
    }

    /// Whether `pin` is `member`'s, compared in constant time. Only for a current entry.
    func matches(_ pin: String, member: String, secret: [UInt8]) throws(PinFailure) -> Bool {
        guard isCurrent, rounds >= Self.rounds, let salt = Hex.bytes(salt), let stored = Hex.bytes(hash) else {
            throw .unreadable("PIN 记录的算法或格式不认识")
        }
        let derived = try Self.derive(Self.peppered(pin, member, secret), salt, rounds)
        guard derived.count == stored.count else { return false }
        return zip(derived, stored).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// HMAC-SHA256 keyed with the secret over 「halldesk-pin」, the member id and the PIN,
    /// each ended by a zero byte so that no two (member, PIN) pairs give the same input.
    private static func peppered(_ pin: String, _ member: String, _ secret: [UInt8]) -> [UInt8] {
        var message = Array("halldesk-pin".utf8) + [0]
        message += Array(member.utf8) + [0]
        message += Array(pin.utf8) + [0]
        return SHA256.hmac(key: secret, message: message)
    }

    private static func derive(_ input: [UInt8], _ salt: [UInt8], _ rounds: Int) throws(PinFailure) -> [UInt8] {
        guard let key = SHA256.pbkdf2(password: input, salt: salt, rounds: rounds, length: 32) else {
            throw .unreadable("PIN 散列计算失败（轮数 \(rounds) 不可用）")
        }
        return key
    }
}
