import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
left = list(map(int, data[1 + n:5 + n]))
best = [None, None]


def wrap(x):
    return (x + 2**63) % 2**64 - 2**63  # a signed 64-bit variable silently wraps around


def div(x, y):
    return -(-x // y) if x < 0 else x // y  # truncate toward zero


def go(i, value):
    if i == n:
        if best[0] is None or value > best[0]:
            best[0] = value
        if best[1] is None or value < best[1]:
            best[1] = value
        return
    x = a[i]
    for op in range(4):  # one branch per kind of operator still left, not per operator
        if left[op]:
            left[op] -= 1
            if op == 0:
                go(i + 1, wrap(value + x))
            elif op == 1:
                go(i + 1, wrap(value - x))
            elif op == 2:
                go(i + 1, wrap(value * x))
            else:
                go(i + 1, div(value, x))
            left[op] += 1


go(1, a[0])
print(best[0])
print(best[1])
