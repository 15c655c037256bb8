"""min_walls: grids two columns wide (testlib style): python gen_narrow.py SEED narrow name=... prints one input.

In a grid of width 2 the cells r*W + c of two neighbouring rows are adjacent numbers, so a search whose edge checks
are off by one (stepping right from the last column wraps to the next row's first cell, or left from the second
column into the first is never tried) finds a different number of walls. Random grids are wider and rarely show it.
"""
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
GRIDS = {
    # the cheapest route breaks one wall; wrapping from column 2 to the next row's column 1 breaks none
    "wrap": [".#", "..", "#.", ".#", ".."],
    # the only route with one wall goes down the second column and steps left into the first at row 4: a search
    # that never steps left from the second column breaks two
    "climb": [".#", "#.", "#.", "..", ".#", ".."],
}
assert mode == "narrow", mode
grid = GRIDS[opts["name"]]
sys.stdout.write(f"{len(grid)} {len(grid[0])}\n" + "".join(row + "\n" for row in grid))
