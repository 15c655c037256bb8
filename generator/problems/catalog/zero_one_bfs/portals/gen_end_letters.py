"""portals: maps whose only quick route jumps between two cells of the first or the last letter (testlib style):
python gen_end_letters.py SEED letters name=a|z prints one input.

A search that tests for a portal letter with bounds off by one ('a' < ch, ch < 'z', 98 or 121 for 97 or 122) never
jumps at `a` or `z`; random maps hold 26 letters and rarely make the jump at one of the two the only quick route.
"""
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
assert mode == "letters", mode
letter = opts["name"]
assert letter in ("a", "z"), letter
# With the jump: S, step onto the letter, jump, step onto T = 2 steps. Without it: around by the bottom row, 7.
grid = [f"S{letter}##{letter}T", "......"]
sys.stdout.write(f"{len(grid)} {len(grid[0])}\n" + "".join(row + "\n" for row in grid))
