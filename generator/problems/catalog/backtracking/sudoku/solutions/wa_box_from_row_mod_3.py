"""Reference: backtracking over the empty cells with bitmasks of the digits used in each row, column and 3x3
box. Each step fills the empty cell with the fewest candidates (a cell with none fails at once), tries its
candidates in increasing order and undoes the choice on the way back; an explicit stack replaces recursion."""
import sys

ALL = 0b1111111110  # bits 1..9


def main():
    grid = [int(x) for x in sys.stdin.read().split()[:81]]
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    box = [(i // 9) % 3 * 3 + (i % 9) // 3 for i in range(81)]
    for i, v in enumerate(grid):
        if v:
            rows[i // 9] |= 1 << v
            cols[i % 9] |= 1 << v
            boxes[box[i]] |= 1 << v
    empty = [i for i in range(81) if grid[i] == 0]
    stack = []  # (cell, candidates not tried yet)

    def place(i, bit):
        grid[i] = bit.bit_length() - 1
        rows[i // 9] |= bit
        cols[i % 9] |= bit
        boxes[box[i]] |= bit

    def lift(i):
        bit = ~(1 << grid[i])
        rows[i // 9] &= bit
        cols[i % 9] &= bit
        boxes[box[i]] &= bit
        grid[i] = 0

    while True:
        best, best_mask, best_count = -1, 0, 10
        for i in empty:
            if grid[i] == 0:
                mask = ALL & ~(rows[i // 9] | cols[i % 9] | boxes[box[i]])
                count = bin(mask).count("1")
                if count < best_count:
                    best, best_mask, best_count = i, mask, count
                    if count <= 1:
                        break
        if best == -1:  # every cell filled: the (unique) solution
            break
        if best_count:
            bit = best_mask & -best_mask
            place(best, bit)
            stack.append((best, best_mask ^ bit))
            continue
        while stack:  # dead end: step back to the last cell with an untried candidate
            i, rest = stack.pop()
            lift(i)
            if rest:
                bit = rest & -rest
                place(i, bit)
                stack.append((i, rest ^ bit))
                break
        else:
            break  # no solution at all (the input guarantees one)
    print("\n".join(" ".join(map(str, grid[r * 9:r * 9 + 9])) for r in range(9)))


main()
