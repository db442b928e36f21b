#!/usr/bin/env python3
"""A workbook of one sheet `unit, metric, value` for the memory notes of
docs/national-scale.md: a unit per row, inline strings, deflate level 9.

    python3 bench/workbook.py ROWS VALUE OUT.xlsx

VALUE `bad` is written as text (a value refused at each row); any other
value as a number cell (`0.75`). Scored against a plan of `metric x: ratio`
and `target x >= 60%`.
"""
import sys, zipfile
rows, value, name = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def cell(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
parts.append('<row r="1">%s%s%s</row>' % (cell("A1","unit"), cell("B1","metric"), cell("C1","value")))
for r in range(2, rows + 2):
    v = cell("C%d" % r, value) if value == "bad" else '<c r="C%d"><v>%s</v></c>' % (r, value)
    parts.append('<row r="%d">%s%s%s</row>' % (r, cell("A%d" % r, "W%d" % r), cell("B%d" % r, "x"), v))
parts.append('</sheetData></worksheet>')
sheet = "".join(parts)
files = {
 "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
 "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
 "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
 "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
 "xl/worksheets/sheet1.xml": sheet,
}
with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for n, d in files.items():
        z.writestr(n, d)
