import sys

P = 10**9 + 7


def multiply(x, y):
    """Product of two square matrices modulo P."""
    columns = list(zip(*y))
    return [[sum(a * b for a, b in zip(row, col)) % P for col in columns] for row in x]


def apply(x, v):
    return [sum(a * b for a, b in zip(row, v)) % P for row in x]


data = sys.stdin.read().split()
k, n = int(data[0]), int(data[1])
c = list(map(int, data[2:2 + k]))
f = list(map(int, data[2 + k:2 + 2 * k]))
if n <= k:
    print(f[n - 1])
else:
    # state (f_j, f_{j-1}, ..., f_{j-k+1}); the companion matrix moves it one step: j -> j + 1
    companion = [c[:]] + [[1 if col == row else 0 for col in range(k)] for row in range(k - 1)]
    state = f[::-1]  # j = k
    for _ in range(n - k):  # one matrix step per term
        state = apply(companion, state)
    print(state[0])
