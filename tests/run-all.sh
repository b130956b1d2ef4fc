#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, then
# type-checks, runs unit/component tests, builds the site, checks byte budgets
# and runs the browser tests in Debian Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage's wall time, printed at the end (also when a stage fails).
STAGES=()
STAGE_NAME=''
STAGE_START=$SECONDS
end_stage() {
  if [ -n "$STAGE_NAME" ]; then STAGES+=("$(printf '%5ds  %s' $((SECONDS - STAGE_START)) "$STAGE_NAME")"); fi
  STAGE_NAME=''
}
step() {
  end_stage
  STAGE_NAME="$*"
  STAGE_START=$SECONDS
  printf '\n=== %s ===\n' "$*"
}
report() {
  status=$?
  end_stage
  printf '\n=== time per stage (%s) ===\n' "$([ $status -eq 0 ] && echo passed || echo "failed, exit $status")"
  printf '%s\n' "${STAGES[@]}"
  printf '%5ds  total\n' "$SECONDS"
}
trap report EXIT

if [ ! -x node_modules/.bin/astro ] || [ ! -x node_modules/.bin/node ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
fi

CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export CHROME_PATH
if [ ! -x "$CHROME_PATH" ]; then
  step "installing Debian Chromium (and CJK fonts for realistic rendering)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing at $CHROME_PATH and this is not root: install it (apt-get install chromium) or set CHROME_PATH." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

# CJK fonts: without them Chromium draws the Chinese pages in a fallback font, so layout,
# screenshots and timings differ from CI. Checked on their own: a machine may have Chromium already.
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh family)" ]; then
  step "installing CJK fonts (fonts-noto-cjk)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "No CJK font is installed and this is not root: install fonts-noto-cjk." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
fi

# The handout tests read printed PDFs with poppler-utils (pdftotext, pdftoppm, pdfinfo).
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  step "installing poppler-utils (handout PDF checks)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "pdftotext/pdftoppm are missing and this is not root: install poppler-utils." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi

step "type check (astro check)"
npx astro check

step "lint: ESLint with the layer rule (tests/lint/layers.mjs), Prettier"
npm run lint

step "unit and component tests (vitest)"
npx vitest run --config tests/vitest.config.ts

step "build (into a staging folder, swapped in only on success)"
npm run build

step "browser tests (Playwright in $CHROME_PATH)"
npx playwright test --config tests/playwright.config.ts

step "slower checks: valid HTML (vnu), links and anchors, byte-identical rebuilds, checksums"
npx vitest run --config tests/vitest.slow.config.ts
