import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
candidates = list(map(int, data[1:1 + n]))
answer = 0
for b in range(29, -1, -1):
    want = answer | (1 << b)
    # A higher bit outweighs all lower bits together: take bit b if two numbers still contain `want`.
    keep = [x for x in candidates if (x & want) == want]
    if len(keep) >= 2:
        answer, candidates = want, keep
print(answer)
