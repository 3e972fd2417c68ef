import Foundation
import Glibc

/// The command line as the kernel handed it over, checked before anyone parses it: Swift
/// decodes `argv` with U+FFFD for bytes that are not UTF-8, so a name typed in a GBK
/// terminal would be stored as 「�」 without a word. Such an argument is refused instead.
enum RawArguments {
    /// The arguments after the program's name; nil with a Chinese message when one of them
    /// is not valid UTF-8.
    static func checked() -> (arguments: [String]?, problem: String?) {
        var arguments: [String] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            guard let text = String(validatingCString: raw) else {
                let length = strlen(raw)
                return (nil, "第 \(index) 个参数（\(length) 字节）不是有效的 UTF-8 文字，已拒绝，什么也没有写。"
                    + "多半是终端或文件用了 GBK 等其他编码：请把终端设为 UTF-8（如 LANG=zh_CN.UTF-8）后重新输入。")
            }
            arguments.append(text)
        }
        return (arguments, nil)
    }
}
