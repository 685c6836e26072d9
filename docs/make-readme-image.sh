#!/usr/bin/env bash
# Regenerates docs/readme-timeline.png: the "sequential vs Task.WhenAll" comparison chart from a real run of lesson 3,
# drawn by headless Chromium from the executed notebook (no network: plotly.js comes from the run's own site).
#
#   docs/make-readme-image.sh [NOTEBOOK] [CHART_TITLE_TEXT]
#     NOTEBOOK          default notebooks/03-whenall.ipynb
#     CHART_TITLE_TEXT  the first chart output whose HTML contains this text is drawn (default "vs Task.WhenAll")
#   SKIP_BUILD=1 skips building the runner and the site builder (Release); ARTIFACTS_PATH=DIR builds/runs them from a custom artifacts folder;
#   KEEP_WORK=1 keeps the run folder.
# Needs: dotnet, /usr/bin/python3, chromium (apt-get install -y chromium).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notebook="${1:-notebooks/03-whenall.ipynb}"
match="${2:-vs Task.WhenAll}"
png="$repo/docs/readme-timeline.png"
work="$(mktemp -d /tmp/readme-image.XXXXXX)"
profile="$work/chromium-profile"
trap '[[ "${KEEP_WORK:-}" == 1 ]] || rm -rf "$work"' EXIT

cd "$repo"
[[ -f "$notebook" ]] || { echo "make-readme-image: notebook not found: $notebook" >&2; exit 2; }
command -v chromium >/dev/null || { echo "make-readme-image: chromium not found (apt-get install -y chromium)" >&2; exit 2; }

artifacts=()
[[ -n "${ARTIFACTS_PATH:-}" ]] && artifacts=(--artifacts-path "$ARTIFACTS_PATH")
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  dotnet build tools/NotebookRunner -c Release -nologo -v quiet "${artifacts[@]}"
  dotnet build tools/CourseSite -c Release -nologo -v quiet "${artifacts[@]}"
fi
NO_COLOR=1 dotnet run --project tools/NotebookRunner -c Release --no-build "${artifacts[@]}" -- "$notebook" --output "$work/run"
dotnet run --project tools/CourseSite -c Release --no-build "${artifacts[@]}" -- "$work/run"

executed="$work/run/notebooks/$(basename "$notebook")"
page="$work/run/site/readme-chart.html"
# One chart on an otherwise empty page, sized to the chart, loading the site's plotly.min.js.
height="$(/usr/bin/python3 - "$executed" "$match" "$page" <<'PY'
import json, re, sys
executed, match, page = sys.argv[1:4]
notebook = json.load(open(executed, encoding="utf-8"))
def text(value): return "".join(value) if isinstance(value, list) else value
for cell in notebook["cells"]:
    for output in cell.get("outputs", []):
        html = text(output.get("data", {}).get("text/html", ""))
        if "newPlot" in html and match in html:
            html = re.sub(r"<script\b[^>]*\bdata-plotly-library\b[^>]*>.*?</script\s*>", "", html, flags=re.S | re.I)
            height = int((re.search(r"height:\s*(\d+)px", html) or [0, 480])[1])
            with open(page, "w", encoding="utf-8") as out:
                out.write('<!DOCTYPE html><html><head><meta charset="utf-8"><script src="plotly.min.js"></script>'
                          '<style>body{margin:0;padding:12px;background:#fff;font-family:system-ui,sans-serif}.modebar-container{display:none}</style>'
                          '</head><body>' + html + '</body></html>')
            print(height + 24)
            sys.exit(0)
sys.exit(f"make-readme-image: no chart output containing '{match}' in {executed}")
PY
)"

chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --force-device-scale-factor=2 \
  --window-size="1100,$height" --virtual-time-budget=5000 --screenshot="$png" "file://$page" 2>/dev/null
echo "wrote $png ($(du -k "$png" | cut -f1) KB, from $notebook)"
