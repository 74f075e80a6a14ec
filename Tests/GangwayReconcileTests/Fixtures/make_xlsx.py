#!/usr/bin/env python3
"""Writes the XLSX fixtures of GangwayReconcileTests with nothing but the standard library.

Run from anywhere: python3 Tests/GangwayReconcileTests/Fixtures/make_xlsx.py
The XML is written by hand so the fixtures show what Excel really stores: shared strings, inline
strings, numbers with binary-float artefacts (96.340000000000003) and serial dates (1900 system).
"""
import os
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2026, 7, 12, 0, 0, 0)  # zip member times, so the files are reproducible

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

# The first sheet is deliberately not sheet1.xml, so the reader must follow workbook.xml and its rels.
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Реестр" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/></sheets>
</workbook>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""

DECOY_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>not the registry</t></is></c></row>
</sheetData></worksheet>"""


def serial(moment):
    """Excel 1900-system serial of a naive Moscow time, written as Excel writes it (15 significant digits)."""
    delta = moment - datetime(1899, 12, 30)
    return repr(round(delta.days + delta.seconds / 86400, 9))


class Sheet:
    def __init__(self, shared):
        self.shared = shared  # list of shared strings, or None for inline strings only
        self.rows = []

    def row(self, number, *cells):
        """cells: (column letter, kind, value) with kind 's' text, 'n' number text, 'skip'."""
        self.rows.append((number, cells))

    def text(self, ref, value):
        if self.shared is None:
            return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
        if value not in self.shared:
            self.shared.append(value)
        return f'<c r="{ref}" t="s"><v>{self.shared.index(value)}</v></c>'

    def xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for number, cells in self.rows:
            parts = []
            for column, kind, value in cells:
                ref = f"{column}{number}"
                if kind == "s":
                    parts.append(self.text(ref, value))
                elif kind == "n":
                    parts.append(f'<c r="{ref}" s="1"><v>{value}</v></c>')
                elif kind == "rich":
                    parts.append(f'<c r="{ref}" t="s"><v>{value}</v></c>')
            out.append(f'<row r="{number}">' + "".join(parts) + "</row>")
        out.append("</sheetData></worksheet>")
        return "\n".join(out)


def shared_xml(strings, rich=None):
    items = [f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings]
    if rich:
        items.append(rich)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(items)}" uniqueCount="{len(items)}">'
            + "".join(items) + "</sst>")


def write(name, members):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in members:
            info = zipfile.ZipInfo(path, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def payments():
    shared = []
    sheet = Sheet(shared)
    sheet.row(1, ("A", "s", "РЕЕСТР ПЛАТЕЖЕЙ ПО ДОГОВОРУ 123456/26 (654321)"))
    sheet.row(2, ("A", "s", "Дата платежей:"), ("B", "s", "2026-07-12"))
    header = ["Идентификатор платежа", "Сумма платежа", "Валюта платежа", "Сумма за вычетом комиссии и НДС",
              "Сумма комиссии без НДС", "Комиссия за чеки с НДС", "Время платежа",
              "Идентификатор платежного средства", "Описание", "Тип платежа", "Имя плательщика",
              "Адрес плательщика", "ИНН плательщика", "НДС с комиссии"]
    sheet.row(4, *[(chr(65 + i), "s", name) for i, name in enumerate(header)])
    # Row 5: date as text, artefact in the net amount.
    sheet.row(5, ("A", "s", "2c1f0d7e-000f-5000-8000-1a2b3c4d5e6f"), ("B", "n", "1500"), ("C", "s", "RUB"),
              ("D", "n", "1445.0999999999999"), ("E", "n", "45"), ("F", "n", "0"),
              ("G", "s", "12.07.2026 09:15:03"), ("I", "s", "Заказ GW-7K3M9QXD"), ("J", "s", "AC"),
              ("N", "n", "9.9000000000000004"))
    # Row 6: serial date, artefacts, description from a rich-text shared string (index 999 replaced below).
    sheet.row(6, ("A", "s", "2c1f0d80-000f-5000-9000-0b1c2d3e4f50"), ("B", "n", "100"), ("C", "s", "RUB"),
              ("D", "n", "96.340000000000003"), ("E", "n", "3"), ("F", "n", "0"),
              ("G", "n", serial(datetime(2026, 7, 12, 17, 46, 58))), ("I", "rich", "RICH"), ("J", "s", "CP"),
              ("N", "n", "0.66000000000000003"))
    sheet.row(7, ("A", "s", "2c1f0d81-000f-5000-a000-1c2d3e4f5061"), ("B", "n", "2450.5"), ("C", "s", "RUB"),
              ("D", "n", "2360.8099999999999"), ("E", "n", "73.519999999999996"), ("F", "n", "0"),
              ("G", "n", serial(datetime(2026, 7, 12, 23, 59, 0))), ("I", "s", "Оплата экскурсии «Валаам»"),
              ("J", "s", "SB"), ("K", "s", "Иванов И.И."), ("N", "n", "16.170000000000002"))
    sheet.row(9, ("A", "s", "Сумма принятых платежей:"), ("B", "n", "4050.5"))
    sheet.row(10, ("A", "s", "Число платежей:"), ("B", "n", "3"))
    body = sheet.xml()
    rich_index = len(shared)
    body = body.replace("<v>RICH</v>", f"<v>{rich_index}</v>")
    rich = ('<si><r><t>оплата заказа </t></r><r><rPr><b/></rPr><t>gw 4hj8 npqr</t></r>'
            '<rPh sb="0" eb="1"><t>IGNORED</t></rPh></si>')
    write("payments-ru.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS), ("xl/worksheets/sheet1.xml", DECOY_SHEET),
        ("xl/worksheets/data.xml", body), ("xl/sharedStrings.xml", shared_xml(shared, rich)),
    ])


def refunds():
    sheet = Sheet(None)  # inline strings only, and no workbook.xml: the reader falls back to sheet1.xml
    sheet.row(1, ("A", "s", "РЕЕСТР ВОЗВРАТОВ ПО ДОГОВОРУ 123456/26 (654321)"))
    sheet.row(2, ("A", "s", "Дата возвратов: 2026-07-13"))
    header = ["Идентификатор возврата", "Идентификатор платежа", "Сумма возврата", "Валюта возврата",
              "Время возврата", "Описание"]
    sheet.row(3, *[(chr(65 + i), "s", name) for i, name in enumerate(header)])
    sheet.row(4, ("A", "s", "30a1b2c3-0015-5000-8000-111111111111"), ("B", "s", "2c1f0d7e-000f-5000-8000-1a2b3c4d5e6f"),
              ("C", "n", "1500"), ("D", "s", "RUB"), ("E", "n", serial(datetime(2026, 7, 13, 10, 0, 0))),
              ("F", "s", "Возврат по заказу GW-7K3M9QXD"))
    sheet.row(5, ("A", "s", "30a1b2c4-0015-5000-8000-222222222222"), ("B", "s", "2c1f0d80-000f-5000-9000-0b1c2d3e4f50"),
              ("C", "n", "49.999999999999993"), ("D", "s", "RUR"), ("E", "s", "13.07.2026 11:30:15"),
              ("F", "s", "Частичный возврат GW-4HJ8NPQR"))
    sheet.row(7, ("A", "s", "Сумма возвратов: 1550.00 RUB"))
    sheet.row(8, ("A", "s", "Число возвратов: 2"))
    write("refunds-ru.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("xl/worksheets/sheet1.xml", sheet.xml()),
    ])


def broken():
    # A zip signature followed by garbage: detected as XLSX, refused as a broken archive.
    with open(os.path.join(HERE, "broken-archive.xlsx"), "wb") as out:
        out.write(b"PK\x03\x04" + bytes(range(60)) * 4)
    # A sound zip that holds no workbook.
    write("zip-without-workbook.xlsx", [("readme.txt", "not a workbook\n")])
    # A workbook whose worksheet XML is cut off halfway.
    sheet = Sheet(None)
    sheet.row(1, ("A", "s", "РЕЕСТР ПЛАТЕЖЕЙ"))
    write("sheet-not-xml.xlsx", [("xl/worksheets/sheet1.xml", sheet.xml()[:-40])])


if __name__ == "__main__":
    payments()
    refunds()
    broken()
