#!/usr/bin/env python3
"""Writes the import benchmark's workbook (bench/import.sh): 10,000 data rows in the template's sheets.

usage: import-book.py OUT.xlsx [ENTERPRISES]
100 enterprises (企业基本信息) with 94 registered people each (注册人员) and 5 level-A records each of the section
其他主要人员: 100 + 9,400 + 500 = 10,000 rows. Credit codes and ID numbers carry valid check characters; the credit
codes start with 9131999 so that they never meet the seeded or demo enterprises. Plain XML in a zip (inline
strings), no library needed.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(n):
    body = "9131999" + str(n).zfill(10)
    total = sum(CODE_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + CODE_CHARS[(31 - total % 31) % 31]


def id_number(n):
    body = "31010519800101" + str(n % 999 + 1).zfill(3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + c), r, escape(v))
                        for c, v in enumerate(row))
        out.append('<row r="%d">%s</row>' % (r, cells))
    out.append("</sheetData></worksheet>")
    return "".join(out)


def main():
    path = sys.argv[1]
    enterprises = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    basic = [["统一社会信用代码*", "企业名称", "法定代表人", "注册资本(万元)", "成立日期"]]
    people = [["统一社会信用代码*", "来源编号*", "姓名*", "证件类型", "证件号码*", "注册类别*", "注册编号", "专业", "有效期至"]]
    key = [["统一社会信用代码*", "来源编号*", "姓名*", "证件类型*", "证件号码*", "职务*"]]
    for e in range(enterprises):
        code = credit_code(e + 1)
        basic.append([code, "导入基准企业%d建设有限公司" % e, "法人%d" % e, "1000", "2010-01-01"])
        for p in range(94):
            n = e * 94 + p
            people.append([code, "%s-P%d" % (code, p), "人员%d" % n, "居民身份证", id_number(n), "一级注册建造师",
                           "沪1%d" % n, "建筑工程", "2029-01-01"])
        for k in range(5):
            key.append([code, "%s-K%d" % (code, k), "主要人员%d" % (e * 5 + k), "居民身份证", id_number(e * 5 + k),
                        "项目经理"])
    sheets = [("企业基本信息", basic), ("注册人员", people), ("其他主要人员", key)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                             for i in range(len(sheets)))
                   + "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i + 1, i + 1) for i, (name, _) in enumerate(sheets))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1)
                             for i in range(len(sheets)))
                   + "</Relationships>")
        for i, (_, rows) in enumerate(sheets):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(rows))
    print(sum(len(rows) - 1 for _, rows in sheets))


if __name__ == "__main__":
    main()
