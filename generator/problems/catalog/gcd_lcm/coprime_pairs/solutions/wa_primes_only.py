import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = list(map(int, data[1:1 + n]))
top = max(values)
freq = [0] * (top + 1)
for v in values:
    freq[v] += 1
composite = bytearray(top + 1)
total = n * (n - 1) // 2
for p in range(2, top + 1):
    if not composite[p]:
        composite[p * p::p] = b"\x01" * len(range(p * p, top + 1, p))
        c = sum(freq[p::p])
        total -= c * (c - 1) // 2  # subtracts pairs sharing each prime, never adds back pairs sharing two primes
print(total)
