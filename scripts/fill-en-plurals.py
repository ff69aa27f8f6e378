#!/usr/bin/env python3
"""Fills the plural forms of translations/piadesk_en.ts from the English sources.

English is PIAdesk's source language, so piadesk_en.ts translates only the messages with %n:
"%n risk(s)" becomes "%n risk" / "%n risks". Run it after `update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/piadesk_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    # A verb agreeing with %n takes its -s in the singular: "%n need(s) attention" is "1 needs" / "2 need".
    verbs = r"\b(need|differ|remain|stand)\((s)\)"
    singular = re.sub(r"\((s|es)\)", "", re.sub(verbs, r"\1s", source))
    plural = re.sub(r"\((s|es)\)", r"\1", re.sub(verbs, r"\1", source))
    singular = singular.replace("entries", "entry") if "%n entries" in source else singular
    for form in list(translation):
        translation.remove(form)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)
    changed += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"{changed} plural message(s) filled in {path}")
