"""Executes notebooks through a Jupyter kernel with nbclient and checks what a learner would see.

A notebook fails when a code cell has an error output, or when an output that carries a Plotly chart would not draw:
its element is missing, its figure has no trace with data, or plotly.js is not on the page yet (neither in that output
nor in an earlier one). Executed copies go to the output folder; sources are only read. One line per notebook, then
one line per failure ("<notebook> cell <n>: <what>", cells numbered from 1 as in the editor); exit 1 on any failure.
--check-only applies the same checks to notebooks another client executed.
Run with Debian's /usr/bin/python3 (python3-nbclient) and JUPYTER_PATH naming the folder that holds kernels/.
"""
import argparse
import json
import os
import re
import sys
import time
import warnings

import nbformat
from nbclient import NotebookClient

PLOTLY_CALL = re.compile(r"Plotly\.(?:newPlot|react)\s*\(")
# plotly.js announces itself in its licence banner; a page may also load it from a file.
PLOTLY_LIBRARY = re.compile(r"plotly\.js v\d|<script[^>]+src=[\"'][^\"']*plotly[^\"']*\.js", re.IGNORECASE)
ELEMENT_ID = re.compile(r"<[a-zA-Z][^>]*\sid=[\"']([^\"']+)[\"']")
SCRIPT = re.compile(r"<script[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
FIGURE_START = re.compile(r"\{\s*\"data\"\s*:")


def text(value):
    return "".join(value) if isinstance(value, list) else (value or "")


def first_line(message):
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return lines[0] if lines else ""


def figures(html):
    """Every JSON object in the html that starts with a "data" key (a Plotly figure)."""
    decoder = json.JSONDecoder()
    for match in FIGURE_START.finditer(html):
        try:
            figure, _ = decoder.raw_decode(html, match.start())
        except ValueError:
            continue
        yield figure


def has_points(trace):
    return isinstance(trace, dict) and any(isinstance(trace.get(key), list) and trace[key] for key in ("x", "y", "values", "z"))


def chart_problem(html, library_seen):
    """Why this chart output would not draw, or None when it draws."""
    if not library_seen:
        return "chart output before plotly.js is on the page (no earlier output loads it)"
    ids = ELEMENT_ID.findall(html)
    script = "\n".join(SCRIPT.findall(html))
    if not any(re.search("[\"']" + re.escape(element_id) + "[\"']", script) for element_id in ids):
        return "chart script targets no element of its output"
    drawn = [f for f in figures(html) if isinstance(f.get("data"), list) and any(has_points(t) for t in f["data"])]
    if not drawn:
        return "chart has no figure with a trace that has data points"
    return None


def check(notebook):
    """(code cells, charts, failures) of an executed notebook."""
    failures, charts, code_cells, library_seen = [], 0, 0, False
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        code_cells += 1
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                failures.append(f"cell {number}: {output.get('ename', 'error')}: {first_line(output.get('evalue', ''))}")
                continue
            html = text(output.get("data", {}).get("text/html"))
            if not html:
                continue
            library_seen = library_seen or bool(PLOTLY_LIBRARY.search(html))
            if PLOTLY_CALL.search(html):
                charts += 1
                problem = chart_problem(html, library_seen)
                if problem:
                    failures.append(f"cell {number}: {problem}")
    return code_cells, charts, failures


def read(path):
    """The notebook, or a one-line reason it is not one."""
    try:
        return nbformat.read(path, as_version=4), None
    except Exception as error:  # JSON, schema or I/O: the run goes on with the other notebooks
        return None, f"not a readable notebook: {type(error).__name__}: {first_line(str(error))}"


def execute(source, output_dir, timeout, attempts=2):
    """Runs the notebook in a new kernel, writes the executed copy; its failures."""
    name = os.path.basename(source)
    log_path = os.path.join(output_dir, name + ".kernel.log")
    for attempt in range(1, attempts + 1):
        notebook, unreadable = read(source)
        if unreadable:
            return [unreadable]
        kernel = notebook.metadata.get("kernelspec", {}).get("name")
        if not kernel:
            return ["no metadata.kernelspec.name: which kernel runs it is unknown"]
        client = NotebookClient(notebook, kernel_name=kernel, timeout=timeout, allow_errors=True,
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}})
        started = time.monotonic()
        try:
            # The kernel logs its own web server to stdout: keep that beside the executed copy, out of the summary.
            with open(log_path, "w", encoding="utf-8") as log:
                client.execute(stdout=log, stderr=log)
        except Exception as error:  # a dead kernel or a cell past the timeout: report it, keep the other notebooks
            return [f"{type(error).__name__}: {first_line(str(error))}"]
        finally:
            nbformat.write(notebook, os.path.join(output_dir, name))
        seconds = time.monotonic() - started
        not_run = [n for n, c in enumerate(notebook.cells, start=1) if c.cell_type == "code" and c.get("execution_count") is None]
        code_cells = sum(c.cell_type == "code" for c in notebook.cells)
        if not not_run or len(not_run) < code_cells:
            return report(source, notebook, f", {seconds:.1f} s") + [f"cell {n}: not executed" for n in not_run]
        # Not one cell ran: the kernel failed to start (seen: its web server losing a port race with another kernel on
        # the machine). That is the machine, not the lesson: say so, and start a new kernel once.
        cause = kernel_failure(log_path)
        if attempt < attempts:
            print(f"{source}: the kernel ran no cell ({cause}); starting a new kernel", flush=True)
    return [f"the kernel ran no cell: {cause} (log: {log_path})"]


def kernel_failure(log_path):
    with open(log_path, encoding="utf-8", errors="replace") as log:
        lines = [line.strip() for line in log if "Exception:" in line]
    return lines[0] if lines else "no exception in its log"


def report(source, notebook, suffix=""):
    code_cells, charts, failures = check(notebook)
    print(f"{source}: {code_cells} code cells, {charts} charts{suffix}", flush=True)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--output", help="folder for the executed copies (and each kernel's log)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may take")
    parser.add_argument("--check-only", action="store_true", help="check notebooks executed elsewhere; run nothing")
    args = parser.parse_args()

    if args.check_only:
        # Other clients (dotnet-repl) write cells without ids: nbformat's warning about it is not what is checked here.
        warnings.filterwarnings("ignore", message="Code cell is missing an id field")
        failed = []
        for path in args.notebooks:
            notebook, unreadable = read(path)
            failures = [unreadable] if unreadable else report(path, notebook)
            failed += [f"{path} {f}" if f.startswith("cell ") else f"{path}: {f}" for f in failures]
        for line in failed:
            print(line, file=sys.stderr)
        return 1 if failed else 0

    if not args.output:
        parser.error("--output is required to execute notebooks")
    output_dir = os.path.abspath(args.output)
    sources = [os.path.abspath(n) for n in args.notebooks]
    if any(os.path.dirname(s) == output_dir for s in sources):
        sys.exit(f"{args.output}: the output folder holds the notebooks it would overwrite; choose another")
    os.makedirs(output_dir, exist_ok=True)

    failed, failed_notebooks = [], 0
    for shown in args.notebooks:
        failures = execute(shown, output_dir, args.timeout)
        failed_notebooks += bool(failures)
        failed += [f"{shown} {failure}" if failure.startswith("cell ") else f"{shown}: {failure}" for failure in failures]
    for line in failed:
        print(line, file=sys.stderr)
    print(f"{len(sources) - failed_notebooks}/{len(sources)} notebooks passed; executed copies in {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
