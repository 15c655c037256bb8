"""Binary trie over 21 bits, highest first, with the number of inserted values below each node. For each a_j,
count the earlier values y with a_j XOR y < K by walking along K: where K has a 1 bit, every y whose XOR has a 0
there (the child with a_j's own bit) is smaller whatever follows, and the walk continues along the XOR bit 1;
where K has a 0 bit the XOR bit must be 0 too. Values equal to K all the way down are not counted. Then insert
a_j, so every pair i < j is counted once."""
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
