"""A sample's explanation: which positions are ready on the answer day and the day before (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m, k = data[:3]
b = data[3:3 + n]
d = int(case["output"].split()[0])


def groups(day):
    runs = "".join("1" if v <= day else "0" for v in b).split("0")
    return sum(len(r) // k for r in runs)


def picture(day):
    return "".join("#" if v <= day else "." for v in b)


if d == -1:
    print(f"M·K = {m * k} > N = {n}이므로 어느 날에도 불가능합니다." if ko else
          f"M·K = {m * k} > N = {n}, so it is impossible on every day.")
else:
    prev = d - 1
    if ko:
        print(f"{d}일의 상태는 {picture(d)} (#: 준비됨)이고 묶음을 {groups(d)}개 만들 수 있습니다. "
              f"{prev}일에는 {picture(prev)}이라 {groups(prev)}개뿐입니다.")
    else:
        print(f"On day {d} the row is {picture(d)} (#: ready), which gives {groups(d)} groups; "
              f"on day {prev} it is {picture(prev)}, which gives only {groups(prev)}.")
