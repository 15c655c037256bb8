"""Brute force: try every length from max(|A|, |B|) up and build the only candidate of that length."""
import sys

a, b = sys.stdin.read().split()
for length in range(max(len(a), len(b)), len(a) + len(b) + 1):
    cells = [None] * length
    ok = True
    for i, c in enumerate(a):
        cells[i] = c
    for i, c in enumerate(b):
        j = length - len(b) + i
        if cells[j] is not None and cells[j] != c:
            ok = False
            break
        cells[j] = c
    if ok:
        print("".join(cells))
        break
