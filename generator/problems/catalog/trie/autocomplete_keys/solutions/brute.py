"""Brute force: simulate the keyboard, computing the set of possible next letters from the whole dictionary."""
import sys

data = sys.stdin.read().split()
n, words = int(data[0]), data[1:]
dictionary = set(words)
for w in words:
    t, presses = w[0], 1
    while t != w:
        nexts = {v[len(t)] for v in words if len(v) > len(t) and v.startswith(t)}
        if not (len(nexts) == 1 and t not in dictionary):
            presses += 1
        t = w[:len(t) + 1]
    print(presses)
