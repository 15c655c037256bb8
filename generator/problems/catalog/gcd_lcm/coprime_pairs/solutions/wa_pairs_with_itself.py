import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = list(map(int, data[1:1 + n]))
top = max(values)
freq = [0] * (top + 1)
for v in values:
    freq[v] += 1
mu = [1] * (top + 1)
composite = bytearray(top + 1)
primes = []
for i in range(2, top + 1):
    if not composite[i]:
        primes.append(i)
        mu[i] = -1
    for p in primes:
        if i * p > top:
            break
        composite[i * p] = 1
        if i % p == 0:
            mu[i * p] = 0
            break
        mu[i * p] = -mu[i]
total = 0
for d in range(1, top + 1):
    if mu[d]:
        c = sum(freq[d::d])
        total += mu[d] * c * c  # ordered pairs including (i, i) ...
print(total // 2)  # ... halved: the pair (i, i) of a single 1 is counted as half a pair
