#!/usr/bin/env python3
"""Writes invalid/*.json: each is minimal.json with one defect, for tst_rules' validation tests.

Run from anywhere: python3 tests/data/rulesets/make-invalid.py
"""
import copy
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(here, "minimal.json"), encoding="utf-8"))
out = os.path.join(here, "invalid")
os.makedirs(out, exist_ok=True)


def variant(name, change):
    rs = copy.deepcopy(base)
    change(rs)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rs, f, ensure_ascii=False, indent=1)


def setq(path, value):
    def change(rs):
        node = rs
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


variant("duplicate-question-id", setq(["sections", 0, "questions", 1, "id"], "legality.basis"))
variant("unknown-article", setq(["redFlags", 0, "articles"], ["frt:99"]))
variant("unknown-source", setq(["sections", 0, "articles"], ["pipl:5"]))
variant("flag-unknown-question", setq(["redFlags", 0, "when"], {"answer": "screen.nope", "eq": "yes"}))
variant("flag-impossible-value", setq(["redFlags", 0, "when"], {"answer": "screen.private_place", "eq": "maybe"}))
variant("flag-unknown-fact", setq(["redFlags", 0, "when"], {"fact": "isPublic", "eq": True}))
variant("matrix-incomplete", setq(["risk", "matrix", "high"], ["medium", "medium", "high"]))
variant("matrix-unknown-level", setq(["risk", "matrix", "low", 0], "tiny"))
variant("scale-out-of-order", setq(["risk", "likelihoods"], list(reversed(base["risk"]["likelihoods"]))))
variant("missing-english", setq(["sections", 0, "title"], {"zh": "合法性", "en": ""}))
variant("show-if-later-question", setq(["screening", "questions", 1, "showIf"], {"answer": "legality.basis", "answered": True}))
variant("unknown-field", setq(["sections", 0, "questions", 0, "colour"], "red"))
variant("reassessment-unknown-section", setq(["reassessment", 0, "sections"], ["legality", "purpose"]))
variant("duplicate-flag-id", lambda rs: rs["redFlags"].append(copy.deepcopy(rs["redFlags"][0])))
variant("newer-format", setq(["formatVersion"], 3))
variant("format2-without-acceptable-level", setq(["formatVersion"], 2))
variant("acceptable-level-unknown", setq(["risk", "acceptableLevel"], "tolerable"))
variant("adverse-impossible-value", setq(["sections", 0, "questions", 1, "adverse"], [{"eq": "maybe", "finding": {"zh": "无", "en": "None"}}]))
variant("adverse-without-finding", setq(["sections", 0, "questions", 1, "adverse"], [{"eq": "no"}]))
variant("basis-unknown-question", setq(["redFlags", 0, "basisNotShown"], {"not": {"answer": "screen.nope", "answered": True}}))
variant("flag-unknown-section", setq(["redFlags", 0, "sections"], ["purpose"]))
variant("not-a-rule-set", setq(["format"], "piadesk-case"))
variant("bad-answer-type", setq(["sections", 0, "questions", 0, "type"], "essay"))
variant("choice-without-options", setq(["screening", "questions", 2, "options"], []))
variant("bad-threshold-comparison", setq(["filing", "trigger", "storedPeople", "comparison"], "over"))
variant("reserved-question-id", setq(["sections", 0, "questions", 0, "id"], "legality.conclusion"))
with open(os.path.join(out, "not-json.json"), "w", encoding="utf-8") as f:
    f.write('{"format": "piadesk-ruleset", "id": ')
print("written", len(os.listdir(out)), "fixtures to", out)
