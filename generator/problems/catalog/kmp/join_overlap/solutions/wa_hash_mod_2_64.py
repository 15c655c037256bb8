"""WRONG: polynomial hash mod 2^64 (what unsigned 64-bit overflow gives) of every ending of A and the beginning of B
of the same length, keeping the longest length whose hashes match, without comparing the letters. A Thue-Morse word
of length 2^11 and its complement hash alike for every odd base (and for an even base only the last 64 letters
count), so an ending of A can match a different beginning of B by hash."""
import sys

a, b = sys.stdin.read().split()
MASK = (1 << 64) - 1
BASE = 131
best = 0
ha = hb = 0
power = 1
for k in range(1, min(len(a), len(b)) + 1):
    ha = (ord(a[-k]) * power + ha) & MASK  # hash of the last k letters of A
    hb = (hb * BASE + ord(b[k - 1])) & MASK  # hash of the first k letters of B
    power = power * BASE & MASK
    if ha == hb:
        best = k
sys.stdout.write(a + b[best:] + "\n")
