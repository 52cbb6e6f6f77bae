"""Measures analyze's batch throughput (--jobs 1 vs 2) and peak memory (small vs large input).

usage: batch_bench.py ANALYZE CORPUS WORKDIR LARGE_MB
"""
import json
import os
import subprocess
import sys
import time

analyze, corpus, work, large_mb = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def documents():
    text = open(corpus, encoding="utf-8").read()
    docs = [d.strip() for d in text.split("\n\n") if d.strip()]
    # Split very long documents into pieces of about 8 KB at line breaks.
    for doc in docs:
        piece = []
        size = 0
        for line in doc.split("\n"):
            piece.append(line)
            size += len(line)
            if size > 8000:
                yield "\n".join(piece)
                piece, size = [], 0
        if piece:
            yield "\n".join(piece)


def write_jsonl(path, megabytes):
    docs = list(documents())
    target = megabytes * 1_000_000
    written = 0
    k = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            line = json.dumps({"id": k, "text": docs[k % len(docs)]}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            k += 1
    return k


MEASURE = """
import os, resource, subprocess, sys, time
start = time.monotonic()
with open(os.devnull, "wb") as null:
    status = subprocess.run(sys.argv[1:], stdout=null).returncode
print(status, time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def run(path, jobs):
    """Wall time (s) and peak RSS (KB) of one run in a fresh child, output thrown away."""
    command = [analyze, "--input", "jsonl", "--format", "jsonl", "--jobs", str(jobs), path]
    out = subprocess.run([sys.executable, "-c", MEASURE] + command, capture_output=True, text=True).stdout.split()
    status, elapsed, peak = int(out[0]), float(out[1]), int(out[2])
    if status != 0:
        sys.exit(f"analyze exited with {status}")
    return elapsed, peak


small = os.path.join(work, "small.jsonl")
n_small = write_jsonl(small, 10)
speed = os.path.join(work, "speed.jsonl")
n_speed = write_jsonl(speed, 30)
load = os.getloadavg()[0]
times = {1: [], 2: []}
for _ in range(2):
    for jobs in (1, 2):
        times[jobs].append(run(speed, jobs)[0])
best1, best2 = min(times[1]), min(times[2])
pair_start = time.monotonic()
pair = [subprocess.Popen([analyze, "--input", "jsonl", "--format", "jsonl", "--jobs", "1", speed],
                         stdout=subprocess.DEVNULL) for _ in range(2)]
for process in pair:
    process.wait()
pair_time = time.monotonic() - pair_start
size_mb = os.path.getsize(speed) / 1e6
print(f"throughput on {size_mb:.0f} MB ({n_speed} documents), best of 2: --jobs 1 {size_mb / best1:.1f} MB/s, "
      f"--jobs 2 {size_mb / best2:.1f} MB/s: speedup {best1 / best2:.2f}x (target 1.8x on 2 free cores); "
      f"control: two --jobs 1 runs at once did {2 * best1 / pair_time:.2f}x the work of one in the same time "
      f"(load average before: {load:.1f}, {os.cpu_count()} cores)")
os.remove(speed)
size_mb = os.path.getsize(small) / 1e6
_, small_peak = run(small, 2)
large = os.path.join(work, "large.jsonl")
n_large = write_jsonl(large, large_mb)
large_time, large_peak = run(large, 2)
os.remove(large)
print(f"peak memory, --jobs 2: {size_mb:.0f} MB input {small_peak / 1024:.1f} MB; "
      f"{large_mb} MB input ({n_large} documents, {large_mb / large_time:.1f} MB/s) {large_peak / 1024:.1f} MB")
if large_peak > small_peak * 1.5 + 16 * 1024:
    sys.exit("FAILED: peak memory grows with the input size")
print("memory flat: OK")
