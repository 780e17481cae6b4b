#!/usr/bin/env bash
# then: java -cp OUTDIR:ASM_JAR org.pyston.bjit.internal.JitHarness [-X threshold=bjit:N] [-X tiers=interp] [-X stats=PATH] [-X ic=off] FILE [ARGS]
# Dev build of this worktree plus the baseline JIT's test harness (no Maven): jitbuild.sh OUTDIR
set -euo pipefail
WT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$1"
"$WT/tools/devbuild.sh" "$WT" "$OUT"
CP="$OUT:$(find ~/.m2/repository/org/ow2/asm/asm/9.10.1 -name 'asm-9.10.1.jar')"
javac -nowarn -encoding UTF-8 -g -d "$OUT" -cp "$CP" "$WT/pyston.bjit/src/test/java/org/pyston/bjit/internal/JitHarness.java" 2>&1 | grep -v "^Note:" || true
