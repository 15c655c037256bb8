"""grid_pattern: anti-hash tests for a power-of-two modulus (testlib style): python gen_thue.py SEED thue.

A 2D hash modulo 2^61 (or 2^64) instead of the prime 2^61 - 1 passes random tests, but with random bases it merges
different blocks whatever their parity. The block B is the 2D Thue-Morse square of side S = 128 (cell (i, j) holds
one letter when popcount(i) + popcount(j) is even, another when odd); the grid holds B once and three traps:
- ~B (the letters swapped): the hashes differ by c * U(x) * V(y) with U, V the Thue-Morse polynomials, and for odd
  bases x and y 2-adic valuations of at least 34 each make that 0 modulo 2^61;
- B with its first column changed: x^(S-1) = 0 modulo 2^61 for an even column base x;
- B with its first row changed: the same for an even row base.
So a reference hashing modulo 2^61 counts at least 2 where the answer is 1, for every pair of bases (found by the
mutation sweep's `(1 << 61) - 0` in string_hashing.same_pieces and count_matches, which had no such test either).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "thue", mode
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
SIDE = 128
zero, one, third = rng.sample(LETTERS, 3)
block = [[one if (bin(i).count("1") + bin(j).count("1")) % 2 == 0 else zero for j in range(SIDE)]
         for i in range(SIDE)]
swapped = [[zero if ch == one else one for ch in row] for row in block]
column_changed = [[third] + row[1:] for row in block]
row_changed = [[third] * SIDE] + [row[:] for row in block[1:]]
top, left = rng.randint(0, 40), rng.randint(0, 40)
n, m = 2 * SIDE + top + rng.randint(0, 40), 2 * SIDE + left + rng.randint(0, 40)
grid = [[rng.choice(LETTERS) for _ in range(m)] for _ in range(n)]
places = [(0, 0), (0, SIDE), (SIDE, 0), (SIDE, SIDE)]
rng.shuffle(places)
for (dr, dc), square in zip(places, (block, swapped, column_changed, row_changed)):
    for i in range(SIDE):
        grid[top + dr + i][left + dc:left + dc + SIDE] = square[i]
lines = [f"{n} {m}"] + ["".join(row) for row in grid] + [f"{SIDE} {SIDE}"] + ["".join(row) for row in block]
sys.stdout.write("\n".join(lines) + "\n")
