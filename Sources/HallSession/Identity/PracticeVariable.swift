import Foundation
import HallStore

/// `HALLDESK_NOW` and `HALLDESK_TERMINAL`: a test's or a simulation's say over the clock and
/// the terminal, honoured only in a folder made for practice (`PracticeMarker`). In a live
/// hall a set variable is refused, not ignored, so nobody believes their records carry a
/// time or a terminal they do not.
public enum PracticeVariable {
    /// A practice variable set on a live hall's folder. The `halldesk` command ends with
    /// its message and exit code 1, as for any refusal of what the caller asked.
    public struct Refused: Error {
        public let message: String
    }

    /// The variable's value when set (non-empty) and `folder` is a practice folder; nil
    /// when it is not set; a refusal when it is set on a live hall's folder.
    public static func value(_ variable: String, in folder: DataFolder) throws(Refused) -> String? {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return nil }
        guard folder.isPractice else {
            throw Refused(message: "环境变量 \(variable) 只在练习用的数据目录（halldesk init --practice 建立）里有效；\(folder.url.path) 是正式营业厅的数据目录，"
                          + "时间一律取本机时钟，终端一律取系统所给的终端。请取消该变量（unset \(variable)）后重试。")
        }
        return text
    }
}
