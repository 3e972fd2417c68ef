import Foundation
import TOMLKit

/// Reads one TOML seed file into a Codable shape, turning every failure into a
/// `SeedError` that names the file and, for syntax errors, the line.
enum SeedTOML {
    static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws(SeedError) -> T {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw SeedError(file: url.lastPathComponent, problem: "无法读取（文件不存在、无权限或不是 UTF-8 编码）")
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
