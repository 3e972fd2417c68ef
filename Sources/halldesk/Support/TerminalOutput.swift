import TermUI

/// Every line a command prints for people goes through here: this `print` shadows the
/// standard library's for the whole `halldesk` module, so an order's description, a
/// customer's name or a log record's body carrying `ESC ]0;…BEL` or `ESC [2J` prints with
/// the escape shown as `␛` (see `InertText.lines`) and cannot retitle or clear the
/// terminal a coordinator runs `halldesk order show` in. JSON lines are already safe when
/// they get here (`JSONLine` escapes what encoders leave raw), so they pass unchanged.
///
/// Output stays buffered as `Swift.print` buffers it.
func print(_ text: String) {
    Swift.print(InertText.lines(text))
}
