"""Input validator: python validator.py [params...] < input; exit 0 iff valid: 9 lines of 9 digits 0..9 separated
by single spaces, no two equal givens in a row, column or box, and exactly one way to complete the grid."""
import re
import sys

data = sys.stdin.read()
assert re.fullmatch(r"([0-9]( [0-9]){8}\n){9}", data), "9 lines of 9 single digits separated by single spaces"
grid = [int(x) for x in data.split()]
ALL = 0b1111111110
BOX = [(i // 27) * 3 + (i % 9) // 3 for i in range(81)]
rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
for i, v in enumerate(grid):
    if v:
        bit = 1 << v
        assert not (rows[i // 9] & bit or cols[i % 9] & bit or boxes[BOX[i]] & bit), "two equal givens"
        rows[i // 9] |= bit
        cols[i % 9] |= bit
        boxes[BOX[i]] |= bit

# Count the completions up to 2 (most-constrained cell first, explicit stack).
empty = [i for i in range(81) if not grid[i]]
found = 0
stack = []


def flip(i, bit):
    rows[i // 9] ^= bit
    cols[i % 9] ^= bit
    boxes[BOX[i]] ^= bit


while found < 2:
    best, best_mask, best_count = -1, 0, 10
    for i in empty:
        if not grid[i]:
            mask = ALL & ~(rows[i // 9] | cols[i % 9] | boxes[BOX[i]])
            count = bin(mask).count("1")
            if count < best_count:
                best, best_mask, best_count = i, mask, count
                if count <= 1:
                    break
    if best == -1:
        found += 1
    elif best_count:
        bit = best_mask & -best_mask
        grid[best] = bit.bit_length() - 1
        flip(best, bit)
        stack.append((best, best_mask ^ bit))
        continue
    while stack:
        i, rest = stack.pop()
        flip(i, 1 << grid[i])
        grid[i] = 0
        if rest:
            bit = rest & -rest
            grid[i] = bit.bit_length() - 1
            flip(i, bit)
            stack.append((i, rest ^ bit))
            break
    else:
        break
assert found == 1, "the puzzle must have exactly one solution"
