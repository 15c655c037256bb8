import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen: dict[int, int] = {}
pairs = 0
for token in data[2:2 + n]:
    x = int(token)
    # a XOR b = K  <=>  b = a XOR K: every earlier code equal to x ^ K pairs with this one.
    pairs += seen.get(x ^ k, 0)
    seen[x] = seen.get(x, 0) + 1
print(pairs)
