import XCTest
@testable import HallStore

/// CSV as Excel and the 95598 system write it, with the physical line each record starts on.
final class CSVReaderTests: XCTestCase {
    private func read(_ text: String) throws -> [CSVRecord] {
        try CSVReader.records(in: text)
    }

    func testPlainRecordsWithLFAndCRLF() throws {
        let expected = [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["c", ""])]
        XCTAssertEqual(try read("a,b\nc,\n"), expected)
        XCTAssertEqual(try read("a,b\r\nc,\r\n"), expected)
        XCTAssertEqual(try read("a,b\rc,"), expected, "a lone CR (old Mac Excel) ends a line too")
    }

    func testQuotedFieldsKeepCommasAndDoubledQuotes() throws {
        XCTAssertEqual(try read("\"天河路,88号\",\"他说\"\"没电\"\"\",\"\"\n"),
                       [CSVRecord(line: 1, fields: ["天河路,88号", "他说\"没电\"", ""])])
    }

    func testLineBreaksInsideQuotesBelongToTheFieldAndRecordsKeepTheirStartingLine() throws {
        let text = "编号,内容\r\n1,\"第一行\r\n第二行\r\n第三行\"\r\n2,\"甲\n乙\"\r\n3,丙\r\n"
        XCTAssertEqual(try read(text), [
            CSVRecord(line: 1, fields: ["编号", "内容"]),
            CSVRecord(line: 2, fields: ["1", "第一行\n第二行\n第三行"]),
            CSVRecord(line: 5, fields: ["2", "甲\n乙"]),
            CSVRecord(line: 7, fields: ["3", "丙"]),
        ])
    }

    func testBlankLinesAreRecordsOfOneEmptyFieldOnTheirOwnLine() throws {
        let records = try read("a\n\n,,\nb")
        XCTAssertEqual(records, [CSVRecord(line: 1, fields: ["a"]), CSVRecord(line: 2, fields: [""]),
                                 CSVRecord(line: 3, fields: ["", "", ""]), CSVRecord(line: 4, fields: ["b"])])
        XCTAssertEqual(records.map(\.isBlank), [false, true, true, false])
    }

    func testStrayQuotesOutsideAQuotedFieldAreKeptAsWritten() throws {
        XCTAssertEqual(try read("5\"表,\"甲\"乙\n"), [CSVRecord(line: 1, fields: ["5\"表", "甲乙"])])
    }

    func testAnUnclosedQuoteNamesTheLineItOpensOn() {
        XCTAssertThrowsError(try read("a,b\nc,\"没有结束\nd,e\n")) { error in
            XCTAssertEqual((error as? ImportFailure)?.line, 2)
        }
    }

    func testAnEmptyTextHasNoRecords() throws {
        XCTAssertEqual(try read(""), [])
    }
}
