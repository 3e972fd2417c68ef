import Foundation
import HallDomain

/// A record's body with customers' phone, ID and account numbers masked, for printing the
/// log to someone the permission matrix does not let see them whole (`log tail`).
///
/// The body is walked as JSON rather than decoded as its event, so a body of any type and
/// version, one this version does not know included, is masked the same way: `phone` and
/// `accountNumber` values as `Masking.phone`, every other string with `Masking.text` (which
/// finds mobile and ID numbers inside free text). Numbers, flags and keys are kept.
public enum BodyMasking {
    public static func masked(_ body: Data) -> Data {
        guard let object = try? JSONSerialization.jsonObject(with: body),
              let data = try? JSONSerialization.data(withJSONObject: mask(object, key: nil), options: [.sortedKeys, .withoutEscapingSlashes])
        else {
            // Never the raw bytes: a body that cannot be walked is not shown at all.
            return Data(#"{"unreadable":"内容无法解析，未显示"}"#.utf8)
        }
        return data
    }

    private static func mask(_ value: Any, key: String?) -> Any {
        switch value {
        case let text as String:
            switch key {
            case "phone", "accountNumber": Masking.phone(text)
            case "idNumber": Masking.idNumber(text)
            default: Masking.text(text)
            }
        case let object as [String: Any]:
            Dictionary(uniqueKeysWithValues: object.map { ($0.key, mask($0.value, key: $0.key)) })
        case let array as [Any]:
            array.map { mask($0, key: key) }
        default:
            value
        }
    }
}
