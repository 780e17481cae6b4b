#!/usr/bin/env bash
# Regenerates the expected output of every program here with CPython (python3 3.11):
# NAME.out is stdout; NAME.err, only for programs that exit with status 1, is stderr's last line.
set -u
cd "$(dirname "$0")"
for f in *.py; do
  b="${f%.py}"
  python3 "$f" > "$b.out" 2> /tmp/regen-err.$$
  if [ $? -ne 0 ]; then grep -v '^[[:space:]]*$' /tmp/regen-err.$$ | tail -n 1 > "$b.err"; else rm -f "$b.err"; fi
done
rm -f /tmp/regen-err.$$
