import sys
from bisect import bisect_left
from itertools import compress

data = sys.stdin.buffer.read().split()
q = int(data[0])
queries = [(int(data[i]), int(data[i + 1]), int(data[i + 2])) for i in range(1, 3 * q + 1, 3)]
m = max(b for _, b, _ in queries)
# omega[x] = number of different primes dividing x (at most 7 below 10^6, so a byte holds it)
omega = bytearray(m + 1)
plus_one = bytes(range(1, 256)) + b"\0"
for p in range(2, m + 1):
    if omega[p] == 0:  # no smaller prime divides p: p is prime
        omega[p::p] = omega[p::p].translate(plus_one)  # each multiple of p gains one prime, once
most = max(omega)
# where[k] = the sorted numbers 1..m with exactly k different primes; a range count is two binary searches
where = []
for k in range(most + 1):
    is_k = omega.translate(bytes(int(v == k) for v in range(256)))
    is_k[0] = 0  # 0 is not in any range
    where.append(list(compress(range(m + 1), is_k)))
out = []
for a, b, k in queries:
    if k > most:
        out.append(0)
    else:
        out.append(bisect_left(where[k], b) - bisect_left(where[k], a))
sys.stdout.write("\n".join(map(str, out)) + "\n")
