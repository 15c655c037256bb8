"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n, d = tokens[0], tokens[1]
a = tokens[2:2 + n]


def spread(i, length):
    part = a[i:i + length]
    return max(part) - min(part)


length = max(k for k in range(1, n + 1) if any(spread(i, k) <= d for i in range(n - k + 1)))
start = next(i for i in range(n - length + 1) if spread(i, length) <= d)
part = a[start:start + length]
shown = ", ".join(map(str, part))
if ko:
    text = (f"a_{start + 1}부터 a_{start + length}까지의 {shown}에서 가장 큰 값과 가장 작은 값의 차는 "
            f"{max(part)} - {min(part)} = {spread(start, length)}(으)로 D = {d} 이하입니다.")
    if length < n:
        wider = min(spread(i, length + 1) for i in range(n - length))
        text += f" 길이가 {length + 1}인 구간은 차가 모두 {wider} 이상이라 D를 넘습니다."
    if start > 0:
        text += f" 길이가 {length}인 구간 중 이보다 앞에서 시작하는 것은 차가 D보다 큽니다."
    print(text + f" 따라서 답은 {length} {start + 1}입니다.")
else:
    text = (f"From a_{start + 1} to a_{start + length} ({shown}), the highest minus the lowest is "
            f"{max(part)} - {min(part)} = {spread(start, length)}, at most D = {d}.")
    if length < n:
        wider = min(spread(i, length + 1) for i in range(n - length))
        text += f" Every stretch of length {length + 1} has a difference of at least {wider}, more than D."
    if start > 0:
        text += (f" The stretch of length {length} that starts earlier differs by more than D." if start == 1 else
                 f" The stretches of length {length} that start earlier differ by more than D.")
    print(text + f" So the answer is {length} {start + 1}.")
