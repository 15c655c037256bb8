import sys


def choose(n, k):
    result = 1
    for i in range(1, k + 1):  # multiply before dividing: every prefix product is itself a binomial
        result = result * (n - k + i) // i
    return result


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    rows, cols, r, c = map(int, data[1 + 4 * i:5 + 4 * i])
    # A walk is a choice of which of its moves go down: to the checkpoint, then from it to the end.
    out.append(choose(r + c, r) * choose(rows - r + cols - c + 2, rows - r + 1))  # counts cells, not moves
print("\n".join(map(str, out)))
