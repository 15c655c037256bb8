"""WRONG: rolling polynomial hash of every length-N window of A + A modulo 2^64 (what unsigned 64-bit overflow
gives), compared with B's hash, and a match is trusted without comparing the letters. A Thue-Morse word of length
2^11 and its complement hash alike for every odd base (and for an even base only the last 64 letters count), so a
shift can match by hash while the strings differ."""
import sys

data = sys.stdin.read().split()
n, a, b = int(data[0]), data[1], data[2]
MASK = (1 << 64) - 1
BASE = 131
target = 0
for ch in b:
    target = (target * BASE + ord(ch)) & MASK
s = a + a
top = pow(BASE, n, 1 << 64)
h = 0
for i in range(n):
    h = (h * BASE + ord(s[i])) & MASK
answer = -1
for k in range(n):
    if h == target:
        answer = k
        break
    h = (h * BASE + ord(s[k + n]) - ord(s[k]) * top) & MASK
print(answer)
