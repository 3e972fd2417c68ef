@testable import HallStore
import XCTest

/// Published test vectors for the hashing the log and the PINs rely on, so that a change of
/// library (swift-crypto before, the system's OpenSSL now) cannot silently change a hash:
/// every existing log and `pins.json` must still verify.
final class HashingTests: XCTestCase {
    func testSHA256OfABCIsTheFIPSExample() {
        XCTAssertEqual(hex(SHA256.hash(Array("abc".utf8))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testSHA256OverPartsEqualsOverTheWhole() {
        let whole = Array("一条记录的规范字节}".utf8)
        let parts = whole.withUnsafeBytes { raw in
            SHA256.hash(UnsafeRawBufferPointer(rebasing: raw[0..<7]), UnsafeRawBufferPointer(rebasing: raw[7...]))
        }
        XCTAssertEqual(hex(parts), hex(SHA256.hash(whole)))
    }

    func testHMACIsRFC4231CaseTwo() {
        XCTAssertEqual(Hex.string(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    func testPBKDF2IsRFC7914Section11() throws {
        let one = try XCTUnwrap(SHA256.pbkdf2(password: Array("passwd".utf8), salt: Array("salt".utf8), rounds: 1, length: 64))
        XCTAssertEqual(Hex.string(one), "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                      + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
        let many = try XCTUnwrap(SHA256.pbkdf2(password: Array("Password".utf8), salt: Array("NaCl".utf8), rounds: 80_000, length: 64))
        XCTAssertEqual(Hex.string(many), "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                       + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d")
        XCTAssertNil(SHA256.pbkdf2(password: [1], salt: [2], rounds: 0, length: 32), "zero rounds is refused, not hashed")
    }

    /// A PIN entry as `pins.json` stores it, computed outside HallDesk with Python's hashlib
    /// and hmac from the documented recipe (HMAC over 「halldesk-pin」\0 member \0 PIN \0,
    /// then PBKDF2 with the salt): the stored format is the contract, not the library.
    func testAPinEntryComputedElsewhereStillVerifies() throws {
        let secret = Array(UInt8(0)..<32)
        let entry = PinHash(algorithm: PinHash.algorithm, rounds: 210_000, salt: "00112233445566778899aabbccddeeff",
                            hash: "a267e2e1423e90722d4bc87f9af7b966f5af236f079d779afe2a76eaa13f641d")
        XCTAssertTrue(try entry.matches("582039", member: "G01", secret: secret))
        XCTAssertFalse(try entry.matches("582039", member: "G02", secret: secret), "the member id is inside the hash")
        XCTAssertFalse(try entry.matches("582038", member: "G01", secret: secret))
    }

    private func hex(_ digest: SHA256Digest) -> String {
        digest.withUnsafeBytes { Hex.string(Array($0)) }
    }
}
