#!/usr/bin/env bash
# Runtime install footprint of `pip install .` with no extras (issue 9):
#   bash bench/install_size.sh [SRC_DIR] [LABEL]
# Builds a fresh venv in a temporary folder, installs SRC_DIR (default: this checkout)
# without extras, and prints the number of runtime distributions, the size of
# site-packages, whether scikit-learn came along, and whether `gossipcheck check` runs.
set -euo pipefail
SRC=$(cd "${1:-$(dirname "$0")/..}" && pwd)
LABEL=${2:-this}
V=$(mktemp -d)/venv
python3 -m venv "$V"
"$V/bin/pip" install --quiet "$SRC" > "$V.pip.log" 2>&1
"$V/bin/pip" list --format=freeze > "$V.list"
echo "$LABEL runtime_deps=$(grep -cviE '^(pip|setuptools|wheel|gossipcheck)==' "$V.list")"
echo "$LABEL site_packages=$(du -sh "$V/lib/python3.11/site-packages" | cut -f1)"
if "$V/bin/python" -c "import sklearn" 2>/dev/null; then echo "$LABEL sklearn=importable"
else echo "$LABEL sklearn=absent"; fi
(cd "$SRC" && "$V/bin/gossipcheck" check examples/radar-style-re-report.txt > /dev/null \
  && echo "$LABEL check=ok")
rm -rf "$(dirname "$V")"
