"""Wrong: the query walk treats "has a child" as "has a value" and ignores the counts left by removals."""
import sys

BITS = 20


def main() -> None:
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    child = [[0, 0]]  # node -> [child for bit 0, child for bit 1]; 0 means none (the root is never a child)
    count = [0]

    def change(x: int, delta: int) -> None:
        node = 0
        for b in range(BITS - 1, -1, -1):
            bit = (x >> b) & 1
            nxt = child[node][bit]
            if not nxt:
                nxt = len(child)
                child[node][bit] = nxt
                child.append([0, 0])
                count.append(0)
            node = nxt
            count[node] += delta

    change(0, 1)
    out = []
    for k in range(1, 2 * q, 2):
        op, x = data[k], int(data[k + 1])
        if op == b"+":
            change(x, 1)
        elif op == b"-":
            change(x, -1)
        else:
            node, best = 0, 0
            for b in range(BITS - 1, -1, -1):
                want = ((x >> b) & 1) ^ 1
                nxt = child[node][want]
                if nxt:
                    best |= 1 << b
                    node = nxt
                else:
                    node = child[node][want ^ 1]
            out.append(best)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
