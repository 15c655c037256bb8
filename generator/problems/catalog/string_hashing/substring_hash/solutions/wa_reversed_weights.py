"""Wrong: gives the first letter the weight 31^0 and the last the largest power (the weights reversed)."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
s, q = data[0], int(data[1])
out = []
for t in range(q):
    l, r = int(data[2 + 2 * t]), int(data[3 + 2 * t])
    h, p = 0, 1
    for ch in s[l - 1:r]:
        h = (h + (ch - 96) * p) % MOD
        p = p * 31 % MOD
    out.append(h)
sys.stdout.write("\n".join(map(str, out)) + "\n")
