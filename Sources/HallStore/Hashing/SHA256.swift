import CLibCrypto

/// SHA-256, its HMAC and PBKDF2, from the system's OpenSSL (`libcrypto`).
///
/// Why OpenSSL and not a Swift package: the algorithms are the same, Debian keeps the
/// library patched, and a fresh clone no longer compiles a bundled copy of BoringSSL
/// (hundreds of C files) before its first test. The record format and the PIN hashes are
/// unchanged; `HashingTests` holds published test vectors so that a change of library
/// cannot silently change a hash.
enum SHA256 {
    /// Looked up once: OpenSSL 3 otherwise resolves the algorithm by name on every use.
    nonisolated(unsafe) private static let algorithm: OpaquePointer = {
        guard let md = EVP_MD_fetch(nil, "SHA256", nil) else {
            fatalError("OpenSSL 没有 SHA-256：请安装 libssl3（Debian 包）")
        }
        return md
    }()

    /// The digest of the parts one after another, as if they were one buffer.
    static func hash(_ parts: UnsafeRawBufferPointer...) -> SHA256Digest {
        let context = EVP_MD_CTX_new()
        defer { EVP_MD_CTX_free(context) }
        var ok = EVP_DigestInit_ex(context, algorithm, nil) == 1
        for part in parts where ok {
            ok = EVP_DigestUpdate(context, part.baseAddress, part.count) == 1
        }
        var digest = SHA256Digest()
        withUnsafeMutableBytes(of: &digest.words) { out in
            ok = ok && EVP_DigestFinal_ex(context, out.baseAddress!.assumingMemoryBound(to: UInt8.self), nil) == 1
        }
        precondition(ok, "OpenSSL SHA-256 failed (out of memory?)")
        return digest
    }

    static func hash(_ bytes: [UInt8]) -> SHA256Digest {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// HMAC-SHA256 of `message` keyed with `key` (RFC 2104).
    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let done = key.withUnsafeBytes { key in
            message.withUnsafeBytes { message in
                HMAC(algorithm, key.baseAddress, Int32(key.count), message.baseAddress?.assumingMemoryBound(to: UInt8.self),
                     message.count, &out, &length)
            }
        }
        precondition(done != nil && length == 32, "OpenSSL HMAC-SHA256 failed")
        return out
    }

    /// PBKDF2-HMAC-SHA256 (RFC 8018) of `password` with `salt`, `rounds` iterations.
    static func pbkdf2(password: [UInt8], salt: [UInt8], rounds: Int, length: Int) -> [UInt8]? {
        guard rounds > 0, rounds <= Int(Int32.max) else { return nil }
        var out = [UInt8](repeating: 0, count: length)
        let ok = password.withUnsafeBytes { password in
            salt.withUnsafeBytes { salt in
                PKCS5_PBKDF2_HMAC(password.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(password.count),
                                  salt.baseAddress?.assumingMemoryBound(to: UInt8.self), Int32(salt.count), Int32(rounds),
                                  algorithm, Int32(length), &out)
            }
        }
        return ok == 1 ? out : nil
    }
}

/// The 32 bytes of a SHA-256 digest, kept inline: the log's reader makes one per record.
struct SHA256Digest {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try Swift.withUnsafeBytes(of: words, body)
    }
}
