#!/usr/bin/env python3
"""Writes the .docx fixtures by hand from the WordprocessingML part of ECMA-376, so each one holds
exactly the constructs the reader must handle (split runs, tabs, breaks, content controls, tracked
deletions, tables with and without a header row). Run from this folder; the output is committed."""
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def para(*runs):
    return '<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>' + ''.join(runs) + '</w:p>'


def run(text, bold=False):
    props = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{props}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def cell(text):
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{para(run(text))}</w:tc>'


def table(rows):
    return '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>' + ''.join(
        '<w:tr>' + ''.join(cell(c) for c in r) + '</w:tr>' for r in rows) + '</w:tbl>'


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')


def write(name, body):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', document(body))


icf = [
    para(run('Session transcript for ICF PCC submission', bold=True)),
    para(run('Coach', bold=True), run(' [00:00:03]: '), run('Hello, welcome. '), run('What would you like to focus on today?')),
    para(run('Client [00:00:08]:', bold=True), run(' I want to stop saying yes to every project.'),
         '<w:r><w:br/></w:r>', run('My calendar is full until June.')),
    '<w:sdt><w:sdtPr/><w:sdtContent>' +
    para(run('Coach [00:00:19]:', bold=True), run(' Full until June. What would saying no make possible?')) +
    '</w:sdtContent></w:sdt>',
    para(run('Client [00:00:27]:', bold=True), run(' Time to think. '),
         '<w:del w:id="1" w:author="x" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>DELETED WORDS</w:delText></w:r></w:del>',
         run('[laughs] I haven\'t had a free afternoon in months.')),
    para(run('Coach [00:00:40]:', bold=True), '<w:r><w:tab/></w:r>', run('What do you notice as you say that?')),
    para(run('Client [00:00:45]:', bold=True), run(' That I miss it. More than I admitted.')),
]
write('Formats/icf-paragraphs.docx', ''.join(icf))

rows = [
    ['Time', 'Speaker', 'Text'],
    ['00:00:02', 'Selin Arslan', 'Welcome, Peter. What would you like to explore today?'],
    ['00:00:07', 'Peter Novak', 'Whether to accept the team lead role. They need an answer next week.'],
    ['00:00:18', 'Selin Arslan', 'What makes this decision difficult for you?'],
    ['00:00:24', 'Peter Novak', 'I love the technical work. (pause) I am afraid I will lose it.'],
    ['00:00:39', 'Selin Arslan', 'What would you want to keep, whatever you decide?'],
]
write('Formats/table.docx', para(run('Transcript')) + table(rows))

rows = [
    ['0:03', 'Nora', 'Hi Viktor, good to see you. What would you like to work on today?'],
    ['0:09', 'Viktor', 'My temper in meetings. I snapped at a colleague on Monday.'],
    ['0:17', 'Nora', 'What happened just before you snapped?'],
    ['0:22', 'Viktor', 'She interrupted me for the third time. I felt invisible.'],
    ['0:31', 'Nora', 'Invisible. What would being seen look like in that meeting?'],
]
write('Formats/table-noheader.docx', table(rows))

# Bad inputs: a truncated .docx, and a ZIP that is not a Word document.
data = open('Formats/icf-paragraphs.docx', 'rb').read()
open('Bad/corrupt.docx', 'wb').write(data[: len(data) // 2])
with zipfile.ZipFile('Bad/not-word.docx', 'w') as z:
    z.writestr('readme.txt', 'This archive holds no Word document.')
