import Foundation
import Testing

@testable import GangwayReconcile

/// Payment exports and operator files share the inbox: each command must take only its own.
struct ExportSnifferTests {
    @Test(arguments: [
        "payments-ru-utf8.csv", "payments-ru-utf8-bom-crlf.csv", "payments-ru-cp1251.csv", "payments-en.csv",
        "refunds-ru.csv", "payments-ru.xlsx", "history-single-page.json", "history-pages-overlapping.json",
        "payments-truncated.csv",
    ])
    func paymentExportsAreRecognised(_ name: String) throws {
        #expect(ExportSniffer.isPaymentExport(try FixtureSupport.url(name)))
    }

    @Test func operatorFilesAndEmptyFilesAreNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sniff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "piers.csv": "pier_id;name_ru;address_ru\ndvortsovaya;Дворцовая;Дворцовая наб., 2\n",
            "schedule.csv":
                "product_id;vessel_id;pier_id;times;date_from;date_to\ntour;meteor;dvortsovaya;10:30;2027-06-01;2027-06-30\n",
            "catalog.xml": "<?xml version=\"1.0\"?><catalog><piers/></catalog>\n",
            "empty.csv": "",
        ]
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            #expect(!ExportSniffer.isPaymentExport(url), "\(name)")
        }
        #expect(!ExportSniffer.isPaymentExport(folder.appendingPathComponent("missing.csv")))
    }
}
