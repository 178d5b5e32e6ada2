#!/usr/bin/env python3
"""Prints bench/run's measurements as Markdown tables (one per corpus size), with our/their ratios."""
import argparse
import json
import os
import re


def read(path, default=None):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except FileNotFoundError:
        return default


def hyperfine(path):
    """Mean and median seconds per command name."""
    data = json.loads(read(path, '{"results": []}'))
    return {r["command"]: (r["mean"], r["median"]) for r in data["results"]}


def peak_heap_mb(gc_log):
    """Largest heap occupancy seen before a collection, in MB (G1's "120M->30M(1024M)" lines)."""
    peak = 0
    for m in re.finditer(r"(\d+)M->(\d+)M\((\d+)M\)", read(gc_log, "")):
        peak = max(peak, int(m.group(1)), int(m.group(2)))
    return peak


def tsv(path):
    rows = [line.split("\t") for line in read(path, "").splitlines() if line]
    return {r[0]: r[1:] for r in rows[1:]} if rows and rows[0][0] == "class" else {r[0]: r[1:] for r in rows}


def ratio(ours, theirs):
    return f"{ours / theirs:.2f}" if ours and theirs else "-"


def size_report(work, n):
    r = os.path.join(work, f"result-{n}")
    corpus = int(float(read(os.path.join(r, "corpus.bytes"), "0")))
    out = [f"## {int(n):,} releases ({corpus / 1e6:.0f} MB of text)", ""]
    load = (read(os.path.join(r, "load.before")), read(os.path.join(r, "load.after")))
    if load[0]:
        out += [f"Load average (1, 5, 15 min) before: {load[0]}; after: {load[1]}. On 2 cores, anything above 2 "
                "means other work competed with the benchmark.", ""]
    gen = read(os.path.join(r, "generate.time"))
    if gen:
        out += [f"Generated in {float(gen):.1f} s ({corpus / 1e6 / float(gen):.0f} MB/s, `releases generate`).", ""]
    wall, cpu, rss = (read(os.path.join(r, "index.time"), "0 0% 0").split() + ["0", "0"])[:3]
    wall = float(wall)
    fts = read(os.path.join(r, "fts5.time"), "0 0% 0").split()
    fts_wall = float(fts[0])
    index_bytes = int(read(os.path.join(r, "index.bytes"), "0"))
    fts_bytes = int(read(os.path.join(r, "fts5.bytes"), "0"))
    heap = peak_heap_mb(os.path.join(r, "gc.log"))
    mb = corpus / 1e6
    out += ["| measure | releases (Lucene) | SQLite FTS5 | ours/theirs |", "|---|---|---|---|"]
    fts_cell = f"{fts_wall:.1f} s ({mb / fts_wall:.1f} MB/s, CPU {fts[1]})" if fts_wall else "-"
    out.append(f"| index time | {wall:.1f} s ({mb / wall:.1f} MB/s, {int(n) / wall:,.0f} docs/s, CPU {cpu}) "
               f"| {fts_cell} | {ratio(wall, fts_wall)} |")
    plain = read(os.path.join(r, "index-plain.time"), "").split()
    full = read(os.path.join(r, "index.time"), "").split()
    if len(plain) >= 5 and len(full) >= 5:
        pwall, pcpu = float(plain[0]), float(plain[3]) + float(plain[4])
        fcpu = float(full[3]) + float(full[4])
        out.append(f"| index time without copies and boilerplate | {pwall:.1f} s (CPU {pcpu:.1f} s); the work adds "
                   f"{100 * (wall / pwall - 1):+.1f}% wall, {100 * (fcpu / pcpu - 1):+.1f}% CPU "
                   f"({fcpu:.1f} s) | - | - |")
    exp = read(os.path.join(r, "export.time"))
    if exp:
        ewall, ecpu = float(exp.split()[0]), exp.split()[1]
        out.append(f"| export time | {ewall:.1f} s ({mb / ewall:.1f} MB/s, {int(n) / ewall:,.0f} docs/s, CPU {ecpu}) "
                   f"| - | - |")
    eplain = read(os.path.join(r, "export-plain.time"))
    if exp and eplain:
        pwall, pcpu = float(eplain.split()[0]), eplain.split()[1]
        out.append(f"| export time without copies and boilerplate (records streamed) | {pwall:.1f} s "
                   f"({int(n) / pwall:,.0f} docs/s, CPU {pcpu}); the work adds {100 * (ewall / pwall - 1):+.1f}% wall "
                   f"| - | - |")
    fts_rss = f"{int(fts[2]) / 1024:.0f} MB RSS" if fts_wall else "-"
    out.append(f"| peak heap / max RSS | {heap} MB heap (-Xmx1g), {int(rss) / 1024:.0f} MB RSS "
               f"| {fts_rss} | - |")
    fts_size = f"{fts_bytes / 1e6:.0f} MB ({fts_bytes / corpus:.2f}x corpus)" if fts_bytes else "-"
    out.append(f"| index size | {index_bytes / 1e6:.0f} MB ({index_bytes / corpus:.2f}x corpus) "
               f"| {fts_size} | {ratio(index_bytes, fts_bytes)} |")
    plain_bytes = int(read(os.path.join(r, "index-plain.bytes"), "0"))
    if plain_bytes:
        out.append(f"| index size without copies and boilerplate | {plain_bytes / 1e6:.0f} MB | - | - |")
    lat = tsv(os.path.join(r, "latency.tsv"))
    flat = tsv(os.path.join(r, "fts5-latency.tsv"))
    ours = lat.get("phrase+facet state")
    counts = lat.get("phrase+facet state, counts only")
    theirs = flat.get("phrase+state counts+dates")
    if ours and theirs:
        out.append(f"| phrase + counts by state, in-process p50 / p99, with ten hits and snippets "
                   f"| {ours[0]} / {ours[1]} ms | - | - |")
    if counts and theirs:
        out.append(f"| phrase + counts by state, in-process p50 / p99, counts only (as FTS5) | {counts[0]} / {counts[1]} ms "
                   f"| {theirs[0]} / {theirs[1]} ms (with date range) | {ratio(float(counts[0]), float(theirs[0]))} |")
    hf = hyperfine(os.path.join(r, "search.json"))
    rel = hf.get("releases")
    if rel:
        rg = hf.get("ripgrep")
        fq = hf.get("sqlite fts5")
        out.append(f"| whole-process phrase search, state counts, date range (median) | {rel[1]:.3f} s "
                   f"| {fq[1]:.3f} s (python3 + sqlite3) | {ratio(rel[1], fq[1])} |")
        out.append(f"| same phrase, ripgrep `rg -l -F -i` (median) | {rel[1]:.3f} s | ripgrep {rg[1]:.3f} s "
                   f"({read(os.path.join(r, 'rg.count'))} files) | {ratio(rel[1], rg[1])} |")
    try:
        ours_total = json.loads(read(os.path.join(r, "search.out"), "{}")).get("total")
    except json.JSONDecodeError:
        ours_total = None
    if ours_total is not None and theirs:
        out += ["", f"Cross-check, phrase within 2010-2011: releases finds {ours_total}, FTS5 {theirs[2]} "
                f"(ripgrep, any date, no phrase across line breaks: {read(os.path.join(r, 'rg.count'))} files)."]
    out += ["", "In-process latency over a warm searcher (ten hits with snippets and exact totals, unless the class says counts only):", "",
            "| query class | p50 ms | p99 ms | mean hits |", "|---|---|---|---|"]
    for name, v in lat.items():
        out.append(f"| {name} | {v[0]} | {v[1]} | {v[2]} |")
    summary = read(os.path.join(r, "index.out"))
    if summary:
        out += ["", f"`releases index` said: `{summary.splitlines()[-1]}`"]
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--work", required=True)
    p.add_argument("--sizes", required=True)
    a = p.parse_args()
    out = ["# Benchmark results", ""]
    st = hyperfine(os.path.join(a.work, "startup.json"))
    if st:
        hello = st["hello"][1]
        out += ["## Start-up: `releases search` on the seeds vs a Java hello world (same JDK, median)", "",
                "| command | median s | x hello |", "|---|---|---|"]
        for name, (_, median) in st.items():
            out.append(f"| {name} | {median:.3f} | {median / hello:.2f} |")
        out.append("")
    for n in a.sizes.split(","):
        out += size_report(a.work, n) + [""]
    print("\n".join(out))


if __name__ == "__main__":
    main()
