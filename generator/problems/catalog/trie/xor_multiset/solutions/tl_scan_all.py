"""Too slow: the multiset as a plain list; every query XORs the value with every element (Q x size)."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
items = [0]
out = []
for k in range(1, 2 * q, 2):
    op, x = data[k], int(data[k + 1])
    if op == b"+":
        items.append(x)
    elif op == b"-":
        items.remove(x)
    else:
        best = 0
        for y in items:
            if x ^ y > best:
                best = x ^ y
        out.append(best)
sys.stdout.write("\n".join(map(str, out)) + "\n")
