import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = list(map(int, data[1:1 + q]))
m = max(ns)
phi = list(range(m + 1))  # phi[k] starts at k; each prime p of k multiplies it by (1 - 1/p)
for p in range(2, m + 1):
    if phi[p] == p:  # nothing smaller touched p: p is prime
        phi[p::p] = [x - x // p for x in phi[p::p]]
total = list(accumulate(phi))
sys.stdout.write("\n".join(str(total[n]) for n in ns) + "\n")
