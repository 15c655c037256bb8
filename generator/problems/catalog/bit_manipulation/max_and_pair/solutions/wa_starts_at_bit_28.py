"""Wrong: off-by-one bit index, starts at bit 28 although masks below 2^30 use bit 29."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
candidates = list(map(int, data[1:1 + n]))
answer = 0
for b in range(28, -1, -1):
    want = answer | (1 << b)
    # A higher bit outweighs all lower bits together: take bit b if two numbers still contain `want`.
    keep = [x for x in candidates if (x & want) == want]
    if len(keep) >= 2:
        answer, candidates = want, keep
print(answer)
