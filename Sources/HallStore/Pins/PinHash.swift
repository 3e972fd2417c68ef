import Crypto
import _CryptoExtras
import Foundation

/// A PIN as stored: PBKDF2-HMAC-SHA256 over the PIN with a random 16-byte salt, 210,000
/// rounds (swift-crypto's floor, OWASP's advice for SHA-256). A PIN is four to eight
/// digits, so the hash is slow on purpose: someone who copies the PIN file must pay for
/// every guess, and the log's lockout (`PinLockout`) slows guessing at a terminal.
public struct PinHash: Sendable, Equatable, Codable {
    public static let algorithm = "PBKDF2-HMAC-SHA256"
    public static let rounds = 210_000

    public var algorithm: String
    public var rounds: Int
    /// Hex.
    public var salt: String
    /// Hex, 32 bytes.
    public var hash: String

    /// Hashes `pin` with a fresh salt.
    public static func make(pin: String) throws(PinFailure) -> PinHash {
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
        return PinHash(algorithm: algorithm, rounds: rounds, salt: Hex.string(salt), hash: Hex.string(try derive(pin, salt, rounds)))
    }

    /// Whether `pin` is the one hashed, compared in constant time.
    public func matches(_ pin: String) throws(PinFailure) -> Bool {
        guard algorithm == Self.algorithm, let salt = Hex.bytes(salt), let stored = Hex.bytes(hash) else {
            throw .unreadable("PIN 记录的算法或格式不认识")
        }
        let derived = try Self.derive(pin, salt, rounds)
        guard derived.count == stored.count else { return false }
        return zip(derived, stored).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ pin: String, _ salt: [UInt8], _ rounds: Int) throws(PinFailure) -> [UInt8] {
        do {
            let key = try KDF.Insecure.PBKDF2.deriveKey(from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32, rounds: rounds)
            return key.withUnsafeBytes { Array($0) }
        } catch {
            throw .unreadable("PIN 散列计算失败（\(error)）")
        }
    }
}
