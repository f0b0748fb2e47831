#!/usr/bin/env python3
"""The whole `syncreport generate` on sample nights of 10,000, 100,000 and 1,000,000 errors, with floors.

For each size it writes a seeded sample night (couplings a tenth and jobs a fiftieth of the errors), runs
`generate --timings` several times into a fresh folder, and prints the median of each step's time, the wall
time, peak resident memory, output bytes and files. Beside it, in the same run and on the same files:
DuckDB loading the errors CSV and counting it by message (import + classify's floor), `xmllint --noout` over
the same pages in one process (validate's floor), and `cp -r` of the output (publish's floor).

    python3 Benchmarks/pipeline.py [--sizes 10000,100000,1000000] [--runs 3] [--markdown FILE] [--baseline BINARY]

With --baseline (another build of syncreport, e.g. of an earlier commit), each run of this build alternates
with a run of that one on the same files, and the medians are compared as ratios: the machine's speed drifts
from minute to minute, so only runs side by side compare.

It needs a release build (`swift build -c release`), and installs libxml2-utils (xmllint) and, in
.build/benchmarks, duckdb from PyPI when they are missing.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "syncreport")
VENV = os.path.join(ROOT, ".build", "benchmarks")


def ensure_tools():
    if shutil.which("xmllint") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "libxml2-utils"], check=True, stdout=subprocess.DEVNULL)
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    if subprocess.run([python, "-c", "import duckdb"], stderr=subprocess.DEVNULL).returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "duckdb"], check=True)
    return python


DUCKDB = """
import duckdb, sys
rows = duckdb.sql("select \\"Error Message\\", count(*) from read_csv(?, header = true, all_varchar = true) group by 1",
                  params=[sys.argv[1]]).fetchall()
assert sum(count for _, count in rows) > 0
"""


def timed(command, accepted=(0,), **kwargs):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode not in accepted:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return time.perf_counter() - start, result


def generate(sample, out, binary=BINARY):
    """One run: wall seconds, each step's seconds, peak memory in MB."""
    shutil.rmtree(out, ignore_errors=True)
    inputs = [os.path.join(sample, name) for name in sorted(os.listdir(sample))]
    # Exit 1 is a published report with rejected rows.
    wall, result = timed(["/usr/bin/time", "-v", binary, "generate", *inputs, "--out", out, "--no-previous", "--timings"], accepted=(0, 1))
    steps = {m.group(1): float(m.group(2)) for m in re.finditer(r"^timing: (.+?): ([0-9.]+) s", result.stderr, re.M)}
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return wall, steps, peak


def folder_size(folder):
    files, size = 0, 0
    for base, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(base, name))
    return files, size


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown")
    parser.add_argument("--baseline", help="another syncreport binary to run alternately, for ratios")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build it first: swift build -c release")
    python = ensure_tools()
    lines = []
    work = tempfile.mkdtemp(prefix="syncreport-bench-")
    try:
        for size in [int(s) for s in args.sizes.split(",")]:
            sample = os.path.join(work, f"sample-{size}")
            subprocess.run([BINARY, "sample", "--seed", "1", "--errors", str(size), "--couplings", str(max(size // 10, 100)),
                            "--jobs", str(max(size // 50, 27)), "--out", sample], check=True, capture_output=True)
            out = os.path.join(work, f"out-{size}")
            runs, baseline_runs = [], []
            for _ in range(args.runs):
                runs.append(generate(sample, out))
                if args.baseline:
                    baseline_out = os.path.join(work, f"baseline-{size}")
                    baseline_runs.append(generate(sample, baseline_out, args.baseline))
                    baseline_files, baseline_bytes = folder_size(baseline_out)
                    shutil.rmtree(baseline_out)
            files, size_bytes = folder_size(out)
            step_names = list(runs[0][1].keys())
            median = lambda values: statistics.median(values)
            errors_csv = os.path.join(sample, "errors.csv")
            duckdb = [timed([python, "-c", DUCKDB, errors_csv])[0] for _ in range(args.runs)]
            pages = [os.path.join(base, name) for base, _, names in os.walk(out) for name in names if name.endswith(".html")]
            xmllint = [timed(["xargs", "-0", "xmllint", "--noout", "--nonet"], input="\0".join(pages))[0] for _ in range(args.runs)]
            copies = []
            for _ in range(args.runs):
                target = os.path.join(work, "copy")
                shutil.rmtree(target, ignore_errors=True)
                copies.append(timed(["cp", "-r", out, target])[0])
                shutil.rmtree(target)
            lines.append(f"### {size:,} errors ({args.runs} runs, medians)")
            lines.append("")
            lines.append("| what | seconds |")
            lines.append("|---|---|")
            lines.append(f"| generate, whole run (wall) | {median([r[0] for r in runs]):.2f} |")
            for name in step_names:
                lines.append(f"| step: {name} | {median([r[1].get(name, 0) for r in runs]):.2f} |")
            lines.append(f"| DuckDB: load errors.csv and count by message | {median(duckdb):.2f} |")
            lines.append(f"| xmllint --noout over the {len(pages):,} pages | {median(xmllint):.2f} |")
            lines.append(f"| cp -r of the output | {median(copies):.2f} |")
            lines.append("")
            lines.append(f"Peak resident memory {median([r[2] for r in runs]):.0f} MB; output {size_bytes / 1e6:.0f} MB in {files:,} files.")
            lines.append("")
            shown = len(step_names) + 12
            if args.baseline:
                walls, baseline_walls = [r[0] for r in runs], [r[0] for r in baseline_runs]
                peak, baseline_peak = median([r[2] for r in runs]), median([r[2] for r in baseline_runs])
                lines.append(f"Against {args.baseline}, alternating runs: wall {median(baseline_walls):.2f} s "
                             f"({', '.join(f'{w:.1f}' for w in baseline_walls)}) -> {median(walls):.2f} s "
                             f"({', '.join(f'{w:.1f}' for w in walls)}), ratio {median(walls) / median(baseline_walls):.2f}; "
                             f"peak memory {baseline_peak:.0f} -> {peak:.0f} MB, ratio {peak / baseline_peak:.2f}; "
                             f"output {baseline_bytes / 1e6:.0f} -> {size_bytes / 1e6:.0f} MB, {baseline_files:,} -> {files:,} files.")
                lines.append("")
                shown += 2
            print("\n".join(lines[-shown:]), flush=True)
            shutil.rmtree(out)
            shutil.rmtree(sample)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.markdown:
        with open(args.markdown, "w") as handle:
            handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
