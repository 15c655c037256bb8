"""arrow_grid: a fixed grid of two rows (testlib style): python gen_two_rows.py SEED two_rows prints one input.

The answer is 2; a reference with one neighbour check off by one at the first row or column (a 0 read as 1 in its
direction table) answered 3 here and passed every random test (mutation sweep, seed 0). Random grids are larger and
rarely make such a step the only cheap one.
"""
import sys

mode = sys.argv[2]
assert mode == "two_rows", mode
sys.stdout.write("2 5\nDURUD\nRLUDD\n")
