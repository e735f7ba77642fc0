# Prints what python-docx sees in a .docx as JSON: the styles (name, type, base) and every body
# paragraph with its style and runs (text, character style). Used by tools.test.ts; run with
# /usr/bin/python3 (python-docx installed by apt).
import json
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE

document = docx.Document(sys.argv[1])
styles = []
for style in document.styles:
    kind = {WD_STYLE_TYPE.PARAGRAPH: "paragraph", WD_STYLE_TYPE.CHARACTER: "character"}.get(style.type, "other")
    base = style.base_style.name if getattr(style, "base_style", None) is not None else None
    styles.append({"name": style.name, "type": kind, "base": base})
paragraphs = []
for paragraph in document.paragraphs:
    runs = [{"text": run.text, "style": run.style.name if run.style is not None else None} for run in paragraph.runs]
    paragraphs.append({"style": paragraph.style.name if paragraph.style is not None else None, "text": paragraph.text, "runs": runs})
core = document.core_properties
print(json.dumps({
    "styles": styles,
    "paragraphs": paragraphs,
    "core": {"title": core.title, "author": core.author, "subject": core.subject, "keywords": core.keywords, "language": core.language,
             "created": core.created.isoformat() if core.created else None},
}))
