import HallDomain

/// The coordinator's form for an order taken by phone, letter or at the hall. Words are
/// typed as staff say them (投诉, 居民, 农村); a blank area and area type come from the
/// address through the station's area list; whatever cannot be read is named in the message.
enum NewOrderForm {
    struct Problem: Error, Equatable {
        var message: String
    }

    static let labels = ["类别", "诉求分类", "来源", "客户", "电话", "户号", "地址", "区域", "城乡", "客户类别", "诉求内容", "95598单号", "重大"]

    static func make(_ context: WorkOrderContext) -> Form {
        let kinds = WorkOrderKind.allCases.map(\.chineseName).joined(separator: "/")
        let defaults = ["投诉", "", "来电", "", "", "", "", "", "", "居民", "", "", "否"]
        return Form(title: "受理新工单",
                    intro: "类别：\(kinds)；诉求分类写代码或名称；区域、城乡留空则按地址判断；重大：是/否。",
                    fields: zip(labels, defaults).map { ($0, $1) }, choices: choices(context))
    }

    /// The pick lists of the fields that take one of a known set of words.
    static func choices(_ context: WorkOrderContext) -> [Int: [String]] {
        let lists: [String: [String]] = [
            "类别": WorkOrderKind.allCases.map(\.chineseName), "诉求分类": context.settings.categories.map(\.name),
            "来源": WorkOrderSource.allCases.map(\.chineseName), "区域": context.settings.areas.areas.map(\.name),
            "城乡": AreaType.allCases.map(\.chineseName), "客户类别": CustomerKind.allCases.map(\.chineseName), "重大": ["是", "否"],
        ]
        return Dictionary(uniqueKeysWithValues: lists.compactMap { label, words in labels.firstIndex(of: label).map { ($0, words) } })
    }

    static func intake(_ values: [String], context: WorkOrderContext) -> Result<WorkOrderIntake, Problem> {
        func field(_ label: String) -> String { values[labels.firstIndex(of: label)!] }
        guard let kind = WorkOrderKind.allCases.first(where: { $0.chineseName == field("类别") }) else {
            return .failure(Problem(message: "类别“\(field("类别"))”不认识，请写 \(WorkOrderKind.allCases.map(\.chineseName).joined(separator: "、")) 之一"))
        }
        guard let category = context.settings.categories.first(where: { $0.code == field("诉求分类").uppercased() || $0.name == field("诉求分类") }) else {
            return .failure(Problem(message: "诉求分类“\(field("诉求分类"))”不在分类表里，请写分类代码（如 FWTD）或完整名称"))
        }
        guard let source = WorkOrderSource.allCases.first(where: { $0.chineseName == field("来源") }) else {
            return .failure(Problem(message: "来源“\(field("来源"))”不认识，请写 \(WorkOrderSource.allCases.map(\.chineseName).joined(separator: "、")) 之一"))
        }
        guard let customerKind = CustomerKind.allCases.first(where: { $0.chineseName == field("客户类别") }) else {
            return .failure(Problem(message: "客户类别请写“居民”或“非居民”"))
        }
        let suggestion = context.settings.areas.suggest(address: field("地址"))
        let typedType = field("城乡")
        guard let areaType = typedType.isEmpty ? suggestion?.areaType ?? .city : AreaType.allCases.first(where: { $0.chineseName == typedType }) else {
            return .failure(Problem(message: "城乡请写“城区”“农村”或“边远”（报障的到达时限按它计），或留空按地址判断"))
        }
        let area = field("区域").isEmpty ? suggestion?.area ?? "" : field("区域")
        guard !area.isEmpty else {
            return .failure(Problem(message: "地址没有匹配到本所的区域，请在“区域”栏写明客户所在区域（属地管理按它派单）"))
        }
        let customer = Customer(name: field("客户"), phone: optional(field("电话")), accountNumber: optional(field("户号")),
                                address: field("地址"), area: area, station: suggestion?.station ?? context.catalog.hall.station,
                                areaType: areaType, kind: customerKind)
        return .success(WorkOrderIntake(kind: kind, source: source, category: category.code, customer: customer,
                                        description: field("诉求内容"), hotlineNumber: optional(field("95598单号")),
                                        markedMajor: field("重大") == "是"))
    }

    private static func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
}
