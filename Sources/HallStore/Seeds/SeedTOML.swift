import Foundation
import Glibc
import TOMLKit

/// Reads one TOML seed file into a Codable shape, turning every failure into a
/// `SeedError` that names the file and, for syntax errors, the line. A seed is read only
/// as a regular file, never through a symbolic link (`O_NOFOLLOW`, checked by `fstat`):
/// the roster and the hall's rules must be the files they claim to be.
enum SeedTOML {
    static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws(SeedError) -> T {
        let name = url.lastPathComponent
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0, errno == ELOOP {
            throw SeedError(file: name, problem: "是符号链接，为安全起见不读取；请换成真正的文件（rm 该链接，放回原文件），再运行 halldesk doctor")
        }
        guard fd >= 0 else { throw SeedError(file: name, problem: "无法读取（文件不存在、无权限或不是 UTF-8 编码）") }
        let file = OpenFile(fd: fd, path: url.path)
        defer { file.close() }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw SeedError(file: name, problem: "不是普通文件，不读取")
        }
        guard let bytes = try? file.read(from: 0, to: UInt64(info.st_size)),
              let text = String(validating: bytes, as: UTF8.self)
        else {
            throw SeedError(file: name, problem: "无法读取（文件不存在、无权限或不是 UTF-8 编码）")
        }
        return try decode(type, text: text, name: url.lastPathComponent)
    }

    /// Decodes `text`, already read from the file called `name`.
    static func decode<T: Decodable>(_ type: T.Type, text: String, name: String) throws(SeedError) -> T {
        do {
            return try TOMLDecoder().decode(T.self, from: text)
        } catch let error as TOMLParseError {
            throw SeedError(file: name, problem: "第 \(error.source.begin.line) 行不是合法的 TOML")
        } catch let DecodingError.keyNotFound(key, context) {
            // TOMLKit already ends the path with the missing key; other decoders do not.
            let keys = context.codingPath.last?.stringValue == key.stringValue ? context.codingPath : context.codingPath + [key]
            throw SeedError(file: name, problem: "缺少字段 \(path(keys))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw SeedError(file: name, problem: "字段 \(path(context.codingPath)) 的类型不对")
        } catch let DecodingError.valueNotFound(_, context) {
            throw SeedError(file: name, problem: "字段 \(path(context.codingPath)) 没有值")
        } catch {
            throw SeedError(file: name, problem: "内容无法识别")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
