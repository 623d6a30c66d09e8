"""Evaluate the TITLE span model against derived gold spans, alone and combined with the project's rule finder.

    python evaluate.py [--model model-best] [--split test|dev] [--threshold 0.5] [--resolve] [--out FILE.json]

Gold: the TITLE spans derived by make_data.py (data/articles.jsonl), at article character offsets.
Model: run on each sentence (the same sentences as in the training data), spans mapped back to the article.
Rules: doc.spans["kg_titles"] of the project's own pipeline (medcollab_kg.nlp.build_nlp), run on the article.

Matching: "exact" = same character offsets; "overlap" = the two spans share at least one character.
Precision counts a predicted span as correct when it matches some gold span; recall counts a gold span as found
when some predicted span matches it.
Repair (the "repair" rows): rule spans widened to a model span that contains them, plus the "silent" additions.
Union, two ways of adding the model's spans to the rule spans:
  "silent" union (the "union" P/R rows): rule spans plus the model spans that overlap no rule span, i.e. the model
      only fills places where the rules found nothing;
  plain union: every model span that is not already a rule span (counted in union_adds.plain_*).
gold_found_* counts each gold span by who finds it (rules, model, both, neither); recall_either = the union recall
of the plain union.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(pred, gold, mode) -> bool:
    return pred == gold if mode == "exact" else overlaps(pred, gold)


def prf(preds: list[list[tuple]], golds: list[list[tuple]], mode: str) -> dict:
    tp_p = sum(any(match(p, g, mode) for g in G) for P, G in zip(preds, golds) for p in P)
    tp_g = sum(any(match(p, g, mode) for p in P) for P, G in zip(preds, golds) for g in G)
    n_p = sum(len(P) for P in preds)
    n_g = sum(len(G) for G in golds)
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4), "pred": n_p, "gold": n_g,
            "pred_correct": tp_p, "gold_found": tp_g}


def resolve(spans: list[tuple]) -> list[tuple]:
    """Overlapping predictions: keep the highest-scoring, drop the spans that overlap it."""
    kept = []
    for s in sorted(spans, key=lambda s: -s[2]):
        if not any(overlaps(s, k) for k in kept):
            kept.append(s)
    return sorted(kept)


def repaired(R: list[tuple], M: list[tuple]) -> list[tuple]:
    """Rule spans, each widened to a model span that contains it (the longest), plus the model spans that overlap
    no rule span: the model fixes the rules' boundaries ("Provincial Health [Director]") and fills their gaps."""
    out = set()
    for r in R:
        wider = [m for m in M if m[0] <= r[0] and r[1] <= m[1] and m != r]
        out.add(max(wider, key=lambda m: m[1] - m[0]) if wider else r)
    out |= {m for m in M if not any(overlaps(m, x) for x in R)}
    return sorted(out)


def model_spans(nlp, records, threshold: float, do_resolve: bool) -> list[list[tuple]]:
    nlp.get_pipe("spancat").cfg["threshold"] = threshold  # spancat keeps the spans scoring >= threshold
    out = []
    for r in records:
        texts = [r["text"][a:b] for a, b in r["sents"]]
        spans = []
        for (a, _), doc in zip(r["sents"], nlp.pipe(texts, batch_size=64)):
            group = doc.spans.get("sc", [])
            scores = group.attrs.get("scores") if hasattr(group, "attrs") else None
            for k, sp in enumerate(group):
                score = float(scores[k]) if scores is not None else 1.0
                spans.append((a + sp.start_char, a + sp.end_char, score))
        if do_resolve:
            spans = resolve(spans)
        out.append(sorted({(s, e) for s, e, _ in spans}))
    return out


def rule_spans(records) -> list[list[tuple]]:
    from medcollab_kg.nlp import build_nlp

    nlp = build_nlp()
    out = []
    for r in records:
        doc = nlp(r["text"])
        out.append(sorted({(t.start_char, t.end_char) for t in doc.spans.get("kg_titles", [])}))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(HERE / "model-best"))
    ap.add_argument("--split", default="test")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--resolve", action="store_true", help="keep only the best of overlapping model spans")
    ap.add_argument("--out", default=None)
    ap.add_argument("--show", type=int, default=0, help="print N model-only extra (non-gold) spans")
    args = ap.parse_args()

    records = [json.loads(line) for line in open(HERE / "data" / "articles.jsonl")]
    records = [r for r in records if r["split"] == args.split]
    golds = [sorted({(s["start"], s["end"]) for s in r["spans"]}) for r in records]
    # gold spans in sentences that also hold an unlabelled occurrence of a gold title ("ambiguous")
    nlp = spacy.load(args.model)
    model = model_spans(nlp, records, args.threshold, args.resolve)
    rules = rule_spans(records)
    union = [sorted(set(R) | {m for m in M if not any(overlaps(m, x) for x in R)}) for R, M in zip(rules, model)]
    repair = [repaired(R, M) for R, M in zip(rules, model)]

    import subprocess

    commit = subprocess.run(["git", "-C", str(HERE.parents[1]), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    res = {"project_commit": commit, "split": args.split, "articles": len(records), "gold_spans": sum(map(len, golds)),
           "model": args.model, "threshold": args.threshold, "resolve": args.resolve}
    for name, preds in (("rules", rules), ("model", model), ("union", union), ("repair", repair)):
        res[name] = {mode: prf(preds, golds, mode) for mode in ("exact", "overlap")}

    # gold titles found by the model but not by the rules; extra spans the union adds
    for mode in ("exact", "overlap"):
        only_model = only_rules = both = neither = 0
        for G, R, M in zip(golds, rules, model):
            for g in G:
                r = any(match(x, g, mode) for x in R)
                m = any(match(x, g, mode) for x in M)
                both += r and m
                only_model += m and not r
                only_rules += r and not m
                neither += not r and not m
        ng = both + only_model + only_rules + neither
        res[f"gold_found_{mode}"] = {"both": both, "model_only": only_model, "rules_only": only_rules,
                                     "neither": neither, "recall_rules": round((both + only_rules) / ng, 4),
                                     "recall_model": round((both + only_model) / ng, 4),
                                     "recall_either": round((both + only_model + only_rules) / ng, 4)}
    added = [[m for m in M if not any(overlaps(m, x) for x in R)] for R, M in zip(rules, model)]
    added_nongold = [[m for m in A if not any(overlaps(m, g) for g in G)] for A, G in zip(added, golds)]
    rules_nongold = [[x for x in R if not any(overlaps(x, g) for g in G)] for R, G in zip(rules, golds)]
    n = len(records)
    # plain set union (exact): model spans that are not a rule span, and that equal no gold span
    plain_added = [[m for m in M if m not in R] for R, M in zip(rules, model)]
    plain_nongold = [[m for m in A if m not in G] for A, G in zip(plain_added, golds)]
    res["union_adds"] = {
        "plain_union_model_spans_added": sum(map(len, plain_added)),
        "plain_union_added_not_exact_gold": sum(map(len, plain_nongold)),
        "plain_union_added_not_exact_gold_per_article": round(sum(map(len, plain_nongold)) / n, 3),
        "silent_union_model_spans_added": sum(map(len, added)),
        "silent_union_added_per_article": round(sum(map(len, added)) / n, 3),
        "silent_union_added_overlapping_no_gold": sum(map(len, added_nongold)),
        "silent_union_added_overlapping_no_gold_per_article": round(sum(map(len, added_nongold)) / n, 3),
        "rules_spans_overlapping_no_gold_per_article": round(sum(map(len, rules_nongold)) / n, 3),
    }
    by_set = {}
    for r, G, R, M in zip(records, golds, rules, model):
        b = by_set.setdefault(r["set"], {"articles": 0, "gold": 0, "R": [], "M": [], "G": []})
        b["articles"] += 1
        b["gold"] += len(G)
        b["R"].append(R), b["M"].append(M), b["G"].append(G)
    res["by_set"] = {
        name: {"articles": b["articles"], "gold": b["gold"],
               **{f"{who}_{mode}_{m}": prf(P, b["G"], mode)[m] for who, P in (("rules", b["R"]), ("model", b["M"]))
                  for mode in ("exact", "overlap") for m in ("P", "R")}}
        for name, b in sorted(by_set.items())}
    print(json.dumps(res, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1))
    if args.show:
        shown = 0
        for r, A in zip(records, added_nongold):
            for a, b in A:
                k = next(i for i, (x, y) in enumerate(r["sents"]) if x <= a < y)
                x, y = r["sents"][k]
                ctx = (r["text"][max(x, a - 90):a] + "[[" + r["text"][a:b] + "]]" + r["text"][b:min(y, b + 60)])
                print(f"{r['set']}/{r['document']}: {ctx!r}")
                shown += 1
                if shown >= args.show:
                    return


if __name__ == "__main__":
    main()
