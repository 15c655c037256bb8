"""Wrong: walks bits 58..0 only, as if codes had 59 bits; bit 59 of codes >= 2^59 is ignored."""
import sys

BITS = 61
# choose[n][r] = C(n, r) for n, r < 61 (Pascal's triangle; 0 when r > n).
choose = [[0] * BITS for _ in range(BITS)]
for n in range(BITS):
    choose[n][0] = 1
    for r in range(1, n + 1):
        choose[n][r] = choose[n - 1][r - 1] + choose[n - 1][r]


def at_most(limit: int, k: int) -> int:
    """How many x in [0, limit] have exactly k ones (limit >= -1)."""
    if limit < 0:
        return 0
    count, ones = 0, 0
    for b in range(min(limit.bit_length(), 59) - 1, -1, -1):
        if limit >> b & 1:
            # Put 0 here instead of limit's 1: the b lower bits are free and must hold the k - ones still needed.
            need = k - ones
            if 0 <= need <= b:
                count += choose[b][need]
            ones += 1
            if ones > k:
                return count
    return count + (ones == k)  # limit itself


data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    low, high, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    out.append(at_most(high, k) - at_most(low - 1, k))
print("\n".join(map(str, out)))
