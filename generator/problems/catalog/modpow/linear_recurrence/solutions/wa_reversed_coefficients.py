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
    companion = [c[::-1]] + [[1 if col == row else 0 for col in range(k)] for row in range(k - 1)]  # c_1 paired with f_{j-k}: the coefficients in the wrong order
    state = f[::-1]  # j = k
    e = n - k
    while e:  # square-and-multiply: state = companion^(n-k) * state
        if e & 1:
            state = apply(companion, state)
        companion = multiply(companion, companion)
        e >>= 1
    print(state[0])
