#!/usr/bin/env python3
"""Measures the runner's performance figures (issue 3): not a test, numbers for the README and the lead.

Usage: python3 tools/NotebookRunner/Benchmarks/measure.py [path/to/NotebookRunner(.dll)] [--runs N]
Builds nothing: pass the built runner (default: artifacts/bin/NotebookRunner/release/NotebookRunner).

Reports, over N runs (median and worst):
  cold start   wall time of a whole runner invocation on a notebook with one trivial cell
               (orchestrator start + worker start + Roslyn's first compile + writing the outputs),
               and the CPU time of both processes (what the wall time approaches on an idle machine,
               less any parallel JIT work)
  first cell   the worker's own time for that first trivial cell
  later cells  each of 20 trivial cells after a warm-up cell (worker-measured)
  cached pkg   a cell with #r "nuget: Humanizer.Core, 2.14.1" whose restore is already cached (not the first cell)
"""
import json, os, resource, statistics, subprocess, sys, tempfile, time

def notebook(path, sources):
    cells = [{"cell_type": "code", "id": f"c{i}", "metadata": {}, "execution_count": None, "outputs": [],
              "source": source} for i, source in enumerate(sources)]
    meta = {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}
    with open(path, "w") as f:
        json.dump({"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}, f)

def run(runner, folder, name):
    command = ["dotnet", runner] if runner.endswith(".dll") else [runner]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command + [name, "-o", "out"], cwd=folder, check=True, capture_output=True)
    wall = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000
    with open(os.path.join(folder, "out", "summary.json")) as f:
        cells = json.load(f)["notebooks"][0]["cells"]
    return wall, cpu, [cell["elapsedMs"] for cell in cells]

def describe(label, values):
    print(f"{label:<12} median {statistics.median(values):8.1f} ms   worst {max(values):8.1f} ms   (n={len(values)})")

def main():
    args = sys.argv[1:]
    runs = 5
    if "--runs" in args:
        runs = int(args[args.index("--runs") + 1])
        del args[args.index("--runs"):args.index("--runs") + 2]
    runner = os.path.abspath(args[0] if args else "artifacts/bin/NotebookRunner/release/NotebookRunner")
    folder = tempfile.mkdtemp(prefix="runner-bench-")
    notebook(os.path.join(folder, "one.ipynb"), ["1"])
    notebook(os.path.join(folder, "many.ipynb"), ["1", "2"] + [f"var v{i} = {i};" for i in range(20)]
             + ['#r "nuget: Humanizer.Core, 2.14.1"'])
    run(runner, folder, "many.ipynb")  # fills the restore cache and the OS file cache
    cold, cold_cpu, first, later, cached = [], [], [], [], []
    for _ in range(runs):
        wall, cpu, cells = run(runner, folder, "one.ipynb")
        cold.append(wall); cold_cpu.append(cpu); first.append(cells[0])
        _, _, cells = run(runner, folder, "many.ipynb")
        later.extend(cells[2:22]); cached.append(cells[22])
    print(f"load average after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    describe("cold start", cold)
    describe("  CPU time", cold_cpu)
    describe("first cell", first)
    describe("later cells", later)
    describe("cached pkg", cached)

if __name__ == "__main__":
    main()
