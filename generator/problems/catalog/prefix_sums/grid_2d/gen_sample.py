"""grid_2d: the samples (testlib style): python gen_sample.py SEED sample prints one input.

The shared gen.py's random sample may draw a grid of one row or only one-cell questions (seed 5: a 3x4 grid with
the single question 2 2 2 2, and a 1x3 grid), so no sample shows a rectangle of several rows and columns or tells
rows from columns. This draws a grid with different numbers of rows and columns (3 or 4 of each) and 3 or 4
questions, the first of them at least 2 rows tall and 2 columns wide and not square.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)
n, m = rng.choice([(3, 4), (4, 3)])
grid = [[rng.randint(0, 9) for _ in range(m)] for _ in range(n)]


def rect(min_h=1, min_w=1):
    while True:
        x1, x2 = sorted(rng.randint(1, n) for _ in range(2))
        y1, y2 = sorted(rng.randint(1, m) for _ in range(2))
        if x2 - x1 + 1 >= min_h and y2 - y1 + 1 >= min_w:
            return x1, y1, x2, y2


while True:
    first = rect(2, 2)
    if first[2] - first[0] != first[3] - first[1]:
        break
questions = [first] + [rect() for _ in range(rng.randint(2, 3))]
sys.stdout.write(f"{n} {m} {len(questions)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)
                 + "".join(" ".join(map(str, q)) + "\n" for q in questions))
