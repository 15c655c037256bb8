"""Wrong: off-by-one bit index, bit 29 of readings below 2^30 is never counted."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
# All readings as 30-digit binary strings, one after another: column b of the table is a slice with step 30.
table = "".join(format(int(x), "030b") for x in data[1:1 + n])
total = 0
for b in range(29):
    column = table[29 - b::30]
    # Bit b survives in a window exactly when the window lies inside a run of readings that all have bit b.
    total += sum(length * (length + 1) // 2 for length in map(len, column.split("0"))) << b
print(total)
