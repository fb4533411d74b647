#!/usr/bin/env bash
# Issue 19: the scan pre-check's figures (time per page, recall, false positives) on generated scans, bounded
# (SCANS=40 by default, one Tesseract process at a time). Needs tesseract-ocr and tesseract-ocr-chi-sim.
# Appends nothing by itself: copy the printed block into bench/OCR-RESULTS.md with the machine's load.
set -euo pipefail
cd "$(dirname "$0")/.."
flock /tmp/mvn.lock mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/ocr-cp.txt >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/ocr-cp.txt)" \
  -DSCANS="${SCANS:-40}" com.dossier.attachment.ocr.OcrBenchmark
