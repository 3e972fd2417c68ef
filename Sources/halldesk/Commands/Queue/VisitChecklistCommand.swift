import ArgumentParser
import HallDomain
import HallSession

struct VisitChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "列出某项业务要带的证照资料和可预填的表单（--have 用这里的名称）。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var business: BusinessOptions

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let type = try BusinessLookup.find(business.type, in: files.catalog)
        print("\(type.code) \(type.name)（\(business.kind.chineseName)，\(type.queue) 队）")
        let checklist = type.checklist(for: business.kind)
        print(checklist.isEmpty ? "无需证照资料" : checklist.map { "- \($0)" }.joined(separator: "\n"))
        if !type.forms.isEmpty { print("可预填表单：" + type.forms.joined(separator: "、")) }
    }
}
