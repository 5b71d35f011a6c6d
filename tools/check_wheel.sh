#!/usr/bin/env bash
# Build the wheel, install it in a fresh virtual environment outside the checkout, and run the
# installed `framing` from there: profile, validate and a notebook-free compare.
# Usage: tools/check_wheel.sh [PYTHON]   (CI: `make wheel-check`)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-python3}"
ROOT="$PWD"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/framing-wheel.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
"$PY" -m pip wheel --quiet --no-deps --no-build-isolation -w "$WORK/dist" . 2>/dev/null \
  || "$PY" -m pip wheel --quiet --no-deps -w "$WORK/dist" .
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  -c "$ROOT/constraints.txt" "$WORK"/dist/framing-*.whl
cp "$ROOT"/data/article/globaltimes-2022-03-24-china-russia-mutual-trust.* "$WORK/"
cd "$WORK"  # nothing of the checkout is importable from here
BIN="$WORK/venv/bin"
"$BIN/python" -c "import framing, sys; p = framing.__file__; sys.exit(0 if '$ROOT' not in p else f'imported from the checkout: {p}')"
"$BIN/python" -m framing.engine.resources
"$BIN/framing" -q profile globaltimes-2022-03-24-china-russia-mutual-trust.txt > profile.txt
grep -q "accusation" profile.txt
"$BIN/framing" -q validate > validate.txt
grep -q "they_group" validate.txt   # the audit table comes from the wheel's package data
"$BIN/framing" -q compare globaltimes-2022-03-24-china-russia-mutual-trust.txt \
  --corpus ungd-2022 --out cmp --n-boot 200
test -s cmp/position.csv && test -s cmp/summary.md
echo "wheel OK: $(ls "$WORK"/dist)"
