import ArgumentParser
import HallDomain
import HallStore

struct StaffSetPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-pin",
        abstract: "设置或更改某位员工在共用终端换人用的 PIN（6 到 8 位数字）。",
        discussion: "本人可设置自己的 PIN，系统管理员可设置任何人的。PIN 只以散列存于数据目录的 pins.json（0640）：散列里含工号和只有服务账号能读的密钥文件 pin-secret（0600），再加盐慢散列；日志只记“已设置”。旧版本设置的 PIN（4 位、未绑定工号）已停用，须重新设置。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("要设置 PIN 的员工工号。", valueName: "ID"))
    var member: String

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        guard let target = acting.files.roster.member(id: member) else {
            throw fail("工号 \(ArgumentQuote.short(member)) 不在人员名单里。")
        }
        let pin = try PinPrompt.read("\(target.id) 的新 PIN：")
        guard PinFile.isWellFormed(pin) else { throw fail(PinFailure.notAPin.message) }
        let catalog = acting.files.catalog
        let actor = acting.engine.actor
        _ = try acting.perform(now: acting.now) { state, _ throws(HallRefusal) in
            try decideSetPin(for: target, state: state, catalog: catalog, actor: actor)
        }
        do {
            try PinFile(folder: acting.files.folder).set(pin, for: target.id)
        } catch {
            throw fail("日志已记下设置 PIN，但 PIN 没有保存：\(error.message)。请解决后重新设置。")
        }
        print("已设置 \(target.name)（\(target.id)）的 PIN。")
    }
}
