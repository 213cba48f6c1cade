#!/usr/bin/env python3
"""verify_errors.py: check testdata/errors files against go1.19 (needs `go`).

Every // ERROR and // ERRORAT regexp must match what `go build` reports on that
line, and go must report nothing elsewhere. Files marked `mgc-only` (programs
go accepts but mgc rejects as not yet supported) are skipped.
Usage: tools/verify_errors.py testdata/errors/check_*.go"""
import re, subprocess, sys, os, shutil, tempfile
bad = 0
for path in sys.argv[1:]:
    text = open(path, encoding='utf-8', errors='replace').read()
    if 'mgc-only' in text.split('package main')[0]:
        continue
    src = text.split('\n')
    want = {}
    for i, line in enumerate(src, 1):
        m = re.search(r'// ERROR (.*)$', line)
        if m:
            want[i] = re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', m.group(1))
            want[i] = [a or b for a, b in want[i]]
        for m in re.finditer(r'// ERRORAT (\d+) (.*)$', line):
            ln = int(m.group(1))
            want.setdefault(ln, []).extend(a or b for a, b in re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', m.group(2)))
    d = tempfile.mkdtemp()
    shutil.copy(path, d + '/x.go')
    r = subprocess.run(['go', 'build', '-o', '/dev/null', 'x.go'], cwd=d, capture_output=True, text=True, env=dict(os.environ, GO111MODULE='off', GOFLAGS=''))
    got = {}
    for line in r.stderr.split('\n'):
        m = re.match(r'\./x\.go:(\d+):(\d+): (.*)', line)
        if m and m.group(3) != 'too many errors':
            got.setdefault(int(m.group(1)), []).append(m.group(3))
    for ln, res in want.items():
        for rx in res:
            rx2 = rx.replace('\\"', '"')
            if not any(re.search(rx2, g) for g in got.get(ln, [])):
                print(f'{path}:{ln}: go does not say /{rx2}/; go says {got.get(ln)}'); bad += 1
    for ln, msgs in got.items():
        if ln not in want:
            print(f'{path}:{ln}: go reports unexpected {msgs}'); bad += 1
    if r.returncode == 0:
        print(f'{path}: go compiled it'); bad += 1
print('bad', bad)
