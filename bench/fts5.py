#!/usr/bin/env python3
"""SQLite FTS5 baseline for bench/run: index a generated corpus, then time the benchmark's queries.

The metadata (date, state) comes from the generator's truth file, since SQLite has no extractor; the body is the
whole file, as releases indexes it. Usage:
  fts5.py index  --corpus DIR --truth FILE --db FILE      prints: seconds
  fts5.py query  --db FILE [--runs N]                     prints: name p50_ms p99_ms hits, one line per query
  fts5.py once   --db FILE                                runs the facet query once (for whole-process timing)
"""
import argparse
import os
import sqlite3
import statistics
import sys
import time
import json

PHRASE = '"information sharing"'
FROM, TO = "2010-01-01", "2011-12-31"


def index(args):
    if os.path.exists(args.db):
        os.remove(args.db)
    start = time.perf_counter()
    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT, date TEXT, state TEXT)")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61')")
    batch_meta, batch_docs = [], []
    with open(args.truth, encoding="utf-8") as truth:
        for rowid, line in enumerate(truth, 1):
            t = json.loads(line)
            with open(os.path.join(args.corpus, t["id"] + ".txt"), encoding="utf-8") as f:
                body = f.read()
            batch_meta.append((rowid, t["id"], t["date"], t["state"]))
            batch_docs.append((rowid, body))
            if len(batch_docs) == 2000:
                flush(db, batch_meta, batch_docs)
    flush(db, batch_meta, batch_docs)
    db.execute("CREATE INDEX meta_date ON meta(date)")
    db.commit()
    db.close()
    print(f"{time.perf_counter() - start:.2f}")


def flush(db, meta, docs):
    db.executemany("INSERT INTO meta VALUES (?,?,?,?)", meta)
    db.executemany("INSERT INTO docs(rowid, body) VALUES (?,?)", docs)
    meta.clear()
    docs.clear()


QUERIES = {
    # Top ten by bm25, as a search results page.
    "phrase top10": ("SELECT m.id FROM docs JOIN meta m ON m.rowid = docs.rowid WHERE docs MATCH ? "
                     "ORDER BY bm25(docs) LIMIT 10", (PHRASE,)),
    # The same phrase, counted by state, within a date range: what `releases search --facet state --from --to` does.
    "phrase+state counts+dates": ("SELECT m.state, count(*) FROM docs JOIN meta m ON m.rowid = docs.rowid "
                                  "WHERE docs MATCH ? AND m.date BETWEEN ? AND ? GROUP BY m.state "
                                  "ORDER BY count(*) DESC", (PHRASE, FROM, TO)),
    "term top10": ("SELECT m.id FROM docs JOIN meta m ON m.rowid = docs.rowid WHERE docs MATCH ? "
                   "ORDER BY bm25(docs) LIMIT 10", ("smuggling",)),
}


def query(args):
    db = sqlite3.connect(args.db)
    for name, (sql, params) in QUERIES.items():
        rows = db.execute(sql, params).fetchall()  # warm the page cache
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            rows = db.execute(sql, params).fetchall()
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        hits = sum(r[1] for r in rows) if name.startswith("phrase+") else len(rows)
        print(f"{name}\t{statistics.median(times):.2f}\t{p99:.2f}\t{hits}")


def once(args):
    db = sqlite3.connect(args.db)
    sql, params = QUERIES["phrase+state counts+dates"]
    for state, count in db.execute(sql, params):
        sys.stdout.write(f"{state}\t{count}\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["index", "query", "once"])
    p.add_argument("--corpus")
    p.add_argument("--truth")
    p.add_argument("--db", required=True)
    p.add_argument("--runs", type=int, default=30)
    args = p.parse_args()
    {"index": index, "query": query, "once": once}[args.mode](args)


if __name__ == "__main__":
    main()
