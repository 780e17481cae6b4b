#!/usr/bin/env bash
# Fast dev build without Maven (needs the OSGi annotation and ASM jars in ~/.m2: run `mvn -B -DskipTests install` once).
# usage: tools/devbuild.sh WORKTREE OUTDIR [extra source dirs...]
set -euo pipefail
WT="$1"; OUT="$2"; shift 2
M2=~/.m2/repository
CP="$M2/org/osgi/osgi.annotation/8.1.0/osgi.annotation-8.1.0.jar:$M2/org/osgi/org.osgi.service.component.annotations/1.5.1/org.osgi.service.component.annotations-1.5.1.jar"
for j in $(find $M2/org/ow2/asm -name "asm*-9.10.1.jar" 2>/dev/null); do CP="$CP:$j"; done
mkdir -p "$OUT"
LIST=$(mktemp)
find "$WT"/pyston.api/src/main/java "$WT"/pyston.runtime/src/main/java "$WT"/pyston.compiler/src/main/java "$WT"/pyston.interp/src/main/java "$@" -name "*.java" > "$LIST"
[ -d "$WT/pyston.ic/src/main/java" ] && find "$WT/pyston.ic/src/main/java" -name "*.java" >> "$LIST"
[ -d "$WT/pyston.bjit/src/main/java" ] && find "$WT/pyston.bjit/src/main/java" -name "*.java" >> "$LIST"
echo "$WT/pyston.interp/src/test/java/org/pyston/interp/internal/Harness.java" >> "$LIST"
javac -nowarn -encoding UTF-8 -g -d "$OUT" -cp "$CP" @"$LIST" 2>&1 | grep -v "^Note:" || true
# resources
for m in pyston.api pyston.runtime pyston.compiler pyston.interp; do
  [ -d "$WT/$m/src/main/resources" ] && cp -r "$WT/$m/src/main/resources/." "$OUT/" || true
done
rm -f "$LIST"
# the compiler's revision (code caches of other compilers are not reused), as the Maven build writes it
java "$WT/tools/build/SourceDigest.java" "$WT/pyston.compiler/src/main/java" "$OUT/org/pyston/compiler/internal/source-digest.txt"
