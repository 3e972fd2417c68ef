/// Changing who works a shared terminal (the guide's at the entrance) without leaving the
/// console: staff id and PIN, checked by the wiring exactly as `halldesk staff switch`
/// checks them. F4 from any pane with no dialog open.
enum StaffSwitchForm {
    static func blank(member: String = "") -> Form {
        Form(title: "换人", intro: "共用终端换人：输入换上来的员工工号和 PIN。连续输错 3 次须等待后再试，每次输错都记入日志。",
             fields: [("工号", member), ("PIN", "")], secret: [1])
    }

    /// After a refusal: the id stays, the PIN is asked again, the reason shows in the dialog.
    static func refused(_ form: Form, because message: String) -> Form {
        var again = blank(member: form.values.first ?? "")
        again.focus = 1
        again.error = message
        return again
    }
}
