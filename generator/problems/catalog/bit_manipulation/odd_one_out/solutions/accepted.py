import sys
from functools import reduce
from operator import xor

data = sys.stdin.buffer.read().split()
n = int(data[0])
# v ^ v = 0 and XOR is commutative: values seen an even number of times cancel, the odd one remains.
print(reduce(xor, map(int, data[1:1 + n]), 0))
