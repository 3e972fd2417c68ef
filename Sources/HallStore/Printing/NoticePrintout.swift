/// The one-time missing-documents notice (一次性告知单): everything the customer still
/// needs, listed once and completely, so that the next visit is the last one.
///
/// An empty list leaves its section out; the domain only issues a notice when something
/// is missing.
public enum NoticePrintout {
    public static func make(
        hallName: String,
        businessName: String,
        customerKind: String,
        missingDocuments: [String],
        formsToBring: [String],
        issuedAt: String,
        guideName: String,
        hallPhone: String? = nil,
        openingHours: String? = nil
    ) -> Printout {
        var lines: [PrintLine] = [
            .title(hallName),
            .centered("一次性告知单"),
            .rule,
            .text("办理业务：\(businessName)（\(customerKind)）"),
            .text("告知时间：\(issuedAt)"),
            .rule,
        ]
        if !missingDocuments.isEmpty {
            lines += [.text("经核对，您还缺少以下资料："), .list(missingDocuments)]
        }
        if !formsToBring.isEmpty {
            lines += [.text("请一并带上以下表单："), .list(formsToBring)]
        }
        lines += [
            .rule,
            .text("以上为所缺的全部资料，一次告知。请带齐后再来，届时可直接取号办理。"),
            .text("导办员：\(guideName)"),
        ]
        if let hallPhone {
            lines.append(.text("咨询电话：\(hallPhone)"))
        }
        if let openingHours {
            lines.append(.text("营业时间：\(openingHours)"))
        }
        return Printout(lines)
    }
}
