"""A sample's explanation, computed from the sample: the sorted numbers and how many sequences there are."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m, a = data[0], data[1], sorted(data[2:])
lines = case["output"].strip().split("\n")
first = lines[0]
if ko:
    print(f"수를 작은 것부터 늘어놓으면 {' '.join(map(str, a))}입니다. 길이 {m}인 수열은 모두 {len(lines)}개이고, "
          f"사전 순으로 가장 앞선 것은 {first}입니다.")
else:
    print(f"In increasing order the numbers are {' '.join(map(str, a))}. There are {len(lines)} sequences of "
          f"length {m}; the lexicographically first is {first}.")
