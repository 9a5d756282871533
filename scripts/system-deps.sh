#!/usr/bin/env bash
# Installs the system tools some tests use (strace watches for temp files), so that
# `make test` works on a fresh Debian/Ubuntu machine. Does nothing when they are present.
set -euo pipefail
missing=()
command -v strace >/dev/null 2>&1 || missing+=(strace)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "Please install: ${missing[*]} (needed by the temp-file test)" >&2
    exit 1
fi
