#!/usr/bin/env python3
"""verify_errors.py: check testdata/errors files against go1.19 (needs `go`).

Every // ERROR and // ERRORAT regexp must match what `go build` reports on that
line, and go must report nothing elsewhere. Files marked `mgc-only` (programs
go accepts but mgc rejects as not yet supported) are skipped. A directory is
one program of several files, each with its own comments.
Usage: tools/verify_errors.py testdata/errors/check_*.go testdata/errors/check_*/"""
import re, subprocess, sys, os, shutil, tempfile
bad = 0
for path in sys.argv[1:]:
    path = path.rstrip('/')
    srcs = sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith('.go')) if os.path.isdir(path) else [path]
    texts = {src: open(src, encoding='utf-8', errors='replace').read() for src in srcs}
    if any('mgc-only' in t.split('package main')[0] for t in texts.values()):
        continue
    want = {}  # (file name in the build, line) -> [regexp]
    d = tempfile.mkdtemp()
    names = []
    for src, text in texts.items():
        name = os.path.basename(src) if os.path.isdir(path) else 'x.go'
        shutil.copy(src, os.path.join(d, name))
        names.append(name)
        for i, line in enumerate(text.split('\n'), 1):
            m = re.search(r'// ERROR (.*)$', line)
            if m:
                want[name, i] = [a or b for a, b in re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', m.group(1))]
            for m in re.finditer(r'// ERRORAT (\d+) (.*)$', line):
                ln = int(m.group(1))
                want.setdefault((name, ln), []).extend(a or b for a, b in re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', m.group(2)))
    r = subprocess.run(['go', 'build', '-o', '/dev/null'] + names, cwd=d, capture_output=True, text=True, env=dict(os.environ, GO111MODULE='off', GOFLAGS=''))
    got = {}
    for line in r.stderr.split('\n'):
        m = re.match(r'\./([^:]+\.go):(\d+):(\d+): (.*)', line)
        if m and m.group(4) != 'too many errors':
            got.setdefault((m.group(1), int(m.group(2))), []).append(m.group(4))
    where = lambda k: path if not os.path.isdir(path) else os.path.join(path, k[0])
    for k, res in want.items():
        for rx in res:
            rx2 = rx.replace('\\"', '"')
            if not any(re.search(rx2, g) for g in got.get(k, [])):
                print(f'{where(k)}:{k[1]}: go does not say /{rx2}/; go says {got.get(k)}'); bad += 1
    for k, msgs in got.items():
        if k not in want:
            print(f'{where(k)}:{k[1]}: go reports unexpected {msgs}'); bad += 1
    if r.returncode == 0:
        print(f'{path}: go compiled it'); bad += 1
print('bad', bad)
