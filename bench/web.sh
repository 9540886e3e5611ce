#!/usr/bin/env bash
# The check page's speed as a user sees it (issue 7: result for a 20 KB text shown < 300 ms
# after the click), measured in a real Chromium against an optimised build. Runs the browser
# test in release mode and prints its timing lines; the figures are also written to
# test-artifacts/screenshots/check-timing-release.txt. Needs scripts/setup (chromium, chromedriver, axe-core).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release -q -p vakt-web --test browser -- --nocapture 2>&1 | grep -E "BROWSER-TIMING|test result"
echo "---"
cat test-artifacts/screenshots/check-timing-release.txt
