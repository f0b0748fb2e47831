"""Makes the .xlsx fixtures of XLSXImportTests. Run from anywhere: python3 make_fixtures.py

Needs openpyxl (writes inline strings) and xlsxwriter (writes shared strings):
    pip install openpyxl==3.1.5 xlsxwriter==3.3.1
The workbooks hold the same night as the CSV fixtures, written the ways Excel writers differ:
inline vs shared strings, custom vs built-in date formats, the 1900 vs 1904 date system.
Timestamps are fixed in the files, so running the script again gives the same cells.
"""
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))
JOB1 = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}"
JOB2 = "{7A9619FF-8B86-D011-B42D-00C04FC964FF}"

JOB_HEADERS = ["ID", "Start Date/Time", "Finish Date/Time", "Integration Table Mapping Name", "Type",
               "Synch. Direction", "Inserted", "Modified", "Deleted", "Unchanged", "Skipped", "Failed", "Message"]
JOBS = [
    [JOB1, datetime.datetime(2026, 11, 24, 22, 0, 0), datetime.datetime(2026, 11, 24, 22, 1, 30), "CUSTOMER",
     "Synchronization", "ToIntegrationTable", 0, 3, 0, 40, 0, 2, None],
    # An unfinished job: Finish Date/Time is blank.
    [JOB2, datetime.datetime(2026, 11, 25, 0, 0, 0), None, "CONTACT", "Synchronization", "FromIntegrationTable",
     1, 0, 0, 1000, 0, 0, "The Dataverse connection was paused; the job resumed later."],
]

ERROR_HEADERS = ["No.", "Integration Synch. Job ID", "Source Record ID", "Destination Record ID", "Date/Time",
                 "Error Message"]
CONFLICT = ("Cannot update a record in the Dataverse Account table. The mapping between Name field on the Customer "
            "table and the Account Name field on the Dataverse Account table is bi-directional, and one or both "
            "values have changed since the last synchronization.")
ERRORS = [
    [1201, JOB1, "Customer: C00110", "Dataverse Account: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}",
     datetime.datetime(2026, 11, 24, 22, 0, 12), CONFLICT],
    [1202, JOB1, 'Customer: C-10/20 <"A&B">', None, datetime.datetime(2026, 11, 24, 22, 0, 40),
     "Currency EUR must be coupled\nto a Dataverse Transactioncurrency record."],
    [1203, JOB1, "Customer: MÜLLER-01", None, datetime.datetime(2026, 11, 24, 22, 0, 59, 600000),
     'Der Datensatz „Müller GmbH“ konnte nicht aktualisiert werden, weil "Name" geändert wurde, '
     "siehe Ressource ‹Kunde›."],
]
# Written as rich text (two runs), which must read as this one string.
RICH_RUNS = ["Currency EUR must be coupled\n", "to a Dataverse Transactioncurrency record."]

COUPLING_HEADERS = ["CRM ID", "Integration ID", "Table ID", "Last Synch. Result", "Last Synch. CRM Result", "Skipped"]
COUPLINGS = [
    ["{3F2504E0-4F89-11D3-9A0C-0305E82C3301}", "{11111111-2222-3333-4444-555555555555}", 18, None, "Success", False],
    ["{3F2504E0-4F89-11D3-9A0C-0305E82C3302}", "{11111111-2222-3333-4444-555555555556}", 18, "Failure", None, True],
]


def fixed_zip(path, parts):
    """Writes `parts` (name -> bytes) as a zip with fixed timestamps, so the fixture is byte-stable."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 25, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def restamp(path):
    """Rewrites a workbook's zip with fixed timestamps (both writers stamp the current time)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name in ("docProps/core.xml",):
        if name in parts:
            text = parts[name].decode()
            start = text.find("<dcterms:created")
            if start >= 0:
                end = text.find("</dcterms:modified>") + len("</dcterms:modified>")
                text = text[:start] + text[end:]
            parts[name] = text.encode()
    fixed_zip(path, parts)


def openpyxl_book(path, rejected=False):
    book = openpyxl.Workbook()
    jobs = book.active
    jobs.title = "Jobs"
    jobs.append(JOB_HEADERS)
    for row in JOBS:
        jobs.append(row)
    for row in jobs.iter_rows(min_row=2, min_col=2, max_col=3):
        for cell in row:
            cell.number_format = "yyyy-mm-dd hh:mm:ss"

    errors = book.create_sheet("Errors")
    errors.append(ERROR_HEADERS)
    for row in ERRORS:
        errors.append(row)
    errors["F3"] = CellRichText(TextBlock(InlineFont(b=True), RICH_RUNS[0]), RICH_RUNS[1])
    for row in errors.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in row:
            cell.number_format = "dd/mm/yyyy hh:mm:ss"
    if rejected:
        # Row 5 stays empty; row 6 has text in the date column, row 7 an error value there.
        errors["A6"], errors["B6"], errors["E6"], errors["F6"] = 1204, JOB1, "not a date", "Row with a text date."
        errors["A7"], errors["B7"], errors["E7"], errors["F7"] = 1205, JOB1, "#N/A", "Row with an error cell."
        errors["E7"].data_type = "e"

    hidden = book.create_sheet("Bookkeeping")
    hidden.append(["Warning: do not edit or delete this sheet", "TableName", "FirstRow"])
    hidden.append(["Integration_Synch_Job_List", 0, 3])
    hidden.sheet_state = "veryHidden"
    book.save(path)
    restamp(path)


def xlsxwriter_book(path, date_1904=False):
    book = xlsxwriter.Workbook(path, {"date_1904": date_1904, "strings_to_numbers": False})
    built_in_date = book.add_format({"num_format": 22})  # m/d/yy h:mm, a built-in format
    german_date = book.add_format({"num_format": "[$-407]dd.mm.yyyy hh:mm:ss"})
    bold = book.add_format({"bold": True})

    jobs = book.add_worksheet("Jobs")
    write_rows(jobs, JOB_HEADERS, JOBS, {1: built_in_date, 2: built_in_date})

    errors = book.add_worksheet("Errors")
    write_rows(errors, ERROR_HEADERS, ERRORS, {4: german_date})
    errors.write_rich_string(2, 5, bold, RICH_RUNS[0], RICH_RUNS[1])

    couplings = book.add_worksheet("Couplings")
    write_rows(couplings, COUPLING_HEADERS, COUPLINGS, {})

    hidden = book.add_worksheet("Bookkeeping")
    hidden.write_row(0, 0, ["Warning: do not edit or delete this sheet", "TableName", "FirstRow"])
    hidden.hide()
    book.close()
    restamp(path)


def write_rows(sheet, headers, rows, formats):
    sheet.write_row(0, 0, headers)
    for index, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, datetime.datetime):
                sheet.write_datetime(index, column, value, formats[column])
            elif isinstance(value, bool):
                sheet.write_boolean(index, column, value)
            elif isinstance(value, (int, float)):
                sheet.write_number(index, column, value)
            else:
                sheet.write_string(index, column, value)


def replace_part(source, path, name, data):
    with zipfile.ZipFile(source) as archive:
        parts = {entry: archive.read(entry) for entry in archive.namelist()}
    parts[name] = data
    fixed_zip(path, parts)


def crafted_books():
    base = os.path.join(HERE, "night-openpyxl.xlsx")
    # An external entity pointing at a local file: the reader must neither expand it nor fetch it.
    replace_part(base, os.path.join(HERE, "external-entity.xlsx"), "xl/worksheets/sheet1.xml", b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Start Date/Time</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&secret;&remote;</t></is></c></row>
</sheetData></worksheet>""")
    # Cells as other writers store them: no `r` on rows or cells, `10.0` and `1.0E3` for whole numbers,
    # a formula's string result with an escaped carriage return, a boolean and an error value in text
    # columns, and a fraction in a count column (rejected).
    replace_part(base, os.path.join(HERE, "cell-forms.xlsx"), "xl/worksheets/sheet1.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row><c t="inlineStr"><is><t>ID</t></is></c><c t="inlineStr"><is><t>Start Date/Time</t></is></c>'
        '<c t="inlineStr"><is><t>Failed</t></is></c><c t="inlineStr"><is><t>Unchanged</t></is></c>'
        '<c t="inlineStr"><is><t>Message</t></is></c><c t="inlineStr"><is><t>Type</t></is></c></row>'
        '<row><c t="inlineStr"><is><t>' + JOB1 + '</t></is></c><c s="1"><v>46350.91666666666</v></c>'
        '<c><v>3.0</v></c><c><v>1.0E3</v></c><c t="str"><f>A1</f><v>line one_x000D_\nline two</v></c>'
        '<c t="b"><v>1</v></c></row>'
        '<row r="4"><c r="A4" t="inlineStr"><is><t>' + JOB2 + '</t></is></c><c r="B4" s="1"><v>46351</v></c>'
        '<c r="C4"><v>2.5</v></c><c r="E4" t="e"><v>#DIV/0!</v></c></row>'
        '</sheetData></worksheet>').encode())
    # A worksheet cut off in the middle of a cell.
    replace_part(base, os.path.join(HERE, "malformed.xlsx"), "xl/worksheets/sheet1.xml",
                 b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
                 b'spreadsheetml/2006/main"><sheetData>\n<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is>')
    # A visible sheet that is no export.
    book = openpyxl.Workbook()
    book.active.title = "Jobs"
    book.active.append(JOB_HEADERS[:2])
    book.active.append([JOB1, datetime.datetime(2026, 11, 24, 22, 0, 0)])
    notes = book.create_sheet("Notes")
    notes.append(["Note", "Author"])
    notes.append(["Checked the night", "A. Admin"])
    path = os.path.join(HERE, "unknown-sheet.xlsx")
    book.save(path)
    restamp(path)


def libreoffice_book(path):
    """LibreOffice Calc re-saves the xlsxwriter night with its own styles, shared strings and date formats.
    Needs soffice (apt-get install libreoffice-calc-nogui); without it the committed file is kept."""
    if shutil.which("soffice") is None:
        print("soffice not found: keeping", path)
        return
    source = os.path.join(HERE, "night-xlsxwriter.xlsx")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, source],
                       check=True, capture_output=True)
        shutil.move(os.path.join(out, "night-xlsxwriter.xlsx"), path)
    restamp(path)


def main():
    openpyxl_book(os.path.join(HERE, "night-openpyxl.xlsx"))
    xlsxwriter_book(os.path.join(HERE, "night-xlsxwriter.xlsx"))
    xlsxwriter_book(os.path.join(HERE, "night-1904.xlsx"), date_1904=True)
    libreoffice_book(os.path.join(HERE, "night-libreoffice.xlsx"))
    openpyxl_book(os.path.join(HERE, "rejected.xlsx"), rejected=True)
    crafted_books()


if __name__ == "__main__":
    main()
