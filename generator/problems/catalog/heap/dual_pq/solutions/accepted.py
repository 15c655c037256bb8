"""Reference: a min-heap and a max-heap over the same entries with lazy deletion: an entry removed through one
heap is marked dead and skipped when it reaches the top of the other. Each entry is one int key (its value shifted
up, its id in the low bits): the id tells copies of a value apart, and plain ints compare in half the time of
(value, id) tuples, which keeps the time limit low enough that a sorted list with insort stays clearly too slow."""
import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    off = 1 << 30  # |value| <= 10^9 < off: value + off is never negative
    bits = q.bit_length()  # ids are below Q < 2^bits
    mask = (1 << bits) - 1
    low, high = [], []
    alive = bytearray(q + 1)
    out = []
    push, pop = heappush, heappop
    n = 0
    for i in range(1, 2 * q + 1, 2):
        if data[i] == b"I":
            x = int(data[i + 1]) + off
            push(low, (x << bits) | n)
            push(high, ((2 * off - x) << bits) | n)
            alive[n] = 1
            n += 1
            continue
        heap = high if data[i + 1] == b"1" else low
        while heap and not alive[heap[0] & mask]:
            pop(heap)
        if not heap:
            out.append("EMPTY")
            continue
        key = pop(heap)
        alive[key & mask] = 0
        x = key >> bits
        out.append(str((2 * off - x if heap is high else x) - off))
    sys.stdout.write("\n".join(out) + "\n")


main()
