import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
q = int(data[0])
nums = list(map(int, data[1:1 + 2 * q]))
m = max(nums[1::2])
sieve = bytearray([1]) * (m + 1)
sieve[0] = 0
sieve[1] = 0
p = 2
while p * p <= m:
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, m + 1, p)))
    p += 1
pref = list(accumulate(sieve))  # pref[x] = number of primes <= x
out = [pref[nums[2 * i + 1]] - pref[nums[2 * i]] for i in range(q)]  # drops A when A is prime
print("\n".join(map(str, out)))
