/// RFC 4180 CSV as Excel and the 95598 system write it: comma-separated, a field in double
/// quotes may hold commas, line breaks and doubled quotes (`""` for `"`). Lines end in
/// CRLF, LF or a lone CR (older Mac Excel); a line break inside a quoted field is kept as
/// `\n` whatever the file used.
///
/// Leniency where spreadsheets are sloppy and the meaning is still plain: a quote inside an
/// unquoted field, or text after a closing quote, is kept as written. A quoted field never
/// closed is an error, because everything after it would be swallowed into one field.
public enum CSVReader {
    public static func records(in text: String) throws(ImportFailure) -> [CSVRecord] {
        var reader = Scan()
        for scalar in text.unicodeScalars {
            reader.take(scalar)
        }
        return try reader.finish()
    }

    /// The reader's position: the record and field being built and the line it is on.
    private struct Scan {
        enum Mode { case unquoted, quoted, quoteInQuoted }

        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var mode = Mode.unquoted
        /// Whether the current record has begun: a file's final line break starts no record.
        var started = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        /// A CR was just read as a line break, so an LF right after it belongs to it.
        var afterCR = false

        mutating func take(_ scalar: Unicode.Scalar) {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n", afterCR { return }
            let isBreak = scalar == "\n" || scalar == "\r"
            if mode == .quoted {
                if scalar == "\"" {
                    mode = .quoteInQuoted
                } else if isBreak {
                    field.append("\n")
                    line += 1
                } else {
                    field.append(scalar)
                }
                return
            }
            if mode == .quoteInQuoted, scalar == "\"" {
                field.append("\"")
                mode = .quoted
                return
            }
            mode = .unquoted
            if isBreak {
                endRecord()
                line += 1
                recordLine = line
                return
            }
            if !started {
                started = true
                recordLine = line
            }
            switch scalar {
            case ",":
                endField()
            case "\"" where field.isEmpty:
                mode = .quoted
                quoteLine = line
            default:
                field.append(scalar)
            }
        }

        mutating func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }

        mutating func endRecord() {
            guard started else {
                records.append(CSVRecord(line: line, fields: [""]))
                return
            }
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
            started = false
        }

        mutating func finish() throws(ImportFailure) -> [CSVRecord] {
            if mode == .quoted {
                throw ImportFailure(line: quoteLine, "这一行有一个双引号开始的内容，直到文件末尾都没有结束的双引号。请检查这一行的引号是否配对。")
            }
            if started { endRecord() }
            return records
        }
    }
}
