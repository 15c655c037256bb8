import sys

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
out = [sum(sieve[nums[2 * i]:nums[2 * i + 1] + 1]) for i in range(q)]  # walks every range: O(Q * (B - A))
print("\n".join(map(str, out)))
