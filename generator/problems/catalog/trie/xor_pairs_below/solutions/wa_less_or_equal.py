"""Wrong: also counts pairs whose XOR equals K (the walk's last node is added)."""
import sys

BITS = 21


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    # child[2 * node + bit] is the node's child for that bit; 0 means none (the root is never a child)
    child = [0, 0]
    count = [0]
    levels = [(b, (k >> b) & 1) for b in range(BITS - 1, -1, -1)]
    total = 0
    for x in map(int, data[2:2 + n]):
        node = 0
        for b, k_bit in levels:
            bit = (x >> b) & 1
            if k_bit:
                same = child[2 * node + bit]
                if same:
                    total += count[same]
                node = child[2 * node + (bit ^ 1)]
            else:
                node = child[2 * node + bit]
            if not node:
                break
        else:
            total += count[node]
        node = 0
        for b, _ in levels:
            slot = 2 * node + ((x >> b) & 1)
            node = child[slot]
            if not node:
                node = len(count)
                child[slot] = node
                child += (0, 0)
                count.append(0)
            count[node] += 1
    print(total)


main()
