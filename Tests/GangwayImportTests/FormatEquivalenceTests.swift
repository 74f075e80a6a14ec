import Foundation
import GangwayCore
import Testing

@testable import GangwayImport

/// The same catalog written as CSV and as XML gives the same model and the same problems.
struct FormatEquivalenceTests {
    static let csvFiles: [(String, String)] = [
        (
            "piers.csv",
            "pier_id;name_ru;name_en;address_ru;lat;lon;timezone\ndvortsovaya;Дворцовая пристань;Palace Pier;Дворцовая наб., 32;59.9412;30.3120;Europe/Moscow\n"
        ),
        (
            "layout.csv",
            "layout_id,deck,section_id,section_ru,section_en,kind,row,seat,x,y,category,capacity,accessible\n"
                + "moika-80,main,salon-a,Салон А,Cabin A,seat,1,1,10,20,standard,,\n"
                + "moika-80,main,salon-a,Салон А,Cabin A,seat,1,2,30,20,vip,,yes\n"
                + "moika-80,main,open-deck,Открытая палуба,,standing,,,,,deck,40,\n"
        ),
        (
            "vessels.csv",
            "vessel_id;name_ru;kind;capacity;layout_id;home_pier_id\nmoika-1;Мойка-1;boat;80;moika-80;dvortsovaya\n"
        ),
        (
            "products.csv",
            "product_id;kind;title_ru;title_zh;duration_min;age_min\nneva-night;excursion;Ночная Нева;涅瓦河夜游;90;0\n"
        ),
        (
            "schedule.csv",
            "product_id;vessel_id;pier_id;date_from;date_to;weekdays;times;except;price_adult;price_child;price_adult@vip\n"
                + "neva-night;moika-1;dvortsovaya;2026-05-01;2026-05-31;1-7;23:30 24:30;2026-05-09;1500;900;2500\n"
        ),
        (
            "promos.csv",
            "code;kind;value;valid_from;valid_to;products;max_uses\nWHITE-NIGHTS;percent;10;2027-06-01;2027-06-30;neva-night;500\n"
        ),
    ]

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gangway version="1">
          <pier id="dvortsovaya" lat="59.9412" lon="30.3120" timezone="Europe/Moscow">
            <name lang="ru">Дворцовая пристань</name><name lang="en">Palace Pier</name>
            <address lang="ru">Дворцовая наб., 32</address>
          </pier>
          <layout id="moika-80">
            <deck id="main">
              <section id="salon-a" kind="seated" category="standard">
                <name lang="ru">Салон А</name><name lang="en">Cabin A</name>
                <row label="1"><seat n="1" x="10" y="20"/><seat n="2" x="30" y="20" category="vip" accessible="yes"/></row>
              </section>
              <section id="open-deck" kind="standing" category="deck" capacity="40">
                <name lang="ru">Открытая палуба</name>
              </section>
            </deck>
          </layout>
          <vessel id="moika-1" kind="boat" capacity="80" layout="moika-80" home-pier="dvortsovaya">
            <name lang="ru">Мойка-1</name>
          </vessel>
          <product id="neva-night" kind="excursion" duration-min="90" age-min="0">
            <title lang="ru">Ночная Нева</title><title lang="zh">涅瓦河夜游</title>
          </product>
          <schedule product="neva-night" vessel="moika-1" pier="dvortsovaya"
                    from="2026-05-01" to="2026-05-31" weekdays="1-7" times="23:30 24:30">
            <price tier="adult">1500</price><price tier="child">900</price>
            <price tier="adult" category="vip">2500</price>
            <except date="2026-05-09"/>
          </schedule>
          <promo code="WHITE-NIGHTS" kind="percent" value="10" valid-from="2027-06-01" valid-to="2027-06-30"
                 products="neva-night" max-uses="500"/>
        </gangway>
        """

    private func read(_ files: [(String, String)]) throws -> (CatalogBatch, [ImportProblem]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-eq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var records: [RawRecord] = []
        var problems: [ImportProblem] = []
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            let reading = CatalogFileReader().read(url: url, fileName: name)
            records += reading.records
            problems += reading.problems
        }
        let (batch, found) = CatalogValidator.validate(records, against: .empty)
        return (batch.withoutSources, problems + found)
    }

    @Test func csvAndXMLGiveTheSameCatalog() throws {
        let (fromCSV, csvProblems) = try read(Self.csvFiles)
        let (fromXML, xmlProblems) = try read([("catalog.xml", Self.xml)])
        #expect(csvProblems.isEmpty, "\(csvProblems)")
        #expect(xmlProblems.isEmpty, "\(xmlProblems)")
        #expect(fromCSV.piers == fromXML.piers)
        #expect(fromCSV.layouts == fromXML.layouts)
        #expect(fromCSV.vessels == fromXML.vessels)
        #expect(fromCSV.products == fromXML.products)
        #expect(fromCSV.schedules == fromXML.schedules)
        #expect(fromCSV.sailings == fromXML.sailings)
        #expect(fromCSV.promos == fromXML.promos)
        #expect(fromCSV.sailings.count == 60)
        #expect(fromCSV.layouts.first?.places == 42)
    }

    @Test func csvAndXMLFailTheSameRule() throws {
        let badCSV = Self.csvFiles.map { name, text in
            (name, name == "vessels.csv" ? text.replacingOccurrences(of: ";80;", with: ";30;") : text)
        }
        let badXML = Self.xml.replacingOccurrences(of: "capacity=\"80\"", with: "capacity=\"30\"")
        let (_, csvProblems) = try read(badCSV)
        let (_, xmlProblems) = try read([("catalog.xml", badXML)])
        let expected = ValidationProblem.capacityBelowLayout(
            vessel: "moika-1", capacity: 30, layout: "moika-80", places: 42)
        #expect(csvProblems.compactMap { $0.reason as? ValidationProblem }.contains(expected))
        #expect(xmlProblems.compactMap { $0.reason as? ValidationProblem }.contains(expected))
        #expect(xmlProblems.first { ($0.reason as? ValidationProblem) == expected }?.location?.line == 18)
    }
}

extension CatalogBatch {
    /// The same catalog with every source location removed, to compare CSV with XML.
    fileprivate var withoutSources: CatalogBatch {
        var copy = self
        copy.piers = cleared(piers) { $0.source = nil }
        copy.layouts = cleared(layouts) { layout in
            layout.source = nil
            layout.sections = cleared(layout.sections) { section in
                section.seats = cleared(section.seats) { $0.source = nil }
            }
        }
        copy.vessels = cleared(vessels) { $0.source = nil }
        copy.products = cleared(products) { $0.source = nil }
        copy.schedules = cleared(schedules) { $0.source = nil }
        copy.sailings = cleared(sailings) { $0.source = nil }
        copy.promos = cleared(promos) { $0.source = nil }
        return copy
    }
}

private func cleared<Item>(_ items: [Item], _ clear: (inout Item) -> Void) -> [Item] {
    items.map { item in
        var item = item
        clear(&item)
        return item
    }
}

struct KindDetectionTests {
    @Test func xmlKindsAreFoundByElementNotByAttribute() {
        let xml =
            #"<gangway version="1"><promo code="A" kind="percent" value="1" products="x"/><pier id="p"/></gangway>"#
        #expect(CatalogFileReader.elementKinds(in: Data(xml.utf8)) == [.pier, .promo])
    }

    @Test(arguments: [
        ("pier_id;name_ru", RecordKind.pier), ("vessel_id;name_ru;kind;capacity;layout_id", .vessel),
        ("product_id,title_ru,kind,duration_min", .product), ("layout_id;section_id;kind", .layout),
        ("product_id;vessel_id;pier_id;times;date", .schedule), ("code;kind;value", .promo),
    ])
    func csvKindsAreFoundByHeader(header: String, kind: RecordKind) {
        let columns = Set(header.split(whereSeparator: { $0 == ";" || $0 == "," }).map(String.init))
        #expect(CSVCatalogSchema.kind(ofHeader: columns) == kind)
    }
}
