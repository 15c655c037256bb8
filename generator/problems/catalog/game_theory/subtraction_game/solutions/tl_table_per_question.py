import sys

data = sys.stdin.buffer.read().split()
k = int(data[0])
moves = sorted(int(x) for x in data[1:1 + k])
q = int(data[1 + k])
out = []
for i in range(q):
    top = int(data[2 + k + i])
    best = [0] * (top + 1)  # the table again for this question alone
    for n in range(1, top + 1):
        for s in moves:
            if s > n:
                break
            if best[n - s] == 0:
                best[n] = s
                break
    out.append(f"First {best[top]}" if best[top] else "Second")
sys.stdout.write("\n".join(out) + "\n")
