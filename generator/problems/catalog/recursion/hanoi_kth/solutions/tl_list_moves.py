import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    stack = [(n, 1, 3, 2, False)]  # the recursive moves, in order, counted until the k-th
    count = 0
    while stack:
        m, a, b, c, ready = stack.pop()
        if m == 0:
            continue
        if ready:
            count += 1
            if count == k:
                out.append(f"{m} {a} {b}")
                break
            stack.append((m - 1, c, b, a, False))
        else:
            stack.append((m, a, b, c, True))
            stack.append((m - 1, a, c, b, False))
sys.stdout.write("\n".join(out) + "\n")
