"""Derive TITLE spans from the project's gold files and write spaCy training data.

For each article and each gold person, every gold role title is searched in the text (case-insensitive, whole
words, a space and a hyphen between words are interchangeable). An occurrence is labelled TITLE when, in the
same sentence and within WINDOW (15) tokens, there is a mention of that person (gold name, a gold mention, or a
capitalised token of them: the surname). Titles contained in a longer labelled title are dropped.

A sentence that holds an occurrence of some gold title that was NOT labelled (e.g. "the president said" with no
name nearby) is "ambiguous": it is left out of train/dev (it may or may not be a title of that person, and
learning it as a negative would be noise). Test sets keep every sentence; ambiguous ones are flagged so the
evaluation can report figures with and without them.

Outputs (in data/):
  articles.jsonl             one record per article: set, split, text, sentences, gold spans (char offsets)
  train.spacy dev.spacy      sentence Docs with doc.spans["sc"] (train sets only; dev = every 7th article)
  test.spacy                 sentence Docs of heldout12..15 (never used for training or tuning)
  sample.txt                 40 random derived spans with context, for inspection
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import spacy
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[2]  # the repository
TESTS = ROOT / "tests"
OUT = Path(__file__).resolve().parent / "data"
TRAIN_SETS = ["heldout"] + [f"heldout{i}" for i in range(2, 12)] + ["extra", "challenge", "gold"]
TEST_SETS = [f"heldout{i}" for i in range(12, 16)]
WINDOW = 15  # tokens; 12 missed "The Rector of the University of Medicine and Pharmacy of X, Prof. Dr. Name"
HONORIFICS = {"prof", "prof.", "professor", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "sir", "dame",
              "hon", "hon.", "the", "rev", "rev.", "md", "phd", "jr", "jr.", "sr", "sr."}
SPAN_KEY = "sc"


def gold_files(name: str):
    if name == "gold":
        for f in sorted((TESTS / "gold").glob("*.json")):
            if f.name != "questions.json":
                yield f, ROOT / "data" / "raw"
    else:
        for f in sorted((TESTS / name / "gold").glob("*.json")):
            if f.name != "questions.json":
                yield f, TESTS / name / "corpus"


def title_regex(title: str) -> re.Pattern:
    words = re.split(r"[\s\-]+", title.strip())
    body = r"[\s\-]+".join(re.escape(w) for w in words if w)
    return re.compile(r"(?<![\w\-])" + body + r"(?![\w\-])", re.IGNORECASE)


def person_keys(person: dict) -> tuple[list[str], set[str]]:
    """Full surface forms, and single capitalised tokens (surnames, given names of 'Zhang Shuyang' order)."""
    forms = [person["name"], *person.get("mentions", [])]
    tokens = set()
    for form in forms:
        for tok in re.split(r"[\s,]+", form):
            t = tok.strip(".'’")
            if len(t) >= 2 and t.lower() not in HONORIFICS and t[:1].isupper():
                tokens.add(t)
    return forms, tokens


def sentences(doc) -> list[tuple[int, int]]:
    """Sentence char offsets from the project's own pipeline (senter + its abbreviation fixes), whitespace trimmed."""
    out = []
    for s in doc.sents:
        a, b = s.start_char, s.end_char
        t = doc.text[a:b]
        a += len(t) - len(t.lstrip())
        b -= len(t) - len(t.rstrip())
        if b > a:
            out.append((a, b))
    return out


def derive(nlp, text: str, gold: dict, sents: list[tuple[int, int]]):
    doc = nlp.make_doc(text)  # tokens for distances
    tok_at = {}
    for t in doc:
        for c in range(t.idx, t.idx + len(t.text)):
            tok_at[c] = t.i

    def tok_range(a: int, b: int) -> tuple[int, int]:
        ta = tok_at.get(a)
        tb = tok_at.get(b - 1)
        return ta, tb

    def sent_of(c: int) -> int:
        for k, (a, b) in enumerate(sents):
            if a <= c < b:
                return k
        return -1

    spans, all_occ = [], []
    people = gold.get("people", [])
    for p in people:
        forms, toks = person_keys(p)
        # person mention char ranges
        mentions = []
        for form in forms:
            for m in title_regex(form).finditer(text):
                mentions.append((m.start(), m.end()))
        for t in toks:
            for m in re.finditer(r"(?<![\w\-])" + re.escape(t) + r"(?![\w])", text):
                mentions.append((m.start(), m.end()))
        for role in p.get("roles", []):
            title = (role.get("title") or "").strip()
            if not title:
                continue
            for m in title_regex(title).finditer(text):
                a, b = m.start(), m.end()
                all_occ.append((a, b))
                sk = sent_of(a)
                if sk < 0 or sent_of(b - 1) != sk:
                    continue
                ta, tb = tok_range(a, b)
                near = False
                for ma, mb in mentions:
                    if sent_of(ma) != sk or (ma < b and a < mb):
                        continue
                    xa, xb = tok_range(ma, mb)
                    if xa is None or xb is None or ta is None or tb is None:
                        continue
                    dist = xa - tb if xa > tb else ta - xb
                    if dist <= WINDOW:
                        near = True
                        break
                if near:
                    spans.append({"start": a, "end": b, "text": text[a:b], "title": title, "person": p["name"],
                                  "sent": sk, "optional": bool(role.get("optional"))})
    # dedupe, drop spans strictly inside a longer span
    uniq = {}
    for s in spans:
        uniq.setdefault((s["start"], s["end"]), s)
    keep = [s for (a, b), s in uniq.items()
            if not any((a2 <= a and b <= b2 and (a2, b2) != (a, b)) for (a2, b2) in uniq)]
    keep.sort(key=lambda s: s["start"])
    covered = [(s["start"], s["end"]) for s in keep]
    ambiguous = set()
    for a, b in all_occ:
        if not any(ca <= a and b <= cb for ca, cb in covered):
            k = sent_of(a)
            if k >= 0:
                ambiguous.add(k)
    return keep, sorted(ambiguous)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    from medcollab_kg.nlp import build_nlp  # the project's pipeline, used read-only: sentences and rule titles

    nlp = build_nlp()
    blank = spacy.blank("en")
    records = []
    stats = {"roles": 0, "roles_in_text": 0, "roles_labelled": 0}
    for group, names in (("train", TRAIN_SETS), ("test", TEST_SETS)):
        k = 0
        for name in names:
            for gf, corpus in gold_files(name):
                gold = json.loads(gf.read_text("utf-8"))
                path = corpus / gold["document"]
                if not path.exists():
                    print("missing", path)
                    continue
                text = path.read_text("utf-8")
                pdoc = nlp(text)
                sents = sentences(pdoc)
                rules = [(t.start_char, t.end_char) for t in pdoc.spans.get("kg_titles", [])]
                spans, amb = derive(nlp, text, gold, sents)
                for p in gold.get("people", []):
                    for r in p.get("roles", []):
                        stats["roles"] += 1
                        t = r.get("title") or ""
                        if t and title_regex(t).search(text):
                            stats["roles_in_text"] += 1
                        if any(s["person"] == p["name"] and s["title"] == t for s in spans):
                            stats["roles_labelled"] += 1
                split = "test" if group == "test" else ("dev" if k % 7 == 3 else "train")
                k += 1
                records.append({"set": name, "document": gold["document"], "split": split, "text": text,
                                "sents": sents, "spans": spans, "ambiguous": amb, "rules": rules})
    with open(OUT / "articles.jsonl", "w") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    counts = {}
    misaligned = 0
    bins = {s: DocBin(store_user_data=False) for s in ("train", "dev", "test")}
    for r in records:
        text = r["text"]
        for i, (a, b) in enumerate(r["sents"]):
            if r["split"] != "test" and i in r["ambiguous"]:
                counts[(r["split"], "dropped_ambiguous")] = counts.get((r["split"], "dropped_ambiguous"), 0) + 1
                continue
            doc = blank(text[a:b])
            spans = []
            for s in r["spans"]:
                if s["sent"] != i:
                    continue
                sp = doc.char_span(s["start"] - a, s["end"] - a, label="TITLE")
                if sp is None:
                    sp = doc.char_span(s["start"] - a, s["end"] - a, label="TITLE", alignment_mode="expand")
                    misaligned += 1
                if sp is not None:
                    spans.append(sp)
            doc.spans[SPAN_KEY] = spans
            bins[r["split"]].add(doc)
            key = (r["split"], "pos" if spans else "neg")
            counts[key] = counts.get(key, 0) + 1
            counts[(r["split"], "spans")] = counts.get((r["split"], "spans"), 0) + len(spans)
    for s, db in bins.items():
        db.to_disk(OUT / f"{s}.spacy")
    arts = {}
    for r in records:
        arts[r["split"]] = arts.get(r["split"], 0) + 1
    summary = {"articles": arts, "sentences": {f"{a}/{b}": v for (a, b), v in sorted(counts.items())},
               "misaligned_spans_expanded": misaligned, "gold_roles": stats}
    (OUT / "summary.json").write_text(json.dumps(summary, indent=1))
    print(json.dumps(summary, indent=1))

    rng = random.Random(0)
    pool = [(r, s) for r in records if r["split"] != "test" for s in r["spans"]]
    with open(OUT / "sample.txt", "w") as f:
        for r, s in rng.sample(pool, 40):
            a, b = r["sents"][s["sent"]]
            ctx = r["text"][a:s["start"]] + "[[" + s["text"] + "]]" + r["text"][s["end"]:b]
            f.write(f"{r['set']}/{r['document']} | {s['person']} | gold title: {s['title']}\n  {ctx.strip()}\n\n")


if __name__ == "__main__":
    main()
