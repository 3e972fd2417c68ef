import Foundation
import HallStore
import XCTest

/// Bodies printed for readers who may not see customers' numbers: phone, account and ID
/// numbers masked wherever they stand, everything else as stored.
final class BodyMaskingTests: XCTestCase {
    private func masked(_ body: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: BodyMasking.masked(Data(body.utf8))) as? [String: Any])
    }

    func testNumbersAreMaskedInTheirFieldsAndInFreeText() throws {
        let body = try masked(#"""
        {"customer":{"accountNumber":"0301234567","name":"张伟","phone":"13812341234","vip":false},
         "description":"客户身份证 44010619900101123X，另一个电话 13900001111","order":"GD000001","count":3,"ratio":1.5,
         "notes":["回拨 13700002222"]}
        """#)
        let customer = try XCTUnwrap(body["customer"] as? [String: Any])
        XCTAssertEqual(customer["phone"] as? String, "138****1234")
        XCTAssertEqual(customer["accountNumber"] as? String, "030***4567")
        XCTAssertEqual(customer["name"] as? String, "张伟")
        XCTAssertEqual(customer["vip"] as? Bool, false)
        XCTAssertEqual(body["description"] as? String, "客户身份证 440106********123X，另一个电话 139****1111")
        XCTAssertEqual(body["notes"] as? [String], ["回拨 137****2222"])
        XCTAssertEqual(body["order"] as? String, "GD000001")
        XCTAssertEqual(body["count"] as? Int, 3)
        XCTAssertEqual(body["ratio"] as? Double, 1.5)
    }

    func testABodyThatIsNotJSONIsNotShownAtAll() {
        let shown = String(decoding: BodyMasking.masked(Data("13812341234".utf8)), as: UTF8.self)
        XCTAssertFalse(shown.contains("13812341234"), shown)
    }
}
